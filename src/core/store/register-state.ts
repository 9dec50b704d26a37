import type { RegisterEntry } from '../../shared/letters';
import type { Register } from './documents';
import { registerFileName, type RegisterEvent } from './register-lines';
import type { RegisterMark } from './register-mark';

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

/**
 * The register in memory, as the events of its log add up (`register-lines.ts`): the entries, each at
 * its newest revision, the numbers given, the counters and the latest void or restore of each entry.
 * It knows nothing of files: `register-log.ts` keeps it in step with the disk.
 */
export class RegisterState implements RegisterView {
  private readonly list: RegisterEntry[] = [];
  private readonly index = new Map<string, number>();
  private readonly numbers = new Set<string>();
  private readonly counterMap = new Map<string, number>();
  /** The latest void or restore per entry, and every one seen (to unite logs without repeating one). */
  private readonly voids = new Map<string, VoidEvent>();
  private readonly voidKeys = new Set<string>();

  /** A copy: later appends do not change it. A voided entry carries its void. */
  get entries(): readonly RegisterEntry[] {
    return this.list.map((entry) => this.withVoid(entry));
  }

  /** How many letters the register holds (entries, whatever their revisions). */
  get letterCount(): number {
    return this.list.length;
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
    const state = new RegisterState();
    for (const event of events) state.apply(event);
    return { entries: [...state.entries], counters: state.counters() };
  }

  /** A register as documents before version 5 held it, as events (see `missingFrom`). */
  static eventsOf(register: Register, fallbackYear: number): RegisterEvent[] {
    const events: RegisterEvent[] = register.entries.map((entry) => ({ type: 'numbered', entry }));
    const years = register.entries.map((e) => e.year);
    events.push({
      type: 'counters',
      year: years.length > 0 ? Math.max(...years) : fallbackYear,
      counters: register.counters,
    });
    return events;
  }

  /** The mark (`register-mark.ts`) once `events` are applied and the year files have `sizes`. */
  markAfter(events: readonly RegisterEvent[], sizes: ReadonlyMap<number, number>): RegisterMark {
    const counters = new Map(this.counterMap);
    const raise = (key: string, value: number) => {
      if (value > (counters.get(key) ?? 0)) counters.set(key, value);
    };
    const added = new Set<string>();
    for (const event of events) {
      if (event.type === 'counters')
        for (const [key, value] of Object.entries(event.counters)) raise(key, value);
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

  /** Applies one event read or appended; only once it is on disk. */
  protected apply(event: RegisterEvent): void {
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
   * What this register lacks of `events` from elsewhere (a backup, an archive, a damaged file's
   * snapshots): entries it does not have or has at an older revision, and counters above its own.
   * United by entry id, so applying the answer twice adds nothing the second time.
   */
  missingFrom(events: readonly RegisterEvent[]): RegisterEvent[] {
    const newest = new Map<string, RegisterEvent & { type: 'numbered' | 'revised' }>();
    const counters: Record<string, number> = {};
    let counterYear = 0;
    const voids: RegisterEvent[] = [];
    const voidsSeen = new Set(this.voidKeys);
    for (const event of events) {
      if (event.type === 'counters') {
        for (const [key, value] of Object.entries(event.counters))
          counters[key] = Math.max(counters[key] ?? 0, value);
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
    const raised = Object.fromEntries(
      Object.entries(counters).filter(([key, value]) => value > this.counter(key)),
    );
    if (Object.keys(raised).length > 0)
      missing.push({ type: 'counters', year: counterYear, counters: raised });
    return [...missing, ...voids];
  }
}
