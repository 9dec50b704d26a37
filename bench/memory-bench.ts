import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { dispatch } from '../src/core/dispatch';
import { Store } from '../src/core/store/store';
import type { VisitSummary } from '../src/shared/visits-contract';
import { addDays } from '../src/shared/dates';
import { BUSY_DAY, BUSY_WEEK } from './generator';

/**
 * Peak memory of a core process at one size: it opens the store and serves what a working session
 * asks for (the list, a visit, the busy week, the busy day), then reports the high-water mark of its
 * resident memory (VmHWM) in MB as one JSON line.
 */

function highWaterMark(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  const kb = line ? Number(/(\d+)/.exec(line)?.[1]) : process.resourceUsage().maxRSS;
  return kb / 1024;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  if (!values.data) throw new Error('--data is required');
  const before = highWaterMark();
  // Opened as the app opens it: the list first, the visits read in the background.
  const store = await Store.open(values.data, { snapshotEveryMs: 0, background: true });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' } });
  const list = await dispatch(handlers, 'visits.list', {});
  const first = list.ok ? (list.value as VisitSummary[]).find((v) => v.arrivalDate >= BUSY_WEEK) : undefined;
  if (!first) throw new Error('no visits');
  await dispatch(handlers, 'visits.get', { id: first.id });
  await dispatch(handlers, 'calendar.range', { from: BUSY_WEEK, to: addDays(BUSY_WEEK, 7), visitIds: [] });
  await dispatch(handlers, 'planning.day', { date: BUSY_DAY });
  if (!store.isReady) throw new Error('the visits were not read');
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  await store.close();
  process.stdout.write(`${JSON.stringify({ peak: highWaterMark(), start: before, heap })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
