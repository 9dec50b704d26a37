import * as nodeFs from 'node:fs/promises';
import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { RegisterEntry } from '../../shared/letters';
import { fsyncFolder, TEMP_SUFFIX, toWriteError, writeFileDurably, type DurableFs } from './durable-write';
import type { Register } from './documents';
import {
  isRegisterFileName,
  parseRegisterLines,
  REGISTER_DIR,
  registerFileName,
  registerLines,
  yearOf,
  type RegisterEvent,
} from './register-lines';
import {
  highestMark,
  REGISTER_MARK,
  readRegisterMark,
  readSnapshotMark,
  sameMark,
  writeRegisterMark,
  type RegisterMark,
} from './register-mark';
import { QUARANTINE, quarantinePath, syncFolder, type RecoveryContext } from './recovery';
import { listSnapshots, snapshotPath } from './snapshots';

/**
 * The outgoing register as append-only logs, one per year: `register/2026.jsonl`, one JSON line per
 * event (`register-lines.ts`). A letter numbered, a letter re-issued (its entry as it now stands) or
 * counters carried over are appended and synced, and the high-water mark written (`register-mark.ts`),
 * before the change is acknowledged.
 *
 * A line cut short or unreadable past the mark was never acknowledged: it is cut away. Anything less
 * than the mark is damage: the good lines are kept, the file is copied to `quarantine/` as it was,
 * lines the snapshots still hold are put back, counters are raised to the mark, and the user is told.
 */

type VoidEvent = RegisterEvent & { type: 'voided' | 'unvoided' };
const voidKey = (e: VoidEvent): string => `${e.type}\n${e.entryId}\n${e.at}`;

/** Whether `b` comes after `a`: by time, and an equal time in the order read. */
const later = (a: VoidEvent | undefined, b: VoidEvent): boolean => !a || b.at >= a.at;

export interface RegisterSavepoint {
  sizes: ReadonlyMap<number, number>;
  mark: string | null;
}

/** What numbering and the register page read: never mutate it. */
export interface RegisterView {
  /** Every letter ever numbered, oldest first. */
  readonly entries: readonly RegisterEntry[];
  /** The last running number taken from a counter (`"2026"`, `"all"`), 0 when none was. */
  counter(key: string): number;
  /** Whether a printed number was ever given. */
  isTaken(number: string): boolean;
  find(id: string): RegisterEntry | undefined;
  counters(): Record<string, number>;
}

/**
 * The register in memory, with the size of each year file as acknowledged. Appends run one at a
 * time (the store's queue for the register sees to it); each starts at the acknowledged end of its
 * file, so bytes left by an append that failed are written over, never appended to.
 */
export class RegisterLog implements RegisterView {
  private readonly list: RegisterEntry[] = [];
  private readonly index = new Map<string, number>();
  private readonly numbers = new Set<string>();
  private readonly counterMap = new Map<string, number>();
  private readonly sizes = new Map<number, number>();
  /** The latest void or restore per entry, and every one seen (to unite logs without repeating one). */
  private readonly voids = new Map<string, VoidEvent>();
  private readonly voidKeys = new Set<string>();

  private constructor(
    private readonly dataDir: string,
    private readonly fs: DurableFs,
  ) {}

  /** A copy: later appends do not change it. A voided entry carries its void. */
  get entries(): readonly RegisterEntry[] {
    return this.list.map((entry) => this.withVoid(entry));
  }

  private withVoid(entry: RegisterEntry): RegisterEntry {
    const state = this.voids.get(entry.id);
    const { voided: _stale, ...rest } = entry;
    return state?.type === 'voided' ? { ...rest, voided: { reason: state.reason, at: state.at } } : rest;
  }

  counter(key: string): number {
    return this.counterMap.get(key) ?? 0;
  }

  isTaken(number: string): boolean {
    return this.numbers.has(number);
  }

  find(id: string): RegisterEntry | undefined {
    const i = this.index.get(id);
    const entry = i === undefined ? undefined : this.list[i];
    return entry && this.withVoid(entry);
  }

