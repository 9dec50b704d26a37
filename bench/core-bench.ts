import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { call } from './call';
import { findConflicts } from '../src/core/planning/conflicts';
import { serializeDocument } from '../src/core/store/documents';
import { SCHEMA_VERSION } from '../src/core/store/migrations';
import { Store } from '../src/core/store/store';
import { INDEX_DIR } from '../src/core/store/visit-index';
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

async function allBytes(dataDir: string): Promise<string[]> {
  const names = (await readdir(join(dataDir, 'visits'))).filter((n) => n.endsWith('.json'));
  const texts = [await readFile(join(dataDir, 'qonaq.json'), 'utf8')];
  for (const name of names) texts.push(await readFile(join(dataDir, 'visits', name), 'utf8'));
  return texts;
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

async function coldLoad(dataDir: string, runs: number, size: string): Promise<Figure[]> {
  let bytes: string[] = [];
  const read = await timeMedian(async () => {
    bytes = await allBytes(dataDir);
  }, runs);
  const parse = await timeMedian(() => bytes.forEach((b) => JSON.parse(b)), runs);
  const visits = bytes.length - 1;
  // The first start after an upgrade, or after the index was lost: every file is read before the list.
  const withoutIndex: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    await rm(join(dataDir, INDEX_DIR), { recursive: true, force: true });
    withoutIndex.push(await openToFirstList(dataDir, visits));
  }
  // Every later start: the warm-up run leaves the index as the app leaves it on quitting. Each run's
  // own clock stops at the list; closing (which waits for the background read) is not part of it.
  await openToFirstList(dataDir, visits);
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) loads.push(await openToFirstList(dataDir, visits));
  const load = { median: median(loads) };
  const megabytes = bytes.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / 1e6;
  return [
    {
      id: `load-${size}`,
      label: `Cold load to the first list (${bytes.length} files, ${megabytes.toFixed(1)} MB)`,
      size,
      value: load.median,
      unit: 'ms',
      limitLabel: 'JSON.parse of the same bytes (in memory)',
      limit: parse.median,
      target: { ratio: 1.5 },
    },
    {
      id: `load-read-${size}`,
      label: `Cold load, against reading the same files too`,
      size,
      value: load.median,
      unit: 'ms',
      limitLabel: 'readFile + JSON.parse of the same files',
      limit: read.median + parse.median,
    },
    {
      id: `load-noindex-${size}`,
      label: `Cold load to the first list with no index of visits (first start after an upgrade)`,
      size,
      value: median(withoutIndex),
      unit: 'ms',
      limitLabel: 'readFile + JSON.parse of the same files',
      limit: read.median + parse.median,
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
    label: `Edit one guest of one visit, until acknowledged (${(Buffer.byteLength(bytes) / 1e3).toFixed(0)} kB file)`,
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
    limitLabel: 'one pass over every visit’s programme',
    limit: scan.median,
  };
  return [
    {
      id: `day-${size}`,
      label: `Daily schedule of a busy day (${items} items)`,
      value: day.median,
      ...common,
    },
    { id: `conflicts-${size}`, label: 'Conflict checks of that day', value: conflicts.median, ...common },
    {
      id: `week-${size}`,
      label: 'Calendar range of the busy week, with conflicts',
      value: week.median,
      ...common,
    },
    {
      id: `get-${size}`,
      label: 'Open a visit of that week (its detail, then its conflicts)',
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
    label: `Write the shared document (${logo} logo, ${(Buffer.byteLength(bytes) / 1e6).toFixed(1)} MB)`,
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
