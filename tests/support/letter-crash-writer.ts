/**
 * The child process of the letter crash test (tests/integration/letters-service/crash.test.ts), run
 * with `node --import tsx tests/support/letter-crash-writer.ts <data folder>`.
 *
 * The folder already holds an institution and one visit with a guest. The writer issues visa letters
 * for that guest as fast as it can, several at once, until the parent kills it. After each issue has
 * resolved (its number recorded on disk and its file built) it prints `ack <number>`.
 */
import { createHandlers } from '../../src/core/api';
import { dispatch } from '../../src/core/dispatch';
import { Store } from '../../src/core/store/store';
import type { MethodOutput } from '../../src/shared/contract';
import { LANGUAGES } from '../../src/shared/languages';

const LANES = 4;
const MAX_LETTERS = 2_000;

function say(line: string): void {
  // A pipe's write is synchronous on Linux: once this returns, the parent can read the line.
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: letter-crash-writer.ts <data folder>');
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  const handlers = createHandlers(store, { version: 'crash', host: { kind: 'browser' } });
  const visit = store.listVisits()[0];
  const guest = visit?.guests[0];
  if (!visit || !guest) throw new Error('the folder has no visit with a guest');
  say('ready');
  let issued = 0;
  const lane = async (n: number) => {
    while (issued < MAX_LETTERS) {
      issued += 1;
      const result = await dispatch(handlers, 'letters.issue', {
        request: {
          visitId: visit.id,
          guestId: guest.id,
          kind: 'visaInvitation',
          language: LANGUAGES[n % LANGUAGES.length],
          signatoryId: 'vice-rector',
          options: { cities: 'Baku', accommodation: 'Hotel Qafqaz', costs: [] },
        },
      });
      if (!result.ok) throw new Error(`issue failed: ${JSON.stringify(result.error)}`);
      say(`ack ${(result.value as MethodOutput<'letters.issue'>).entry.number}`);
    }
  };
  await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
  await store.close();
  say('done');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `letter-crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
