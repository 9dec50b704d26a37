import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { call } from './call';
import { findConflicts } from '../src/core/planning/conflicts';
import { serializeDocument } from '../src/core/store/documents';
import { SCHEMA_VERSION } from '../src/core/store/migrations';
import { Store } from '../src/core/store/store';
import { INDEX_DIR, INDEX_FILE } from '../src/core/store/visit-index';
import { SHARED_FILE } from '../src/core/store/loader';
import { PARTNERS_FILE } from '../src/core/store/partners-room';
import type { Handlers } from '../src/shared/contract';
import { addDays } from '../src/shared/dates';
import type { Visit } from '../src/shared/domain';
import { benchInstitution, BUSY_DAY, BUSY_WEEK } from './generator';
import { median, timeMedian, timePair } from './stats';
import type { Figure } from './table';

/**
 * The core's figures at one size, run in a process of its own on a data folder the runner generated:
 * an edit made durable, a cold load, the day's schedule and conflicts, a shared-document write.
 * Prints its figures as one JSON line.
 */

const NOW = () => new Date('2026-11-29T08:00:00Z');

/** The least a durable replacement of a file costs: write a temp, fsync, rename over, fsync the folder. */
async function bareDurableWrite(folder: string, bytes: string): Promise<void> {
  const temp = join(folder, '.limit.tmp');
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(folder, 'limit.json'));
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Every file of the folder's data: the shared document, the partners document if any, each visit. */
async function allFiles(dataDir: string): Promise<string[]> {
  const names = (await readdir(join(dataDir, 'visits'))).filter((n) => n.endsWith('.json'));
  return [SHARED_FILE, PARTNERS_FILE, ...names.map((n) => join('visits', n))];
}

/**
 * What the store reads before it can list: the folder of visits listed, the shared document, the
 * partners document (if any) and the index of visits. Their paths, to read and parse as the limit.
 */
function listedFiles(): string[] {
  return [SHARED_FILE, PARTNERS_FILE, INDEX_FILE];
}

/** readFile + JSON.parse of each file that exists (and `readdir` of visits/, which the store always lists); its bytes. */
async function readAndParse(
  dataDir: string,
  files: readonly string[],
): Promise<{ bytes: number; read: number }> {
  await readdir(join(dataDir, 'visits'));
  let bytes = 0;
  let read = 0;
  for (const file of files) {
    const text = await readFile(join(dataDir, file), 'utf8').catch(() => null);
    if (text === null) continue;
    JSON.parse(text);
    bytes += Buffer.byteLength(text);
    read++;
  }
  return { bytes, read };
}

/**
 * Milliseconds from `Store.open`, as the app opens it, to the first complete `visits.list`. The store
 * goes on reading the visits after that; it is closed (which waits for them) once the clock has stopped.
 */
async function openToFirstList(dataDir: string, visits: number): Promise<number> {
  const start = performance.now();
  const store = await Store.open(dataDir, { snapshotEveryMs: 0, now: NOW, background: true });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  const list = await call(handlers, 'visits.list', {});
  const elapsed = performance.now() - start;
  if (list.length !== visits) throw new Error(`${list.length} of ${visits} visits listed`);
  await store.close();
  return elapsed;
}

/**
 * The cold load, warm in the kernel's cache and in this process (it has opened the store before):
 * with the index, against reading and parsing what the store reads before its list; with no index,
 * against reading and parsing every file. Each start and its limit are run one after the other.
 */
