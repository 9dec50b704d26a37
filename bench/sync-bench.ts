import { cp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { Store } from '../src/core/store/store';
import { visitInputSchema, type Visit } from '../src/shared/domain';
import { CouchClient } from '../src/core/sync/couch';
import { OfficeSync, type SyncReport } from '../src/core/sync/office-sync';
import { SyncFolder } from '../src/core/sync/sync-folder';
import { toServer, VISIT_PREFIX, type ServerDoc } from '../src/core/sync/visit-docs';
import { startCouchServer } from '../tests/support/couch-server';
import { call } from './call';
import { median } from './stats';
import type { Figure } from './table';

/**
 * Office sharing at one size, in a process of its own, against a CouchDB-compatible server on this
 * machine (express-pouchdb over an in-memory PouchDB, the test server):
 *
 * - the first replication of a laptop holding every visit into an empty office database
 *   (`OfficeSync.exchange` until nothing moves), beside `_bulk_docs` of the same documents in batches
 *   of 50 into another empty database, with no store around them;
 * - a second, empty laptop taking the office's visits, beside reading the same feed (`_changes` with the
 *   documents, all pages) with nothing written;
 * - the time from a save on one laptop (`visits.update` acknowledged) to the visit changed in the other
 *   laptop's store, both running office sharing as the app does (sent half a second after the save,
 *   received from the feed they wait on), beside that half second plus one `_bulk_docs` of the visit
 *   and one `_changes` read of it.
 */

const NOW = () => new Date();
const RUNS = 7;

async function exchangeToTheEnd(sync: OfficeSync): Promise<SyncReport[]> {
  const reports: SyncReport[] = [];
  for (let round = 0; round < 6; round += 1) {
    const report = await sync.exchange();
    reports.push(report);
    if (report.sent + report.received === 0) return reports;
  }
  throw new Error('the exchange did not settle');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, size: { type: 'string' } } });
  const source = values.data;
  const size = values.size ?? '1y';
  if (!source) throw new Error('usage: sync-bench.ts --data <folder> --size <size>');
  const server = await startCouchServer();
  const laptopA = `${source}-sync-a`;
  const laptopB = `${source}-sync-b`;
  await rm(laptopA, { recursive: true, force: true });
  await rm(laptopB, { recursive: true, force: true });
  await cp(source, laptopA, { recursive: true });

  // The baseline first: the same documents written in bulk to an empty database, read back as a feed.
  const a = await Store.open(laptopA, { snapshotEveryMs: 0 });
  await a.ready();
  const docs: ServerDoc[] = [];
  for (const id of await a.replica.ids()) {
    const visit = await a.replica.whole(id);
    if (visit) docs.push({ _id: `${VISIT_PREFIX}${id}`, ...toServer(visit) });
  }
  const bytes = Buffer.byteLength(JSON.stringify(docs));
  const plain = new CouchClient({ url: `${server.url}/plain` });
  await plain.ensureDatabase();
  let start = performance.now();
  for (let at = 0; at < docs.length; at += 50) await plain.bulkDocs(docs.slice(at, at + 50));
  const bulkMs = performance.now() - start;
  start = performance.now();
  let since: string | undefined;
  for (;;) {
    const page = await plain.changes({ ...(since === undefined ? {} : { since }), limit: 200 });
    since = page.lastSeq;
    if (page.results.length < 200) break;
  }
  const feedMs = performance.now() - start;

  const url = `${server.url}/office`;
  const client = new CouchClient({ url });
  await client.ensureDatabase();
  start = performance.now();
  await exchangeToTheEnd(new OfficeSync(a, new SyncFolder(laptopA), client, { url, now: NOW }));
  const firstMs = performance.now() - start;

  const b = await Store.open(laptopB, { snapshotEveryMs: 0 });
  start = performance.now();
  await exchangeToTheEnd(new OfficeSync(b, new SyncFolder(laptopB), client, { url, now: NOW }));
  const takeMs = performance.now() - start;
  if (b.listVisits().length !== docs.length) throw new Error('the second laptop did not take every visit');

  // Save to arrival, with office sharing running on both as in the app.
  const handlersA = createHandlers(a, {
    version: 'bench',
    host: { kind: 'browser' },
    syncEveryMs: 3_600_000,
  });
  const handlersB = createHandlers(b, {
    version: 'bench',
    host: { kind: 'browser' },
    syncEveryMs: 3_600_000,
  });
  const signIn = { url, username: 'bench', password: 'bench' };
  await call(handlersA, 'sharing.connect', signIn);
  await call(handlersB, 'sharing.connect', signIn);
  const visit = a.listVisits()[Math.floor(docs.length / 2)];
  if (!visit) throw new Error('no visit');
  const arrivals: number[] = [];
  const trips: number[] = [];
  for (let run = -1; run < RUNS; run += 1) {
    const title = `Saved at run ${run}`;
    const { id } = visit;
    const input = Object.fromEntries(
      Object.keys(visitInputSchema.shape).flatMap((key) =>
        key in visit ? [[key, visit[key as keyof Visit]]] : [],
      ),
    );
    start = performance.now();
    await call(handlersA, 'visits.update', { id, visit: visitInputSchema.parse({ ...input, title }) });
    while (b.getVisit(id)?.title !== title) await new Promise((r) => setTimeout(r, 2));
    const arrived = performance.now() - start;
    // The round trips alone: the visit written in bulk to the plain database and read from its feed.
    const doc = docs.find((d) => d._id === `${VISIT_PREFIX}${id}`);
    start = performance.now();
    await plain.bulkDocs(doc ? [{ ...doc, _id: `${doc._id}-trip-${run}` }] : []);
    await plain.changes({ ...(since === undefined ? {} : { since }), limit: 1 });
    const trip = performance.now() - start;
    if (run >= 0) {
      arrivals.push(arrived);
      trips.push(trip);
    }
  }
  await call(handlersA, 'sharing.disconnect', {});
  await call(handlersB, 'sharing.disconnect', {});
  await Promise.all([a.close(), b.close()]);
  await server.stop();
  await rm(laptopA, { recursive: true, force: true });
  await rm(laptopB, { recursive: true, force: true });

  const mb = (bytes / 1e6).toFixed(1);
  const figures: Figure[] = [
    {
      id: `sync-first-${size}`,
      label: `Office sharing, first replication: a laptop holding ${docs.length} visits (${mb} MB as JSON) exchanges with an empty office database until nothing moves (every visit sent, each base written, not synced); the server on this machine (express-pouchdb, in-memory PouchDB); one run`,
      size,
      value: firstMs,
      unit: 'ms',
      limitLabel: `\`_bulk_docs\` of the same ${docs.length} documents in batches of 50 into another empty database, no store`,
      limit: bulkMs,
    },
    {
      id: `sync-take-${size}`,
      label: `Office sharing: a second, empty laptop takes the office's ${docs.length} visits (each visit written durably, its base written, not synced); one run`,
      size,
      value: takeMs,
      unit: 'ms',
      limitLabel: 'the same feed read (`_changes` with the documents, pages of 200), nothing written',
      limit: feedMs,
    },
    {
      id: `sync-arrival-${size}`,
      label: `Office sharing: from \`visits.update\` on one laptop to the visit changed in the other laptop's store, both sharing as in the app (sent 0.5 s after the save; taken from the feed the other waits on); median of ${RUNS}`,
      size,
      value: median(arrivals),
      unit: 'ms',
      limitLabel:
        'the 500 ms a change waits before it is sent, plus one `_bulk_docs` of the visit and one `_changes` read',
      limit: 500 + median(trips),
    },
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
