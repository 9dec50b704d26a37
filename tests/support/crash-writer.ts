/**
 * The child process of the crash test (tests/integration/store/crash.test.ts), run with
 * `node --import tsx tests/support/crash-writer.ts <data folder> <seed>`.
 *
 * It opens the store and changes visits as fast as it can, several visits at once, until the parent
 * kills it. After each change has resolved (so is acknowledged as on disk) it prints one line:
 *   ack <visitId> <guestCount> <rev>   the visit now holds this many guests and revision `rev`
 *   deleted <visitId>                  the visit was moved to the trash
 * Every change writes a higher revision into the visit (its notes or a guest's position), so the
 * parent can tell which acknowledged state, or which later one, the folder holds after the kill.
 */
import { Store } from '../../src/core/store/store';
import { VisitService } from '../../src/core/visits';
import type { Visit } from '../../src/shared/domain';
import { guestData, visitData } from './builders';
import { revisionOf } from './crash-revision';
import { seededRandom } from './seeded-random';

const LANES = 3;
const MAX_GUESTS = 12;
const MAX_CHANGES = 2_000;

const random = seededRandom;

function say(line: string): void {
  // A pipe's write is synchronous on Linux: once this returns, the parent can read the line.
  process.stdout.write(`${line}\n`);
}

async function lane(
  visits: VisitService,
  store: Store,
  rand: () => number,
  start: Visit | undefined,
): Promise<void> {
  let current = start;
  for (let n = 0; n < MAX_CHANGES; n++) {
    if (!current) {
      current = (await visits.create(visitData({ title: 'Crash test', notes: 'rev 1' }))).visit;
      say(`ack ${current.id} 0 1`);
      continue;
    }
    const id: string = current.id;
    const rev = revisionOf(current) + 1;
    const roll = rand();
    if (roll < 0.03) {
      await visits.delete(id);
      say(`deleted ${id}`);
      current = undefined;
      continue;
    }
    if (roll < 0.06) {
      await store.snapshot('manual');
      continue;
    }
    const guest = current.guests[Math.floor(rand() * current.guests.length)];
    if (roll < 0.5 && current.guests.length < MAX_GUESTS) {
      current = (await visits.addGuest(id, guestData({ surname: `Guest`, position: `rev ${rev}` }))).visit;
    } else if (roll < 0.8 && guest) {
      current = (
        await visits.updateGuest(id, guest.id, guestData({ surname: 'Updated', position: `rev ${rev}` }))
      ).visit;
    } else {
      current = (await visits.update(id, visitData({ title: 'Crash test', notes: `rev ${rev}` }))).visit;
    }
    say(`ack ${id} ${current.guests.length} ${rev}`);
  }
}

async function main(): Promise<void> {
  const [dataDir, seedText] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: crash-writer.ts <data folder> <seed>');
  const rand = random(Number(seedText ?? '1'));
  say('opening');
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  say('ready');
  const visits = new VisitService(store);
  const existing = store.listVisits().sort((a, b) => a.id.localeCompare(b.id));
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(visits, store, rand, existing[i])));
  await store.close();
  say('done');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
