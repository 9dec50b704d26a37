import * as nodeFs from 'node:fs/promises';
import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { VOID_REASON_MAX, type RegisterEntry } from '../../shared/letters';
import { fsyncFolder, TEMP_SUFFIX, toWriteError, writeFileDurably, type DurableFs } from './durable-write';
import { countersSchema, registerEntrySchema, type Register } from './documents';
import { QUARANTINE, quarantinePath, syncFolder, type RecoveryContext } from './recovery';
import { listSnapshots, snapshotPath } from './snapshots';

/**
 * The outgoing register as append-only logs, one per year: `register/2026.jsonl`, one JSON line per
 * event. A letter numbered, a letter re-issued (its entry as it now stands) or counters carried over
 * (from a register kept before the log) are appended and synced before the change is acknowledged,
 * so a letter costs one short line on disk, whatever the size of the register.
 *
 * A line that is cut short or unreadable at the end of a file was never acknowledged (its append had
 * not been synced): it is dropped and cut away before the next append. A bad line anywhere else is
 * damage: the good lines are kept, the file is copied to `quarantine/` as it was, lines the
 * snapshots still hold are put back, and the user is told.
 */

export const REGISTER_DIR = 'register';
const YEAR_FILE = /^(\d{4})\.jsonl$/;

export const registerEventSchema = z.discriminatedUnion('type', [
  /** A new number. `counter` is the counter it was drawn from; absent for letters numbered before the log. */
  z.object({ type: z.literal('numbered'), counter: z.string().regex(/^(\d{4}|all)$/).optional(), entry: registerEntrySchema }),
  /** A re-issue: the entry as it stands after it (same number, one more revision). */
  z.object({ type: z.literal('revised'), entry: registerEntrySchema }),
  /** Running numbers already taken, at least these (a register from before the log, a backup). */
  z.object({ type: z.literal('counters'), year: z.number().int().min(1000).max(9999), counters: countersSchema }),
  /**
   * A number voided: the letter is withdrawn, its number stays taken. `date` (Baku) names the year
   * file; `at` orders it against a restore of the same entry, whatever file either sits in.
   */
  z.object({
    type: z.literal('voided'),
    entryId: z.string().min(1),
    reason: z.string().min(1).max(VOID_REASON_MAX),
    date: z.string(),
    at: z.string(),
  }),
  /** A void taken back: the letter stands again (the void stays in the log). */
  z.object({ type: z.literal('unvoided'), entryId: z.string().min(1), date: z.string(), at: z.string() }),
]);
export type RegisterEvent = z.infer<typeof registerEventSchema>;

export const registerFileName = (year: number): string => `${year}.jsonl`;
export const isRegisterFileName = (name: string): boolean => YEAR_FILE.test(name);

/** The year file an event goes to: the year of its date (a re-issue, the year it was revised in). */
function yearOf(event: RegisterEvent): number {
  if (event.type === 'counters') return event.year;
  if (event.type === 'voided' || event.type === 'unvoided') return Number(event.date.slice(0, 4));
  return Number(event.entry.date.slice(0, 4));
}

type VoidEvent = RegisterEvent & { type: 'voided' | 'unvoided' };
const voidKey = (e: VoidEvent): string => `${e.type}\n${e.entryId}\n${e.at}`;

/** Whether `b` comes after `a`: by time, and an equal time in the order read. */
const later = (a: VoidEvent | undefined, b: VoidEvent): boolean => !a || b.at >= a.at;

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

interface ParsedFile {
  events: RegisterEvent[];
  /** Lines kept, each with its newline. */
  good: string[];
  /** Bytes up to the end of the last good line. */
  goodBytes: number;
  /** A bad line that was not the last one. */
  damaged: boolean;
  /** The bytes after the last good line: a line whose append never finished. */
  tornTail: boolean;
}

