import * as nodeFs from 'node:fs/promises';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsyncFolder, toWriteError, writeFileDurably, type DurableFs } from './durable-write';
import { REGISTER_DIR, registerFileName, registerLines, yearOf, type RegisterEvent } from './register-lines';
import { REGISTER_MARK, writeRegisterMark, type RegisterMark } from './register-mark';
import { cutFile, readAndRepair, yearFileNames } from './register-repair';
import { RegisterState } from './register-state';
import { syncFolder, type RecoveryContext } from './recovery';

export type { RegisterView } from './register-state';

/**
 * The outgoing register as append-only logs, one per year: `register/2026.jsonl`, one JSON line per
 * event (`register-lines.ts`). A letter numbered, a letter re-issued (its entry as it now stands) or
 * counters carried over are appended and synced, and the high-water mark written (`register-mark.ts`),
 * before the change is acknowledged.
 *
 * A line cut short or unreadable past the mark was never acknowledged: it is cut away. Anything less
 * than the mark is damage, repaired at load from the snapshots and told (`register-repair.ts`).
 */

export interface RegisterSavepoint {
  sizes: ReadonlyMap<number, number>;
  mark: string | null;
}

/**
 * The register in memory (`register-state.ts`), with the size of each year file as acknowledged.
 * Appends run one at a time (the store's queue for the register sees to it); each starts at the
 * acknowledged end of its file, so bytes left by an append that failed are written over, never
 * appended to.
 */
export class RegisterLog extends RegisterState {
  private readonly sizes = new Map<number, number>();

  private constructor(
    private readonly dataDir: string,
    private readonly fs: DurableFs,
    private readonly readOnly: boolean,
  ) {
    super();
  }

  /** Names of the year files on disk, oldest year first. */
  static fileNames(dataDir: string): Promise<string[]> {
    return yearFileNames(dataDir);
  }

  /** Reads every year file against the high-water mark, repairing what is damaged (`register-repair.ts`). */
  static async load(ctx: RecoveryContext): Promise<RegisterLog> {
    const fs = ctx.fs ?? nodeFs;
    const log = new RegisterLog(ctx.dataDir, fs, ctx.readOnly === true);
    await readAndRepair(log, ctx, fs);
    return log;
  }

  /** Only while loading: a year file as read, its acknowledged size and its events. */
  took(year: number, size: number, events: readonly RegisterEvent[]): void {
    this.sizes.set(year, size);
    for (const event of events) this.apply(event);
  }

  /** The years that have a file, as acknowledged. */
  get years(): number[] {
    return [...this.sizes.keys()];
  }

  /** The high-water mark of the log as it stands. */
  mark(): RegisterMark {
    return this.markAfter([], this.sizes);
  }

  /**
   * Puts back what a repair found missing (`register-repair.ts`): appended; in a read-only folder
   * applied to the register in memory only, so that it shows what can be read, and never written.
   */
  async putBack(events: readonly RegisterEvent[]): Promise<void> {
    if (!this.readOnly) return this.append(events);
    for (const event of events) this.apply(event);
  }

  /**
   * Appends events to their year files and syncs each (and the folder, for a file it creates), then
   * writes the high-water mark, before answering; only then does the register in memory change. On
   * failure what was written is cut back (and cut again before the next append, were that to fail),
   * and nothing of the events is applied.
   */
  async append(events: readonly RegisterEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (this.readOnly) throw new AppError('readOnly', { reason: 'folder' });
    const byYear = new Map<number, RegisterEvent[]>();
    for (const event of events) {
      const year = yearOf(event);
      byYear.set(year, [...(byYear.get(year) ?? []), event]);
    }
    const sizes = new Map(this.sizes);
    try {
      for (const [year, group] of [...byYear].sort(([a], [b]) => a - b)) {
        sizes.set(year, await this.appendToYear(year, Buffer.from(registerLines(group), 'utf8')));
      }
      await writeRegisterMark(this.dataDir, this.markAfter(events, sizes), this.fs);
    } catch (error) {
      await this.cutBack([...byYear.keys()]);
      throw error instanceof AppError ? error : toWriteError(error);
    }
    for (const [year, size] of sizes) this.sizes.set(year, size);
    for (const event of events) this.apply(event);
  }

  /** Where the log stands on disk: each year file's acknowledged size, and the mark's bytes. */
  async savepoint(): Promise<RegisterSavepoint> {
    const mark = await readFile(join(this.dataDir, REGISTER_MARK), 'utf8').catch(() => null);
    return { sizes: new Map(this.sizes), mark };
  }

  /**
   * Puts the files back as they stood at `savepoint` (a replace that appended, then failed before it
   * was committed). This log no longer describes the disk: it must be read again.
   */
  async rollBackTo(savepoint: RegisterSavepoint): Promise<void> {
    for (const year of this.sizes.keys()) {
      const path = join(this.dataDir, REGISTER_DIR, registerFileName(year));
      const size = savepoint.sizes.get(year);
      await (size === undefined ? this.fs.unlink(path) : cutFile(this.fs, path, size)).catch(() => undefined);
    }
    const markPath = join(this.dataDir, REGISTER_MARK);
    await (
      savepoint.mark === null ? this.fs.unlink(markPath) : writeFileDurably(markPath, savepoint.mark, this.fs)
    ).catch(() => undefined);
  }

  /** After a failed append: each year file back to its acknowledged end, a new one removed (best effort). */
  private async cutBack(years: readonly number[]): Promise<void> {
    for (const year of years) {
      const path = join(this.dataDir, REGISTER_DIR, registerFileName(year));
      const size = this.sizes.get(year);
      await (size === undefined ? this.fs.unlink(path) : cutFile(this.fs, path, size)).catch(() => undefined);
    }
  }

  /** Writes `bytes` at the year file's acknowledged end and syncs it; answers the file's new size. */
  private async appendToYear(year: number, bytes: Buffer): Promise<number> {
    const folder = join(this.dataDir, REGISTER_DIR);
    const path = join(folder, registerFileName(year));
    const size = this.sizes.get(year);
    try {
      let created = false;
      if (size === undefined) {
        created = await mkdir(folder, { recursive: true }).then((made) => made !== undefined);
        if (created) await syncFolder(this.dataDir);
      }
      // A new file is opened with `w`: bytes a failed first append left in it were never acknowledged.
      const handle = await this.fs.open(path, size === undefined ? 'w' : 'r+');
      try {
        if (size !== undefined && (await handle.stat()).size !== size) await handle.truncate(size);
        let written = 0;
        while (written < bytes.length) {
          const { bytesWritten } = await handle.write(
            bytes,
            written,
            bytes.length - written,
            (size ?? 0) + written,
          );
          written += bytesWritten;
        }
        await handle.datasync();
      } finally {
        await handle.close();
      }
      if (size === undefined) await fsyncFolder(this.fs, folder);
    } catch (error) {
      throw toWriteError(error);
    }
    return (size ?? 0) + bytes.length;
  }
}
