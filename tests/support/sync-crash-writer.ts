/**
 * The child process of the office-sharing crash test (tests/integration/sync/sync-crash.test.ts), run
 * with `node --import tsx tests/support/sync-crash-writer.ts <data folder> <database url> <seed>`.
 *
 * It opens the store and, at once, changes visits and exchanges with the office server, over and over,
 * until the parent kills it. After each change has resolved (acknowledged as on disk) it prints
 *   ack <visitId> <rev>     the visit's title is now `rev <rev>`
 * and after each exchange that ended well, `synced`. Every change raises the visit's revision, so the
 * parent can tell which acknowledged state, or a later one, survived the kill.
 */
import { Store } from '../../src/core/store/store';
import { VisitService } from '../../src/core/visits';
import { visitData } from './builders';
import { officeSync } from './office-laptop';
import { seededRandom } from './seeded-random';

const VISITS = 6;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const revOf = (title: string): number => Number(/^rev (\d+)$/.exec(title)?.[1] ?? 0);

async function main(): Promise<void> {
  const [dataDir, url, seedText] = process.argv.slice(2);
  if (!dataDir || !url) throw new Error('usage: sync-crash-writer.ts <data folder> <database url> <seed>');
  const random = seededRandom(Number(seedText ?? '1'));
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  const visits = new VisitService(store);
  const sync = officeSync(store, dataDir, url);
  say('ready');
  const exchanging = (async () => {
    for (;;) {
      await sync.exchange();
      say('synced');
    }
  })();
  for (;;) {
    const held = store.listVisits();
    const visit =
      held.length < VISITS && random() < 0.3 ? undefined : held[Math.floor(random() * held.length)];
    const rev = (visit ? revOf(visit.title) : 0) + 1;
    const saved = visit
      ? await visits.update(visit.id, visitData({ title: `rev ${rev}` }))
      : await visits.create(visitData({ title: `rev ${rev}` }));
    say(`ack ${saved.visit.id} ${rev}`);
    // Now and then the exchange catches up; the kill may come in either.
    if (random() < 0.2) await Promise.race([exchanging, new Promise((r) => setTimeout(r, 5))]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sync-crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