/** Reads a year file's lines; the last one, when bad, is an append that never finished. */
export function parseRegisterLines(bytes: Buffer): ParsedFile {
  const result: ParsedFile = { events: [], good: [], goodBytes: 0, damaged: false, tornTail: false };
  let start = 0;
  let badEnd = -1;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    const complete = end >= 0;
    if (!complete) end = bytes.length;
    const text = bytes.subarray(start, end).toString('utf8');
    const next = complete ? end + 1 : end;
    if (text.trim() !== '') {
      let event: RegisterEvent | undefined;
      try {
        const parsed = registerEventSchema.safeParse(JSON.parse(text));
        if (parsed.success) event = parsed.data;
      } catch {
        // Not JSON: a bad line.
      }
      if (event && complete) {
        if (badEnd >= 0) result.damaged = true;
        badEnd = -1;
        result.events.push(event);
        result.good.push(`${text}\n`);
        result.goodBytes = next;
      } else {
        if (badEnd >= 0) result.damaged = true;
        badEnd = next;
      }
    } else if (complete && badEnd < 0) {
      result.goodBytes = next;
    }
    start = next;
  }
  result.tornTail = badEnd >= 0 || result.goodBytes < bytes.length;
  return result;
}

/** One line per event, each ending with a newline. */
export function registerLines(events: readonly RegisterEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
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

  /** Reads every year file, cutting away unfinished appends and repairing damage (see above). */
  static async load(ctx: RecoveryContext): Promise<RegisterLog> {
    const log = new RegisterLog(ctx.dataDir, ctx.fs ?? nodeFs);
    // A repair's rewrite that never finished left its temp file: it holds nothing acknowledged.
    const folder = join(ctx.dataDir, REGISTER_DIR);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (name.endsWith(TEMP_SUFFIX)) await unlink(join(folder, name)).catch(() => undefined);
    }
    const damaged: string[] = [];
    for (const name of await RegisterLog.fileNames(ctx.dataDir)) {
      const rel = join(REGISTER_DIR, name);
      const path = join(ctx.dataDir, rel);
      const bytes = await readFile(path);
      const parsed = parseRegisterLines(bytes);
      const year = Number(name.slice(0, 4));
      if (parsed.damaged) {
        // Copied, not moved: its good lines stay where they are, and the file is rewritten with them.
        await mkdir(join(ctx.dataDir, QUARANTINE), { recursive: true });
        await copyFile(path, await quarantinePath(ctx, rel));
        await syncFolder(join(ctx.dataDir, QUARANTINE));
        const good = parsed.good.join('');
        await writeFileDurably(path, good, ctx.fs);
        log.sizes.set(year, Buffer.byteLength(good));
        damaged.push(name);
      } else {
        if (parsed.tornTail) await log.cut(path, parsed.goodBytes);
        log.sizes.set(year, parsed.goodBytes);
      }
      for (const event of parsed.events) log.apply(event);
    }
    for (const name of damaged) {
      const restored = await log.restoreFromSnapshots(ctx, name);
      ctx.notices.push({ code: 'registerRepaired', params: { file: join(REGISTER_DIR, name), restored } });
    }
    return log;
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
   * Appends events to their year files and syncs each (and the folder, for a file it creates) before
   * answering; only then does the register in memory change. On failure the bytes written are cut
   * away before the next append, and nothing of the failed file's events is applied.
   */
  async append(events: readonly RegisterEvent[]): Promise<void> {
    const byYear = new Map<number, RegisterEvent[]>();
    for (const event of events) {
      const year = yearOf(event);
      byYear.set(year, [...(byYear.get(year) ?? []), event]);
    }
    for (const [year, group] of [...byYear].sort(([a], [b]) => a - b)) {
      await this.appendToYear(year, Buffer.from(registerLines(group), 'utf8'));
      for (const event of group) this.apply(event);
    }
  }

  private async appendToYear(year: number, bytes: Buffer): Promise<void> {
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
    this.sizes.set(year, (size ?? 0) + bytes.length);
  }
}

/** The good lines of register files from elsewhere (a snapshot, an archive), as events. */
export function eventsOfFiles(files: ReadonlyMap<string, string>): RegisterEvent[] {
  return [...files.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, text]) => parseRegisterLines(Buffer.from(text, 'utf8')).events);
}
