import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/errors';
import type { Institution } from '../../shared/institution';
import type { GuestItinerary, ItineraryFile } from '../../shared/itinerary';
import { buildItineraries } from './bulk-build';

/**
 * Itineraries built on every core: a bulk call's guests are shared among worker threads, each
 * building its share as the main thread would (`buildItineraries`), while the main thread keeps
 * answering. Packing a .docx costs docx's `Packer` several milliseconds a file (decision 0027), so
 * 300 guests take seconds on one core. Only the building is here: the store stays on the main thread.
 * A share whose worker cannot start, fails or takes too long is built on the main thread instead,
 * with the same result. Threads are kept for a while after a call (loading docx takes them a moment).
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

export interface ItineraryRequest {
  id: number;
  itineraries: GuestItinerary[];
  institution: Institution | null;
}

type Answer =
  { id: number; ok: true; results: Result<ItineraryFile>[] } | { id: number; ok: false; reason: string };

interface Pending {
  resolve: (results: Result<ItineraryFile>[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Where the worker's code is: beside the built main process (`itinerary-worker.js`, an entry of the
 * build), or the TypeScript source when the core runs from source (browser host, tests), which the
 * worker then loads through tsx as its parent does.
 */
export function itineraryWorkerEntry(): WorkerEntry | null {
  const built = join(__dirname, 'itinerary-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  const source = join(__dirname, 'build-worker.ts');
  if (existsSync(source)) {
    const tsx = createRequire(join(__dirname, 'build-in-workers.ts')).resolve('tsx/cjs');
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
    worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      clearTimeout(waiting.timer);
      if (answer.ok) waiting.resolve(answer.results);
      else waiting.reject(new Error(answer.reason));
    });
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('messageerror', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the itinerary worker exited with ${code}`)));
    // An idle thread does not keep the process alive; a pending share's timer does.
    worker.unref();
  }

  get idle(): boolean {
    return this.pending.size === 0;
  }

  build(itineraries: GuestItinerary[], institution: Institution | null): Promise<Result<ItineraryFile>[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('the itinerary worker took too long')), TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const request: ItineraryRequest = { id, itineraries, institution };
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

export class ItineraryWorkers {
  private threads: Thread[] = [];
  private failures = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly entry: () => WorkerEntry | null = itineraryWorkerEntry,
    private readonly size: number = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {}

  /** One result per itinerary, in order, as `buildItineraries` gives them on the main thread. */
  async build(
    itineraries: readonly GuestItinerary[],
    institution: Institution | null,
  ): Promise<Result<ItineraryFile>[]> {
    const threads = this.started(Math.min(this.size, itineraries.length));
    if (threads.length === 0) return buildItineraries(itineraries, institution);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const shares = split(itineraries, threads.length);
    try {
      const built = await Promise.all(
        shares.map((share, i) =>
          (threads[i] as Thread).build(share, institution).catch((error: unknown) => {
            console.error('[qonaq] itineraries built on the main thread, the worker failed:', error);
            return buildItineraries(share, institution);
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
        console.error('[qonaq] an itinerary worker could not start:', error);
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

/** The process's threads for itineraries, shared by every caller. */
export const itineraryWorkers = new ItineraryWorkers();

/** `items` in `parts` runs of neighbours, as even as they go. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