async function coldLoad(dataDir: string, runs: number, size: string): Promise<Figure[]> {
  const every = await allFiles(dataDir);
  const visits = every.length - 2;
  // The first start after an upgrade, or after the index was lost: every file is read before the list.
  const withoutIndex: number[] = [];
  const readEvery: number[] = [];
  let everyRead = { bytes: 0, read: 0 };
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const start = performance.now();
    everyRead = await readAndParse(dataDir, every);
    readEvery.push(performance.now() - start);
    await rm(join(dataDir, INDEX_DIR), { recursive: true, force: true });
    withoutIndex.push(await openToFirstList(dataDir, visits));
  }
  // Every later start: the warm-up run leaves the index as the app leaves it on quitting. Each run's
  // own clock stops at the list; closing (which waits for the background read) is not part of it.
  await openToFirstList(dataDir, visits);
  const listed = listedFiles();
  let listedBytes = 0;
  const loads: number[] = [];
  const limits: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    listedBytes = (await readAndParse(dataDir, listed)).bytes;
    limits.push(performance.now() - start);
    loads.push(await openToFirstList(dataDir, visits));
  }
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const start = '`Store.open` (lock, recovery checks, reads) until a `visits.list` of every visit resolves';
  return [
    {
      id: `load-${size}`,
      label: `Cold load: ${start}, with the index; files in the OS cache, process warmed up by an earlier open`,
      size,
      value: median(loads),
      unit: 'ms',
      limitLabel: `readdir visits/ + readFile + JSON.parse of qonaq.json and cache/visits.json (${mb(listedBytes)} MB, what it reads before its list)`,
      limit: median(limits),
      target: { ratio: 1.5 },
    },
    {
      id: `load-noindex-${size}`,
      label: `Cold load with no index of visits (first start after an upgrade): ${start}, every visit file read first; OS cache warm`,
      size,
      value: median(withoutIndex),
      unit: 'ms',
      limitLabel: `readFile + JSON.parse of every file (${everyRead.read} files, ${mb(everyRead.bytes)} MB)`,
      limit: median(readEvery),
    },
  ];
}

async function edit(
  handlers: Handlers,
  dataDir: string,
  visit: Visit,
  runs: number,
  size: string,
): Promise<Figure> {
  const guest = visit.guests[0];
  if (!guest) throw new Error('a visit without guests');
  const limitDir = join(dataDir, 'bench-limit');
  await mkdir(limitDir, { recursive: true });
  const { id: _id, ...data } = guest;
  const bytes = serializeDocument({ schemaVersion: SCHEMA_VERSION, visit });
  const pair = await timePair(
    (run) =>
      call(handlers, 'guests.update', {
        visitId: visit.id,
        guestId: guest.id,
        guest: { ...data, phone: `+994 50 ${1_000_000 + run}` },
      }),
    () => bareDurableWrite(limitDir, bytes),
    runs,
    2,
  );
  return {
    id: `edit-${size}`,
    label: `Edit one guest: \`guests.update\` through dispatch until it resolves (its ${(Buffer.byteLength(bytes) / 1e3).toFixed(0)} kB visit file written, fsynced, renamed, folder fsynced; the detail computed); warm`,
    size,
    value: pair.task,
    unit: 'ms',
    limitLabel: 'write, fsync, rename, fsync folder of the same bytes',
    limit: pair.limit,
    target: { ratio: 3, under: 20 },
  };
}

/** The programme items of a day found in one pass over every visit: what any schedule must at least do. */
function scanDay(visits: readonly Visit[], date: string): number {
  let n = 0;
  for (const v of visits) for (const p of v.programme) if (p.startDate <= date && p.endDate >= date) n++;
  return n;
}

