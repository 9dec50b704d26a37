/**
 * The child process of the partners' crash test (tests/integration/store/partners-crash.test.ts), run
 * with `node --import tsx tests/support/partners-crash-writer.ts <data folder> <seed>`.
 *
 * It opens the store and changes the partners document and keeps signed copies as fast as it can,
 * until the parent kills it. After each change has resolved (so is acknowledged as on disk) it prints:
 *   partner <id> <notes>        the partner is in the directory with these notes
 *   attachment <sha256>         a signed copy is kept
 *   agreement <id> <sha256>     the agreement is in the directory, its signed copy that one
 */
import { Store } from '../../src/core/store/store';
import {
  addToDirectory,
  agreement,
  attachmentOf,
  partner,
  scan,
} from '../integration/store/partners-fixtures';
import { seededRandom } from './seeded-random';

const MAX_CHANGES = 2_000;

function say(line: string): void {
  // A pipe's write is synchronous on Linux: once this returns, the parent can read the line.
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [dataDir, seedText] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: partners-crash-writer.ts <data folder> <seed>');
  const seed = Number(seedText ?? '1');
  const rand = seededRandom(seed);
  say('opening');
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  say('ready');
  for (let n = 0; n < MAX_CHANGES; n++) {
    const roll = rand();
    const id = `s${seed}n${n}`;
    if (roll < 0.4) {
      const made = { ...partner(n), id: `partner-${id}`, notes: `rev ${n}` };
      await addToDirectory(store, [made], []);
      say(`partner ${made.id} ${made.notes}`);
    } else if (roll < 0.6 && store.partnersDoc.partners.length > 0) {
      // A change to a partner already there: its notes take a higher revision.
      const index = Math.floor(rand() * store.partnersDoc.partners.length);
      const notes = `rev ${n}`;
      const changed = await store.updatePartners((doc) => {
        const partners = doc.partners.map((p, i) => (i === index ? { ...p, notes } : p));
        return { doc: { ...doc, partners }, result: partners[index] };
      });
      if (changed) say(`partner ${changed.id} ${notes}`);
    } else if (roll < 0.9) {
      const bytes = scan(1_000 + Math.floor(rand() * 400_000), seed * 10_000 + n);
      const sha256 = await store.putAttachment(bytes);
      say(`attachment ${sha256}`);
      const partnerId = store.partnersDoc.partners[0]?.id;
      if (!partnerId) continue;
      await addToDirectory(
        store,
        [],
        [{ ...agreement(n, partnerId, attachmentOf(bytes)), id: `agreement-${id}` }],
      );
      say(`agreement agreement-${id} ${sha256}`);
    } else {
      await store.snapshot('manual');
    }
  }
  await store.close();
  say('done');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `partners-crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
