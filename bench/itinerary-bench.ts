import { mkdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { call } from './call';
import { decodeFiles, saveFiles } from '../src/core/files';
import { Store } from '../src/core/store/store';
import { DocxWorkers } from '../src/core/docx-workers/pool';
import { ItineraryService } from '../src/core/itinerary/service';
import type { Result } from '../src/shared/errors';
import { ITINERARY_CHUNK, type ItineraryFile } from '../src/shared/itinerary';
import { giveMissingTexts } from './give-texts';
import { median, timeMedian } from './stats';
import type { Figure } from './table';

/**
 * Guests' itineraries at one size, in a process of its own: 300 itineraries (the guests of the
 * upcoming visits and then the most recent, each in its guest's letter language) made through `itinerary.bulk` in chunks of
 * ITINERARY_CHUNK, as the dialog asks for them (the core builds each call's files in worker threads, one
 * a core), and written to a folder as `files.save` writes them;
 * beside it, in the same run, one visit's programme day built as the daily schedule's .docx
 * (`print.dayDocx`), times 300; and the same itineraries built on the main thread alone, run by run
 * alternating with the threaded build. Texts the generated data lacks in a guest's language are given first,
 * as the officer would before printing: the figure is of itineraries made, none refused.
 */

const NOW = () => new Date('2026-11-29T08:00:00Z');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      size: { type: 'string' },
      out: { type: 'string' },
      runs: { type: 'string', default: '5' },
      guests: { type: 'string', default: '300' },
    },
  });
  const { data: dataDir, out } = values;
  const size = values.size ?? '?';
  if (!dataDir || !out) throw new Error('--data and --out are required');
  const store = await Store.open(dataDir, { snapshotEveryMs: 0, now: NOW });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  // The upcoming visits first, then the most recent ones, until there are enough guests.
  const visits = store.listVisits().sort((a, b) => {
    const soon = Number(b.arrivalDate >= '2026-11-29') - Number(a.arrivalDate >= '2026-11-29');
    return soon || b.arrivalDate.localeCompare(a.arrivalDate) || a.id.localeCompare(b.id);
  });
  const jobs = visits
    .flatMap((visit) => visit.guests.map((guest) => ({ visitId: visit.id, guestId: guest.id })))
    .slice(0, Number(values.guests));
  const first = visits[0];
  if (!first || jobs.length === 0) throw new Error('no upcoming guests');
  const before = await Promise.all(jobs.map((j) => call(handlers, 'itinerary.get', j)));
  await giveMissingTexts(
    handlers,
    before.flatMap((it) => it.missingTexts),
  );

  // Chunks of one visit's guests at most: the dialog asks per visit.
  const chunks: { visitId: string; guestIds: string[] }[] = [];
  for (const job of jobs) {
    const last = chunks.at(-1);
    if (last && last.visitId === job.visitId && last.guestIds.length < ITINERARY_CHUNK)
      last.guestIds.push(job.guestId);
    else chunks.push({ visitId: job.visitId, guestIds: [job.guestId] });
  }
  const runs = Number(values.runs);
  const day = await timeMedian(
    () => call(handlers, 'print.dayDocx', { date: first.arrivalDate, language: 'en' }),
    runs * 3,
    3,
  );
  // The same files built on the main thread alone (what the core does when no worker thread can
  // start), run by run alternating with the threaded build, so that a busy spell falls on both.
  const single = new ItineraryService(store, new DocxWorkers(() => null));
  const bulkRun =
    (many: (chunk: { visitId: string; guestIds: string[] }) => Promise<Result<ItineraryFile>[]>) =>
    async () => {
      await rm(out, { recursive: true, force: true });
      await mkdir(out, { recursive: true });
      const files: { name: string; base64: string }[] = [];
      for (const chunk of chunks) {
        for (const result of await many(chunk)) {
          if (!result.ok) throw new Error(`an itinerary was refused: ${JSON.stringify(result.error)}`);
          // Guests of different visits may share a name: the folder keeps one file per guest.
          files.push({ name: `${files.length + 1} ${result.value.fileName}`, base64: result.value.base64 });
        }
      }
      const { written } = await saveFiles(out, decodeFiles(files));
      if (written.length !== jobs.length)
        throw new Error(`${written.length} files written for ${jobs.length} guests`);
    };
  const threaded: number[] = [];
  const alone: number[] = [];
  const cpu = { threaded: 0, alone: 0 };
  for (let run = -1; run < runs; run++) {
    for (const [times, key, task] of [
      [threaded, 'threaded', bulkRun((chunk) => call(handlers, 'itinerary.bulk', chunk))],
      [alone, 'alone', bulkRun((chunk) => single.many(chunk.visitId, chunk.guestIds))],
    ] as const) {
      const used = process.cpuUsage();
      const start = performance.now();
      await task();
      const took = performance.now() - start;
      const spent = process.cpuUsage(used);
      if (run < 0) continue;
      times.push(took);
      cpu[key] += (spent.user + spent.system) / 1000 / runs;
    }
  }
  const bulk = { median: median(threaded), samples: threaded };
  // On two cores shared with other work the wall time says little alone: the CPU time beside it
  // (the whole process's, worker threads included) and the machine's load.
  process.stderr.write(
    `[itinerary bench] in worker threads: median ${bulk.median.toFixed(0)} ms (runs ${threaded.map((s) => s.toFixed(0)).join(', ')}), CPU ${cpu.threaded.toFixed(0)} ms a run; main thread alone: median ${median(alone).toFixed(0)} ms (runs ${alone.map((s) => s.toFixed(0)).join(', ')}), CPU ${cpu.alone.toFixed(0)} ms a run; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores\n`,
  );
  await store.close();

  const figures: Figure[] = [
    {
      id: `itineraries-${size}`,
      label: `${jobs.length} guests' itineraries: from the first \`itinerary.bulk\` (chunks of at most ${ITINERARY_CHUNK}, one visit each, each call's files built in worker threads on ${availableParallelism()} cores) until the last file is written to a folder (\`files.save\`'s code); warm, threads started (median of ${runs} after one)`,
      size,
      value: bulk.median,
      unit: 'ms',
      limitLabel: `${jobs.length} × one day's schedule as .docx (\`print.dayDocx\`), warm`,
      limit: day.median * jobs.length,
      target: { under: 4000 },
    },
    {
      id: `itineraries-main-thread-${size}`,
      label: `The same ${jobs.length} itineraries built on the main thread alone (as when no worker thread can start), from the first call until the last file is written; runs alternating with the row above`,
      size,
      value: median(alone),
      unit: 'ms',
      limitLabel: `${jobs.length} × one day's schedule as .docx (\`print.dayDocx\`), warm`,
      limit: day.median * jobs.length,
    },
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
