import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { createHandlers } from '../src/core/api';
import { call } from './call';
import { Store } from '../src/core/store/store';
import { seededRandom } from './random';
import { performance } from 'node:perf_hooks';
import { median, timePair } from './stats';
import type { Figure } from './table';

/**
 * A partner's guest list of 1,000 rows at one size, in a process of its own: the file read
 * (`guestImport.read`: its encoding, separator and header found, a mapping proposed) and every row
 * previewed (`guestImport.preview`: parsed, checked, and matched against the guests of every visit in
 * the store for duplicates), as the officer waits for the preview table. Beside it, run by run, the
 * limit: Papa Parse reading the same bytes into rows, nothing more.
 */

const NOW = () => new Date('2026-11-29T08:00:00Z');
const ROWS = 1000;

/** A delegation list as a partner exports it from a spreadsheet: semicolons, day-first dates. */
function guestList(rows: number): string {
  const random = seededRandom(20);
  const surnames = [
    'Öztürk',
    'Yılmaz',
    'Kaya',
    'Demir',
    'Şahin',
    'Çelik',
    'Arslan',
    'Doğan',
    'Kılıç',
    'Aydın',
  ];
  const given = ['Ayşe', 'Mehmet', 'Elif', 'Ahmet', 'Zeynep', 'Mustafa', 'Fatma', 'Emre', 'Selin', 'Can'];
  const countries = ['Turkey', 'Türkiye', 'Германия', 'Kazakhstan', 'Gürcüstan', 'Poland'];
  const lines = ['Surname;Given names;Date of birth;Nationality;Passport No;Passport valid until;Position'];
  for (let i = 0; i < rows; i++) {
    const day = String(random.int(1, 28)).padStart(2, '0');
    const month = String(random.int(1, 12)).padStart(2, '0');
    lines.push(
      [
        random.pick(surnames).toUpperCase(),
        random.pick(given).toUpperCase(),
        `${day}.${month}.${random.int(1950, 1999)}`,
        random.pick(countries),
        `U${String(10_000_000 + i)}`,
        `${day}.${month}.${random.int(2028, 2035)}`,
        'Professor',
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string', default: '7' } },
  });
  if (!values.data) throw new Error('--data is required');
  const size = values.size ?? '?';
  const store = await Store.open(values.data, { snapshotEveryMs: 0, now: NOW });
  await store.ready();
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  const visit = store.listVisits().find((v) => v.arrivalDate >= '2026-11-29') ?? store.listVisits()[0];
  if (!visit) throw new Error('no visit');
  const text = guestList(ROWS);
  const bytes = Buffer.from(text, 'utf8');
  const base64 = bytes.toString('base64');

  const preview = async (split?: { read: number }) => {
    const began = performance.now();
    const read = await call(handlers, 'guestImport.read', {
      visitId: visit.id,
      fileName: 'delegation.csv',
      base64,
    });
    if (split) split.read = performance.now() - began;
    const result = await call(handlers, 'guestImport.preview', {
      visitId: visit.id,
      sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
      mapping: read.mapping,
    });
    if (result.rows.length !== ROWS) throw new Error(`${result.rows.length} rows previewed of ${ROWS}`);
    return result.rows.reduce((n, r) => n + r.duplicates.length, 0);
  };
  const papa = () => {
    const parsed = Papa.parse<string[]>(new TextDecoder('utf-8').decode(bytes), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    if (parsed.data.length !== ROWS + 1) throw new Error(`${parsed.data.length} rows parsed`);
  };
  const runs = Number(values.runs);
  const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;

  // The first preview of the process: every guest of the register read for the index.
  let cpu = process.cpuUsage();
  let start = performance.now();
  const split = { read: 0 };
  const duplicates = await preview(split);
  const first = { ms: performance.now() - start, cpu: cpuMs(process.cpuUsage(cpu)) };

  // A visit changed before each preview (a list imported, a guest edited): its guests are read anew.
  const other = store.listVisits().find((v) => v.id !== visit.id) ?? visit;
  const changed: { task: number[]; limit: number[]; cpu: number } = { task: [], limit: [], cpu: 0 };
  for (let i = -1; i < runs; i++) {
    await store.saveVisit(other.id, (current) => ({ ...(current ?? other), notes: `run ${i}` }));
    cpu = process.cpuUsage();
    start = performance.now();
    papa();
    const limit = performance.now() - start;
    start = performance.now();
    await preview();
    const task = performance.now() - start;
    if (i >= 0) {
      changed.task.push(task);
      changed.limit.push(limit);
      changed.cpu += cpuMs(process.cpuUsage(cpu));
    }
  }

  // Nothing changed between previews: the officer mapping the columns again.
  cpu = process.cpuUsage();
  const same = await timePair(() => preview(), papa, runs, 0);
  const sameCpu = cpuMs(process.cpuUsage(cpu)) / runs;
  // On two cores shared with other work the wall time says little alone: the CPU time beside it
  // (of the preview with the file read in its worker, and Papa Parse's run).
  process.stderr.write(
    `[guest import bench ${size}] ${store.listVisits().reduce((n, v) => n + v.guests.length, 0)} guests in ${store.listVisits().length} visits; ${duplicates} duplicates found for ${ROWS} rows; ` +
      `first preview ${first.ms.toFixed(0)} ms (CPU ${first.cpu.toFixed(0)} ms; the file read ${split.read.toFixed(0)} ms of it); ` +
      `a visit changed before each: median ${median(changed.task).toFixed(0)} ms, Papa Parse ${median(changed.limit).toFixed(2)} ms, CPU ${(changed.cpu / runs).toFixed(0)} ms a run; ` +
      `nothing changed: median ${same.task.toFixed(0)} ms, Papa Parse ${same.limit.toFixed(2)} ms, CPU ${sameCpu.toFixed(0)} ms a run\n`,
  );
  const pair = { task: median(changed.task), limit: median(changed.limit) };
  await store.close();

  const figures: Figure[] = [
    {
      id: `guest-import-preview-${size}`,
      label: `Guest list preview: a ${ROWS}-row CSV (${(bytes.length / 1024).toFixed(0)} KB) from \`guestImport.read\` through dispatch until \`guestImport.preview\` resolves (duplicates sought among every guest in the store), one other visit saved before each; warm, bytes in memory`,
      size,
      value: pair.task,
      unit: 'ms',
      limitLabel: 'Papa Parse of the same bytes into rows, in memory, run by run beside it',
      limit: pair.limit,
      target: { under: 1000 },
    },
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
