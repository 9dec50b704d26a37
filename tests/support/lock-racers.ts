import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const RACER = join(ROOT, 'tests/support/lock-racer.ts');

/** A running `tests/support/lock-racer.ts`: a separate process that takes and lets go of folder locks. */
export interface Racer {
  child: ChildProcessWithoutNullStreams;
  /** The next line (as words) this racer prints about `folder`. */
  next(folder: string): Promise<string[]>;
  /** At the epoch millisecond `at`, try to take `folder`'s lock. */
  race(folder: string, at: number, takeOver?: boolean): void;
  release(folder: string): void;
  /** Ask for `folder` as the app does, and keep the holder's lock id for the next take-over race. */
  ask(folder: string): void;
}

/** Starts a racer; `modulePath` runs it against another copy of the lock module. */
export function startRacer(modulePath?: string): Promise<Racer> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RACER, ...(modulePath ? [modulePath] : [])], {
      cwd: ROOT,
    });
    const waiting = new Map<string, (words: string[]) => void>();
    const early = new Map<string, string[]>();
    let pending = '';
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) fail(new Error(`a racer ended with ${code}:\n${stderr}`));
    });
    const racer: Racer = {
      child,
      next: (folder) =>
        new Promise((answer) => {
          const said = early.get(folder);
          early.delete(folder);
          if (said) answer(said);
          else waiting.set(folder, answer);
        }),
      race: (folder, at, takeOver = false) =>
        child.stdin.write(`race\t${folder}\t${at}\t${takeOver ? 'takeOver' : ''}\n`),
      release: (folder) => child.stdin.write(`release\t${folder}\n`),
      ask: (folder) => child.stdin.write(`ask\t${folder}\n`),
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') {
          ready(racer);
          continue;
        }
        const words = line.split('\t');
        const folder = words[1] ?? '';
        const answer = waiting.get(folder);
        waiting.delete(folder);
        if (answer) answer(words);
        else early.set(folder, words);
      }
    });
  });
}