async function planning(handlers: Handlers, store: Store, runs: number, size: string): Promise<Figure[]> {
  const visits = store.listVisits();
  const scan = await timeMedian(() => scanDay(store.listVisits(), BUSY_DAY), runs);
  const day = await timeMedian(
    () => call(handlers, 'planning.day', { date: BUSY_DAY, language: 'en' }),
    runs,
  );
  const conflicts = await timeMedian(
    () => findConflicts(store.listVisits(), BUSY_DAY, addDays(BUSY_DAY, 1)),
    runs,
  );
  const week = await timeMedian(
    () => call(handlers, 'calendar.range', { from: BUSY_WEEK, to: addDays(BUSY_WEEK, 7), visitIds: [] }),
    runs,
  );
  const busy = visits.find((v) => v.arrivalDate >= BUSY_WEEK && v.arrivalDate <= BUSY_DAY);
  if (!busy) throw new Error('no visit in the busy week');
  // What its page asks for: the visit, then (once that is drawn) its conflicts.
  const open = await timeMedian(async () => {
    await call(handlers, 'visits.get', { id: busy.id });
    await call(handlers, 'visits.conflicts', { id: busy.id });
  }, runs);
  const items = scanDay(visits, BUSY_DAY);
  const common = {
    size,
    unit: 'ms' as const,
    limitLabel: 'one pass over every visit’s programme items for the busy day, in memory',
    limit: scan.median,
  };
  return [
    {
      id: `day-${size}`,
      label: `Daily schedule: \`planning.day\` of a busy day (${items} items) through dispatch until it resolves; warm, every visit in memory`,
      value: day.median,
      ...common,
    },
    {
      id: `conflicts-${size}`,
      label:
        'Conflict checks of that day: the core’s `findConflicts` over every visit, called directly; warm',
      value: conflicts.median,
      ...common,
    },
    {
      id: `week-${size}`,
      label:
        'Calendar week: `calendar.range` of the busy week, with its conflicts, through dispatch until it resolves; warm',
      value: week.median,
      ...common,
    },
    {
      id: `get-${size}`,
      label:
        'A visit of that week: `visits.get`, then `visits.conflicts`, through dispatch until both resolve; warm (the same visit each run)',
      value: open.median,
      ...common,
    },
  ];
}

/** A change of the shared document (settings, hotels, the institution). */
async function sharedWrite(
  handlers: Handlers,
  dataDir: string,
  runs: number,
  size: string,
  logo: string,
): Promise<Figure> {
  const limitDir = join(dataDir, 'bench-limit');
  await mkdir(limitDir, { recursive: true });
  const bytes = await readFile(join(dataDir, 'qonaq.json'), 'utf8');
  const pair = await timePair(
    (run) => call(handlers, 'settings.update', { uiLanguage: run % 2 === 0 ? 'az' : 'en' }),
    () => bareDurableWrite(limitDir, bytes),
    runs,
  );
  return {
    id: `shared-${logo}-${size}`,
    label: `Shared document written: \`settings.update\` through dispatch until it resolves (${logo} logo, ${(Buffer.byteLength(bytes) / 1e6).toFixed(1)} MB written durably); warm`,
    size,
    value: pair.task,
    unit: 'ms',
    limitLabel: 'write, fsync, rename, fsync folder of the same bytes',
    limit: pair.limit,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string', default: '10' } },
  });
  const dataDir = values.data;
  const size = values.size ?? '?';
  if (!dataDir) throw new Error('--data is required');
  const runs = Number(values.runs);
  const figures: Figure[] = [...(await coldLoad(dataDir, Math.max(3, Math.ceil(runs / 3)), size))];

  const store = await Store.open(dataDir, { snapshotEveryMs: 0, now: NOW });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  const visits = store.listVisits().sort((a, b) => a.id.localeCompare(b.id));
  const visit = visits[Math.floor(visits.length / 2)];
  if (!visit) throw new Error('no visits');
  figures.push(await edit(handlers, dataDir, visit, runs * 3, size));
  figures.push(...(await planning(handlers, store, runs, size)));
  figures.push(await sharedWrite(handlers, dataDir, runs, size, 'small'));
  const institution = store.sharedDoc.institution;
  if (institution) {
    // The largest logo Settings accepts: the shared document carries it on every write.
    await call(handlers, 'institution.update', {
      institution: { ...institution, logo: benchInstitution(800).logo },
    });
    figures.push(await sharedWrite(handlers, dataDir, runs, size, '2 MB'));
  }
  await store.close();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
