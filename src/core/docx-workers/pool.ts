import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/errors';
import type { Institution } from '../../shared/institution';
import type { GuestItinerary, ItineraryFile } from '../../shared/itinerary';
import { buildItineraries } from '../itinerary/bulk-build';
import { buildLetters, type LetterJob } from '../letters/build';

/**
 * Documents built on every core: a bulk call's itineraries or letters are shared among worker
 * threads, each building its share as the main thread would (`buildItineraries`, `buildLetters`),
 * while the main thread keeps answering. Packing a .docx costs docx's `Packer` several milliseconds a
 * file (decision 0027), so 300 files take seconds on one core. Only the building is here: the store,
 * the register's numbers and every write stay on the main thread. A share whose worker cannot start,
 * fails or takes too long is built on the main thread instead, with the same result. Threads are kept
 * for a while after a call (loading docx takes them a moment).
 */

/** A share not answered by then is built on the main thread; no honest share takes this long. */
const TIMEOUT_MS = 60_000;
/** Idle threads are let go after this. */
const IDLE_MS = 120_000;
/** A pool whose threads failed this many times running builds on the main thread from then on. */
const MAX_FAILURES = 3;

export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

/** What a worker is asked to build: one share of a bulk call. */
export type DocxTask =
  | { kind: 'itineraries'; itineraries: GuestItinerary[]; institution: Institution | null }
  | { kind: 'letters'; letters: LetterJob[] };

export interface DocxRequest {
  id: number;
  task: DocxTask;
}

/** Letters' bytes cross as bytes, itineraries as the files the contract answers. */
export type DocxAnswer =
  | { id: number; ok: true; results: Result<ItineraryFile>[] | Uint8Array[] }
  | { id: number; ok: false; reason: string };

interface Pending {
  resolve: (results: unknown[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Where the worker's code is: beside the built main process (`docx-worker.js`, an entry of the
 * build), or the TypeScript source when the core runs from source (browser host, tests), which the
 * worker then loads through tsx as its parent does.
 */
export function docxWorkerEntry(): WorkerEntry | null {
  const built = join(__dirname, 'docx-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  const source = join(__dirname, 'worker.ts');
  if (existsSync(source)) {
    const tsx = createRequire(join(__dirname, 'pool.ts')).resolve('tsx/cjs');
    return { file: source, execArgv: ['--require', tsx] };
  }
  return null;
}

class Thread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly worker: Worker,
    private readonly onFailure: (thread: Thread) => void,
  ) {
    worker.on('message', (answer: DocxAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      clearTimeout(waiting.timer);
      if (answer.ok) waiting.resolve(answer.results);
      else waiting.reject(new Error(answer.reason));
    });
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('messageerror', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a document worker exited with ${code}`)));
    // An idle thread does not keep the process alive; a pending share's timer does.
    worker.unref();
  }

  get idle(): boolean {
    return this.pending.size === 0;
  }

  run(task: DocxTask): Promise<unknown[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('a document worker took too long')), TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const request: DocxRequest = { id, task };
      this.worker.postMessage(request);
    });
  }

  /** Ends the thread; every share still waiting on it fails (and is built on the main thread). */
  fail(error: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(error);
      this.pending.delete(id);
    }
    this.onFailure(this);
  }

  end(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }
}

export class DocxWorkers {
  private threads: Thread[] = [];
  private failures = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly entry: () => WorkerEntry | null = docxWorkerEntry,
    private readonly size: number = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {}

  /** One result per itinerary, in order, as `buildItineraries` gives them on the main thread. */
  itineraries(
    itineraries: readonly GuestItinerary[],
    institution: Institution | null,
  ): Promise<Result<ItineraryFile>[]> {
    return this.shared(
      itineraries,
      (share) => ({ kind: 'itineraries', itineraries: share, institution }),
      (share) => buildItineraries(share, institution),
      (results) => results as Result<ItineraryFile>[],
    );
  }

  /** Each letter's bytes, in order, as `buildLetters` gives them; fails as it fails. */
  letters(jobs: readonly LetterJob[]): Promise<Buffer[]> {
    return this.shared(
      jobs,
      (share) => ({ kind: 'letters', letters: share }),
      (share) => buildLetters(share),
      (results) => (results as Uint8Array[]).map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
    );
  }

  /**
   * `jobs` shared among the threads in runs of neighbours, answered in order. A share whose thread
   * failed is built here by `local`; a share whose building failed in its thread is built here too,
   * so that the error is the one the main thread gives.
   */
  private async shared<J, R>(
    jobs: readonly J[],
    task: (share: J[]) => DocxTask,
    local: (share: J[]) => Promise<R[]>,
    read: (results: unknown[]) => R[],
  ): Promise<R[]> {
    const threads = this.started(Math.min(this.size, jobs.length));
    if (threads.length === 0) return local([...jobs]);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const shares = split(jobs, threads.length);
    try {
      const built = await Promise.all(
        shares.map((share, i) =>
          (threads[i] as Thread).run(task(share)).then(read, (error: unknown) => {
            console.error('[qonaq] documents built on the main thread, the worker failed:', error);
            return local(share);
          }),
        ),
      );
      return built.flat();
    } finally {
      if (this.threads.every((t) => t.idle)) {
        this.idleTimer = setTimeout(() => this.close(), IDLE_MS);
        this.idleTimer.unref();
      }
    }
  }

  /** Threads alive now. */
  get running(): number {
    return this.threads.length;
  }

  /** Ends every thread (the next call starts them again). */
  close(): void {
    for (const thread of this.threads) thread.end();
    this.threads = [];
  }

  private started(wanted: number): Thread[] {
    const entry = this.failures >= MAX_FAILURES ? null : this.entry();
    if (!entry) return [];
    while (this.threads.length < wanted) {
      try {
        const worker = new Worker(entry.file, { execArgv: entry.execArgv });
        this.threads.push(new Thread(worker, (failed) => this.drop(failed)));
      } catch (error) {
        console.error('[qonaq] a document worker could not start:', error);
        this.failures++;
        break;
      }
    }
    return this.threads.slice(0, wanted);
  }

  private drop(failed: Thread): void {
    if (!this.threads.includes(failed)) return;
    this.failures++;
    this.threads = this.threads.filter((t) => t !== failed);
    failed.end();
  }
}

/** The process's threads for documents, shared by every caller. */
export const docxWorkers = new DocxWorkers();

/** `items` in `parts` runs of neighbours, as even as they go. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
