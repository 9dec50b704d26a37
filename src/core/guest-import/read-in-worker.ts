import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { errorCode } from '../../shared/error-code';
import { isUnreadableReason, type ImportUnreadableReason } from '../../shared/guest-import-constants';
import { readGrid, UnreadableFile, type Grid } from './read-file';

/**
 * Reads a partner's file in a worker thread: the core answers every other call while a large or
 * crafted file is read, and a file that would take too much memory or time ends the worker, not the
 * app. The worker is kept for a while after a read (loading ExcelJS takes it a second or two) and
 * started afresh after it was ended. See docs/decisions/0015-guest-import.md.
 */

/** A read not answered by then ends the worker: no honest 5 MB sheet takes this long. */
const TIMEOUT_MS = 60_000;
/** Reading a 5 MB .xlsx takes far less; a zip bomb runs into it and the worker ends. */
const MEMORY_MB = 512;
/** An idle worker is let go after this. */
const IDLE_MS = 120_000;

/**
 * Where the worker's code is: beside the built main process (`guest-import-worker.js`, an entry of
 * the build), or the TypeScript source when the core runs from source (browser host, tests), which
 * the worker then loads through tsx as its parent does.
 */
function workerEntry(): { file: string; execArgv: string[] } | null {
  const built = join(__dirname, 'guest-import-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  const source = join(__dirname, 'read-worker.ts');
  if (existsSync(source)) {
    const tsx = createRequire(join(__dirname, 'read-in-worker.ts')).resolve('tsx/cjs');
    return { file: source, execArgv: ['--require', tsx] };
  }
  return null;
}

type Answer = { id: number; ok: true; grid: Grid } | { id: number; ok: false; reason: unknown };
interface Pending {
  resolve: (grid: Grid) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Ends the worker; every read still waiting on it fails with `reason`. */
function stop(reason: ImportUnreadableReason): void {
  const ended = worker;
  worker = null;
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.reject(new UnreadableFile(reason));
    pending.delete(id);
  }
  if (ended) void ended.terminate();
}

function started(entry: { file: string; execArgv: string[] }): Worker {
  if (worker) return worker;
  const created = new Worker(entry.file, {
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
  });
  created.on('message', (answer: Answer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    clearTimeout(waiting.timer);
    if (answer.ok) waiting.resolve(answer.grid);
    else waiting.reject(new UnreadableFile(isUnreadableReason(answer.reason) ? answer.reason : 'damaged'));
  });
  created.on('error', (error: Error) => {
    if (worker === created) stop(errorCode(error) === 'ERR_WORKER_OUT_OF_MEMORY' ? 'tooLarge' : 'damaged');
  });
  created.on('exit', () => {
    if (worker === created) stop('damaged');
  });
  // An idle worker does not keep the process alive (the browser host and tests end when done).
  created.unref();
  worker = created;
  return created;
}

/** The file as rows of text, read in the worker; `UnreadableFile` when it cannot be. */
export async function readInWorker(bytes: Uint8Array, fileName: string): Promise<Grid> {
  const entry = workerEntry();
  // A build without the worker's entry reads in this thread, with the same limits on size and rows.
  if (!entry) return readGrid(bytes, fileName);
  if (idle) clearTimeout(idle);
  const thread = started(entry);
  const id = nextId++;
  try {
    return await new Promise<Grid>((resolve, reject) => {
      const timer = setTimeout(() => stop('damaged'), TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      thread.postMessage({ id, bytes, fileName });
    });
  } finally {
    if (pending.size === 0 && worker) {
      idle = setTimeout(() => stop('damaged'), IDLE_MS);
      idle.unref();
    }
  }
}
