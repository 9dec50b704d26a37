import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION } from './migrations';
import {
  INDEX_FORMAT,
  stampOf,
  stampsOf,
  writeVisitIndex,
  type VisitIndex,
  type VisitListing,
} from './visit-index';

export const VISITS = 'visits';
export const visitFile = (id: string): string => `${id}.json`;
export const idOfFile = (name: string): string => name.slice(0, -'.json'.length);

/**
 * A folder modified this recently may be modified again within the same tick of a coarse file-system
 * clock, leaving its times as they were: its stamp is not recorded in the index until it is older.
 */
const RACY_MS = 1000;

/**
 * Keeps `cache/visits.json` (decision 0009) in step with what the list of visits shows, `listing`,
 * which the store owns. Every change to `visits/` runs through `track`, so that the index is never
 * written while one is under way: the folder stamp it records must be of a folder whose every file is
 * as `listing` says. A failure is not the user's concern: the index is a cache, and the next load
 * reads what it cannot trust.
 */
export class IndexWriter {
  /** Whether the index on disk may differ from `listing`. */
  dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** Counts every change to `visits/` begun or ended, so that a write sees one under way. */
  private changes = 0;
  private inFlight = 0;
  private halted = false;

  constructor(
    private readonly dataDir: string,
    private readonly listing: Map<string, VisitListing>,
    private readonly delayMs: number,
  ) {}

  /**
   * Runs a change to `visits/`. When it fails after a file may have been replaced, `onFailure` lets
   * the caller drop what the index could vouch for (an entry's stamp): the next load reads the file.
   */
  async track<T>(task: () => Promise<T>, onFailure?: () => void): Promise<T> {
    this.inFlight++;
    this.changes++;
    try {
      return await task();
    } catch (error) {
      onFailure?.();
      throw error;
    } finally {
      this.inFlight--;
      this.changes++;
      this.dirty = true;
      this.schedule();
    }
  }

  /** Rewrites the index from `listing`, unless a change to `visits/` is under way or begins meanwhile. */
  write(final = false): Promise<void> {
    const run = async (): Promise<void> => {
      if (!this.dirty) return;
      if (this.inFlight > 0) return this.schedule();
      const before = this.changes;
      const folder = join(this.dataDir, VISITS);
      const folderStat = await stat(folder, { bigint: true }).catch(() => null);
      const unknown = [...this.listing].filter(([, e]) => e.stamp === null).map(([id]) => visitFile(id));
      const stamps = await stampsOf(folder, unknown);
      if (this.changes !== before || this.inFlight > 0) return this.schedule();
      for (const [name, stamp] of stamps) {
        const entry = this.listing.get(idOfFile(name));
        if (entry && stamp !== null) this.listing.set(idOfFile(name), { ...entry, stamp });
      }
      // On closing no change can follow; otherwise a folder changed a moment ago is vouched for later.
      const racy = !final && (!folderStat || Date.now() - Number(folderStat.mtimeMs) < RACY_MS);
      const visits: VisitIndex['visits'] = {};
      for (const [id, entry] of this.listing) visits[visitFile(id)] = entry;
      const index: VisitIndex = {
        format: INDEX_FORMAT,
        schemaVersion: SCHEMA_VERSION,
        folder: folderStat && !racy ? stampOf(folderStat) : null,
        visits,
      };
      this.dirty = racy;
      try {
        await writeVisitIndex(this.dataDir, index);
      } catch {
        this.dirty = true;
      }
      if (racy) this.schedule(RACY_MS);
    };
    this.writing = this.writing.then(run, run);
    return this.writing;
  }

  schedule(delay = this.delayMs): void {
    if (this.halted) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write().catch(() => undefined), delay);
    this.timer.unref();
  }

  /** No more writes later: the one under way is awaited, then a last one made if needed (the store is closing). */
  async finish(): Promise<void> {
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
    await this.writing.catch(() => undefined);
    await this.write(true).catch(() => undefined);
  }

  /** Stops timers at once (closing begins); `finish` writes the last index. */
  halt(): void {
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
