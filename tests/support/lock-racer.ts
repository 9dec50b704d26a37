/**
 * A child process of the folder-lock race test (tests/integration/store/folder-lock-race.test.ts),
 * run with `node --import tsx tests/support/lock-racer.ts [folder-lock module]`. It stays up for
 * many rounds, so that starting Node does not spread the racers apart. It reads commands on stdin:
 *   race <folder> <at> [takeOver]  at the epoch millisecond `at`, try to take the folder's lock;
 *                                  prints `won <folder>` or `lost <folder> <error code>`. With
 *                                  `takeOver`, first asks as the app does, is refused, and at `at`
 *                                  takes over the holder it was told of (the error's `lockId`)
 *   ask <folder>                   asks as the app does, is refused, and keeps the error's `lockId` for
 *                                  the next `race ... takeOver` there; prints `asked <folder>`
 *   release <folder>               let go of the lock this process won there; prints `released <folder>`
 * The module path lets the same race be run against another version of the lock (the one before a fix).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

interface LockModule {
  acquireFolderLock(folder: string, options?: { takeOver?: boolean | string }): Promise<() => Promise<void>>;
}

const modulePath = resolve(process.argv[2] ?? resolve(__dirname, '../../src/core/store/folder-lock.ts'));
const held = new Map<string, () => Promise<void>>();
/** The lock id each folder's holder was shown as (`ask`), for the next `race` there. */
const asked = new Map<string, string | boolean>();

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
}

/** The id of the lock that keeps this process out of `folder`, as the app is told it. */
async function lockIdOf(lock: LockModule, folder: string): Promise<string | boolean> {
  try {
    await (
      await lock.acquireFolderLock(folder)
    )();
    throw new Error(`${folder} was not locked`);
  } catch (error) {
    const params: unknown =
      typeof error === 'object' && error !== null && 'params' in error ? error.params : undefined;
    const id: unknown =
      typeof params === 'object' && params !== null && 'lockId' in params ? params.lockId : undefined;
    // The lock before the fix names no id: it is told to take over whatever it finds.
    return typeof id === 'string' ? id : true;
  }
}

async function main(): Promise<void> {
  const lock = (await import(pathToFileURL(modulePath).href)) as LockModule;
  say('ready');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const [command, folder = '', at, mode] = line.split('\t');
    if (command === 'race') {
      // A busy wait for the last milliseconds, so every racer starts within the same one.
      const start = Number(at);
      // Told of the holder beforehand (`ask`), as the user is shown it before choosing: asking now could
      // come after another racer has already won, and take over from that winner instead.
      const takeOver =
        mode === 'takeOver' ? (asked.get(folder) ?? (await lockIdOf(lock, folder))) : undefined;
      asked.delete(folder);
      await new Promise((done) => setTimeout(done, Math.max(0, start - Date.now() - 5)));
      while (Date.now() < start) {
        // spin
      }
      lock.acquireFolderLock(folder, { takeOver }).then(
        (release) => {
          held.set(folder, release);
          say(`won\t${folder}`);
        },
        (error: unknown) => say(`lost\t${folder}\t${codeOf(error)}`),
      );
    } else if (command === 'ask') {
      asked.set(folder, await lockIdOf(lock, folder));
      say(`asked\t${folder}`);
    } else if (command === 'release') {
      const release = held.get(folder);
      held.delete(folder);
      void (release ? release() : Promise.resolve()).then(() => say(`released\t${folder}`));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
