import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store/store';
import { CouchClient } from '../../../src/core/sync/couch';
import { OfficeSync } from '../../../src/core/sync/office-sync';
import { SyncFolder } from '../../../src/core/sync/sync-folder';
import { couchAuth, freshDatabase, startCouchServer } from '../../support/couch-server';
import { seededRandom } from '../../support/seeded-random';
import { tempDirs } from '../../support/temp-dir';

/**
 * A laptop killed (SIGKILL: no clean-up of any kind) while it changes visits and exchanges with the
 * office server, again and again on the same folder. Every change it acknowledged must be in its store
 * after each kill; once it exchanges to the end, another laptop must hold the same visits.
 *
 * QONAQ_SYNC_CRASH_RUNS sets the number of series (default 2; `npm run test:durability` runs more);
 * QONAQ_SYNC_CRASH_SEED replays one.
 */

const WRITER = resolve(__dirname, '../../support/sync-crash-writer.ts');
const ROOT = resolve(__dirname, '../../..');
const SEED = Number(process.env.QONAQ_SYNC_CRASH_SEED ?? 20_261_206);
const RUNS = Number(process.env.QONAQ_SYNC_CRASH_RUNS ?? 2);
const KILLS = 4;

const dirs = tempDirs('qonaq-sync-crash-');
let server: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server.stop();
});
afterEach(() => dirs.removeAll());

const revOf = (title: string): number => Number(/^rev (\d+)$/.exec(title)?.[1] ?? 0);

/** Runs the writer until it has acknowledged `killAfter` changes, then kills it; the acknowledged revisions land in `acked`. */
function runWriter(dir: string, url: string, seed: number, killAfter: number, acked: Map<string, number>) {
  return new Promise<{ syncs: number }>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, url, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acks = 0;
    let syncs = 0;
    let pending = '';
    let stderr = '';
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the writer did not reach ${killAfter} changes in time (seed ${seed}):\n${stderr}`));
    }, 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, rev] = line.split(' ');
        if (word === 'synced') syncs += 1;
        if (word === 'ack' && id) {
          acked.set(id, Math.max(acked.get(id) ?? 0, Number(rev)));
          acks += 1;
        }
      }
      if (acks >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') fail(new Error(`the writer ended with ${code} (seed ${seed}):\n${stderr}`));
      else done({ syncs });
    });
  });
}

function expectAcked(store: Store, acked: Map<string, number>, seed: number): void {
  for (const [id, rev] of acked) {
    const visit = store.getVisit(id);
    expect(visit, `visit ${id} lost (seed ${seed})`).toBeDefined();
    expect(revOf(visit?.title ?? ''), `visit ${id} went back (seed ${seed})`).toBeGreaterThanOrEqual(rev);
  }
}

async function exchangeToTheEnd(sync: OfficeSync): Promise<void> {
  for (let round = 0; round < 6; round += 1) {
    const report = await sync.exchange();
    if (report.sent + report.received === 0) return;
  }
  throw new Error('the exchange did not settle');
}

describe('a laptop killed while it exchanges with the office server', () => {
  it(`loses no acknowledged change, and the office ends with what it holds (${RUNS} series from seed ${SEED})`, async () => {
    let kills = 0;
    let syncs = 0;
    for (let n = 0; n < RUNS; n += 1) {
      const seed = SEED + n;
      const random = seededRandom(seed);
      const url = `${server.url}/${freshDatabase(`crash-${seed}`)}`;
      await new CouchClient({ url, ...couchAuth() }).ensureDatabase();
      const [dir, other] = [await dirs.make(), await dirs.make()];
      const acked = new Map<string, number>();
      for (let k = 0; k < KILLS; k += 1) {
        const result = await runWriter(dir, url, seed * 10 + k, 3 + Math.floor(random() * 40), acked);
        syncs += result.syncs;
        kills += 1;
        const store = await Store.open(dir, { snapshotEveryMs: 0 });
        await store.ready();
        expectAcked(store, acked, seed);
        await store.close();
      }

      // The killed laptop exchanges to the end; another laptop then takes the office's visits.
      const store = await Store.open(dir, { snapshotEveryMs: 0 });
      const second = await Store.open(other, { snapshotEveryMs: 0 });
      try {
        const client = new CouchClient({ url, ...couchAuth() });
        await exchangeToTheEnd(
          new OfficeSync(store, new SyncFolder(dir), client, { url, now: () => new Date() }),
        );
        await exchangeToTheEnd(
          new OfficeSync(second, new SyncFolder(other), client, { url, now: () => new Date() }),
        );
        expectAcked(store, acked, seed);
        expectAcked(second, acked, seed);
        const titles = (s: Store) =>
          s
            .listVisits()
            .map((v) => `${v.id} ${v.title}`)
            .sort();
        expect(titles(second)).toEqual(titles(store));
      } finally {
        await Promise.all([store.close(), second.close()]);
      }
    }
    console.log(
      `[sync-crash] ${RUNS} series, ${kills} kills, ${syncs} exchanges ended before them (seed ${SEED})`,
    );
  }, 600_000);
});
