import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { call } from './call';
import { decodeFiles, saveFiles } from '../src/core/files';
import { Store } from '../src/core/store/store';
import { ITINERARY_CHUNK } from '../src/shared/itinerary';
import { giveMissingTexts } from './give-texts';
import { timeMedian } from './stats';
import type { Figure } from './table';

/**
 * Guests' itineraries at one size, in a process of its own: 300 itineraries (the guests of the
 * upcoming visits and then the most recent, each in its guest's letter language) made through `itinerary.bulk` in chunks of
 * ITINERARY_CHUNK, as the dialog asks for them (the core builds each call's files in worker threads, one
 * a core), and written to a folder as `files.save` writes them;
 * beside it, in the same run, one visit's programme day built as the daily schedule's .docx
 * (`print.dayDocx`), times 300. Texts the generated data lacks in a guest's language are given first,
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
  const cpu = process.cpuUsage();
  const bulk = await timeMedian(
    async () => {
      await rm(out, { recursive: true, force: true });
      await mkdir(out, { recursive: true });
      const files: { name: string; base64: string }[] = [];
      for (const chunk of chunks) {
        for (const result of await call(handlers, 'itinerary.bulk', chunk)) {
          if (!result.ok) throw new Error(`an itinerary was refused: ${JSON.stringify(result.error)}`);
          // Guests of different visits may share a name: the folder keeps one file per guest.
          files.push({ name: `${files.length + 1} ${result.value.fileName}`, base64: result.value.base64 });
        }
      }
      const { written } = await saveFiles(out, decodeFiles(files));
      if (written.length !== jobs.length)
        throw new Error(`${written.length} files written for ${jobs.length} guests`);
    },
    runs,
    1,
  );
  const used = process.cpuUsage(cpu);
  // On two cores shared with other work the wall time says little alone: the CPU time beside it
  // (the whole process's, worker threads included) and the machine's load.
  process.stderr.write(
    `[itinerary bench] median ${bulk.median.toFixed(0)} ms (runs ${bulk.samples.map((s) => s.toFixed(0)).join(', ')}); CPU ${((used.user + used.system) / 1000 / (runs + 1)).toFixed(0)} ms a run, all threads; load ${loadavg()
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
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