  counters(): Record<string, number> {
    return Object.fromEntries([...this.counterMap].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The register `events` add up to, as a plain value: entries oldest first, and the counters. */
  static replay(events: readonly RegisterEvent[]): Register {
    const log = new RegisterLog('', nodeFs);
    for (const event of events) log.apply(event);
    return { entries: [...log.entries], counters: log.counters() };
  }

  /** Names of the year files on disk, oldest year first. */
  static async fileNames(dataDir: string): Promise<string[]> {
    const names = await readdir(join(dataDir, REGISTER_DIR)).catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return [];
      throw error;
    });
    return names.filter(isRegisterFileName).sort();
  }

  /**
   * Reads every year file against the high-water mark (`register-mark.ts`): an append past the mark
   * that never finished is cut away; a file missing, shorter than its mark or with a bad line is
   * damage, repaired from the snapshots (a copy of the damaged file kept in `quarantine/`) and told;
   * counters behind the mark are raised, so a number is never given twice. Then the mark is brought
   * up to date.
   */
  static async load(ctx: RecoveryContext): Promise<RegisterLog> {
    const log = new RegisterLog(ctx.dataDir, ctx.fs ?? nodeFs);
    // A repair's rewrite that never finished left its temp file: it holds nothing acknowledged.
    const folder = join(ctx.dataDir, REGISTER_DIR);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (name.endsWith(TEMP_SUFFIX)) await unlink(join(folder, name)).catch(() => undefined);
    }
    const snapshots = await listSnapshots(ctx.dataDir);
    const own = await readRegisterMark(ctx.dataDir);
    const newest = snapshots[0];
    const mark = highestMark([own, newest ? await readSnapshotMark(ctx.dataDir, newest.id) : null]);
    const onDisk = await RegisterLog.fileNames(ctx.dataDir);
    const names = [...new Set([...onDisk, ...Object.keys(mark?.files ?? {})])].sort();
    const damaged: { name: string; missing: boolean; badLines: boolean }[] = [];
    for (const name of names) {
      const rel = join(REGISTER_DIR, name);
      const path = join(ctx.dataDir, rel);
      const acknowledged = mark?.files[name] ?? 0;
      const bytes = onDisk.includes(name) ? await readFile(path) : null;
      const year = Number(name.slice(0, 4));
      if (!bytes) {
        if (acknowledged > 0) damaged.push({ name, missing: true, badLines: false });
        continue;
      }
      const parsed = parseRegisterLines(bytes);
      const cutShort = bytes.length < acknowledged || (parsed.tornTail && parsed.goodBytes < acknowledged);
      if (parsed.damaged || cutShort) {
        // Copied, not moved: its good lines stay where they are, and the file is rewritten with them.
        await mkdir(join(ctx.dataDir, QUARANTINE), { recursive: true });
        await copyFile(path, await quarantinePath(ctx, rel));
        await syncFolder(join(ctx.dataDir, QUARANTINE));
        const good = parsed.good.join('');
        await writeFileDurably(path, good, ctx.fs);
        log.sizes.set(year, Buffer.byteLength(good));
        damaged.push({ name, missing: false, badLines: parsed.damaged });
      } else {
        if (parsed.tornTail) await log.cut(path, parsed.goodBytes);
        log.sizes.set(year, parsed.goodBytes);
      }
      for (const event of parsed.events) log.apply(event);
    }
    if (!mark && newest) damaged.push(...(await log.behindSnapshot(ctx, newest.id)));
    for (const { name, badLines } of damaged) {
      const restored = await log.restoreFromSnapshots(ctx, name);
      const file = join(REGISTER_DIR, name);
      ctx.notices.push({ code: badLines ? 'registerRepaired' : 'registerRestored', params: { file, restored } });
    }
    if (mark) await log.keepNumbersOf(ctx, mark);
    // A mark that cannot be written now (a read-only folder) is written with the next letter.
    const now = log.markAfter([], log.sizes);
    if ((own !== null || log.sizes.size > 0) && !sameMark(own, now)) {
      await writeRegisterMark(ctx.dataDir, now, ctx.fs).catch(() => undefined);
    }
    return log;
  }

  /**
   * Without a mark anywhere (a folder last used before marks were kept), the newest snapshot is the
   * only witness: the year files whose letters it holds and the log lacks have lost them.
   */
  private async behindSnapshot(
    ctx: RecoveryContext,
    snapshotId: string,
  ): Promise<{ name: string; missing: boolean; badLines: boolean }[]> {
    const found: { name: string; missing: boolean; badLines: boolean }[] = [];
    const names = await readdir(snapshotPath(ctx.dataDir, snapshotId, REGISTER_DIR)).catch(() => [] as string[]);
    for (const name of names.filter(isRegisterFileName)) {
      const bytes = await readFile(snapshotPath(ctx.dataDir, snapshotId, REGISTER_DIR, name)).catch(() => null);
      if (bytes && this.missingFrom(parseRegisterLines(bytes).events).length > 0) {
        found.push({ name, missing: !this.sizes.has(Number(name.slice(0, 4))), badLines: false });
      }
    }
    return found;
  }

  /**
   * Counters the mark holds above the log's are raised (letters acknowledged after the newest snapshot
   * that held them); how many letters are gone for good is told, their numbers staying taken.
   */
  private async keepNumbersOf(ctx: RecoveryContext, mark: RegisterMark): Promise<void> {
    const raised = Object.fromEntries(Object.entries(mark.counters).filter(([key, value]) => value > this.counter(key)));
    if (Object.keys(raised).length > 0) {
      const years = Object.keys(raised).filter((key) => key !== 'all').map(Number);
      const year = years.length > 0 ? Math.max(...years) : Math.max(ctx.now().getUTCFullYear(), ...this.sizes.keys());
      await this.append([{ type: 'counters', year, counters: raised }]);
    }
    const lost = mark.letters - this.list.length;
    if (lost > 0) ctx.notices.push({ code: 'registerNumbersKept', params: { count: lost } });
  }

  /** Puts back what snapshots hold of a damaged year file and this log lacks; answers how many letters. */
  private async restoreFromSnapshots(ctx: RecoveryContext, name: string): Promise<number> {
    const found: RegisterEvent[] = [];
    for (const snap of await listSnapshots(ctx.dataDir)) {
      const bytes = await readFile(snapshotPath(ctx.dataDir, snap.id, REGISTER_DIR, name)).catch(() => null);
      if (bytes) found.push(...parseRegisterLines(bytes).events);
    }
    const missing = this.missingFrom(found);
    await this.append(missing);
    return missing.filter((e) => e.type === 'numbered' || e.type === 'revised').length;
  }

  /** The mark once `events` are applied and the year files have `sizes`. */
  private markAfter(events: readonly RegisterEvent[], sizes: ReadonlyMap<number, number>): RegisterMark {
    const counters = new Map(this.counterMap);
    const raise = (key: string, value: number) => {
      if (value > (counters.get(key) ?? 0)) counters.set(key, value);
    };
    const added = new Set<string>();
    for (const event of events) {
      if (event.type === 'counters') for (const [key, value] of Object.entries(event.counters)) raise(key, value);
      else if (event.type === 'numbered' || event.type === 'revised') {
        if (event.type === 'numbered' && event.counter) raise(event.counter, event.entry.sequence);
        if (!this.index.has(event.entry.id)) added.add(event.entry.id);
      }
    }
    return {
      format: 1,
      files: Object.fromEntries([...sizes].map(([year, size]) => [registerFileName(year), size])),
      counters: Object.fromEntries(counters),
      letters: this.list.length + added.size,
    };
  }

  /** Cuts a file back to its acknowledged end, durably. */
  private async cut(path: string, size: number): Promise<void> {
    const handle = await this.fs.open(path, 'r+');
    try {
      await handle.truncate(size);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  private apply(event: RegisterEvent): void {
    if (event.type === 'counters') {
      for (const [key, value] of Object.entries(event.counters)) this.raise(key, value);
      return;
    }
    if (event.type === 'voided' || event.type === 'unvoided') {
      this.voidKeys.add(voidKey(event));
      if (later(this.voids.get(event.entryId), event)) this.voids.set(event.entryId, event);
      return;
    }
    const { entry } = event;
    if (event.type === 'numbered' && event.counter) this.raise(event.counter, entry.sequence);
    this.numbers.add(entry.number);
    const i = this.index.get(entry.id);
    if (i === undefined) {
      this.index.set(entry.id, this.list.length);
      this.list.push(entry);
    } else if ((this.list[i]?.revision ?? 0) < entry.revision) {
      this.list[i] = entry;
    }
  }

  private raise(key: string, value: number): void {
    if (value > (this.counterMap.get(key) ?? 0)) this.counterMap.set(key, value);
  }

  /**
   * What this log lacks of `events` from elsewhere (a backup, an archive, a damaged file's snapshots):
   * entries it does not have or has at an older revision, and counters above its own. United by entry
   * id, so applying the answer twice adds nothing the second time.
   */
  missingFrom(events: readonly RegisterEvent[]): RegisterEvent[] {
    const newest = new Map<string, RegisterEvent & { type: 'numbered' | 'revised' }>();
    const counters: Record<string, number> = {};
    let counterYear = 0;
    const voids: RegisterEvent[] = [];
    const voidsSeen = new Set(this.voidKeys);
    for (const event of events) {
      if (event.type === 'counters') {
        for (const [key, value] of Object.entries(event.counters)) counters[key] = Math.max(counters[key] ?? 0, value);
        counterYear = Math.max(counterYear, event.year);
        continue;
      }
      if (event.type === 'voided' || event.type === 'unvoided') {
        // Each void or restore once; which one stands is decided by time, so their order here does not matter.
        if (!voidsSeen.has(voidKey(event))) voids.push(event);
        voidsSeen.add(voidKey(event));
        continue;
      }
      if (event.type === 'numbered' && event.counter) {
        counters[event.counter] = Math.max(counters[event.counter] ?? 0, event.entry.sequence);
      }
      const seen = newest.get(event.entry.id);
      if (!seen || seen.entry.revision < event.entry.revision) newest.set(event.entry.id, event);
    }
    const missing: RegisterEvent[] = [];
    for (const event of newest.values()) {
      const own = this.find(event.entry.id);
      if (!own) missing.push({ type: 'numbered', entry: event.entry });
      else if (own.revision < event.entry.revision) missing.push({ type: 'revised', entry: event.entry });
      counterYear = Math.max(counterYear, event.entry.year);
    }
    const raised = Object.fromEntries(Object.entries(counters).filter(([key, value]) => value > this.counter(key)));
    if (Object.keys(raised).length > 0) missing.push({ type: 'counters', year: counterYear, counters: raised });
    return [...missing, ...voids];
  }

  /** A register as documents before version 5 held it, as events (see `missingFrom`). */
  static eventsOf(register: Register, fallbackYear: number): RegisterEvent[] {
    const events: RegisterEvent[] = register.entries.map((entry) => ({ type: 'numbered', entry }));
    const years = register.entries.map((e) => e.year);
    events.push({ type: 'counters', year: years.length > 0 ? Math.max(...years) : fallbackYear, counters: register.counters });
    return events;
  }

  /**
   * Appends events to their year files and syncs each (and the folder, for a file it creates), then
   * writes the high-water mark, before answering; only then does the register in memory change. On
   * failure what was written is cut back (and cut again before the next append, were that to fail),
   * and nothing of the events is applied.
   */
  async append(events: readonly RegisterEvent[]): Promise<void> {
    if (events.length === 0) return;
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
      await (size === undefined ? this.fs.unlink(path) : this.cut(path, size)).catch(() => undefined);
    }
    const markPath = join(this.dataDir, REGISTER_MARK);
    await (savepoint.mark === null ? this.fs.unlink(markPath) : writeFileDurably(markPath, savepoint.mark, this.fs)).catch(
      () => undefined,
    );
  }

  /** After a failed append: each year file back to its acknowledged end, a new one removed (best effort). */
  private async cutBack(years: readonly number[]): Promise<void> {
    for (const year of years) {
      const path = join(this.dataDir, REGISTER_DIR, registerFileName(year));
      const size = this.sizes.get(year);
      await (size === undefined ? this.fs.unlink(path) : this.cut(path, size)).catch(() => undefined);
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
          const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, (size ?? 0) + written);
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

