import type { ParsedInput } from '../shared/contract';
import { MAX_REVISIONS, MAX_RUNNING_NUMBER, type Guest } from '../shared/domain';
import { todayInBaku } from '../shared/dates';
import { AppError } from '../shared/errors';
import { safeFileName } from '../shared/file-names';
import { guestName, surnameFirst } from '../shared/guest-name';
import { formatOutgoingNumber, type OutgoingNumberFormat } from '../shared/institution';
import type { Language } from '../shared/languages';
import type { LetterKind, RegisterEntry } from '../shared/letters';
import { letterPhrases } from './letters/phrases';
import type { RegisterEvent } from './store/register-lines';
import type { RegisterView } from './store/register-log';
import { matchesAllWords } from './text-search';

/**
 * The outgoing register's rules over the register as it stands: which number comes next, what an
 * issue or a re-issue appends, and which entries a query finds. The store applies the events inside
 * its queue for the register, so two letters never see the same counter.
 */

export type RegisterQuery = ParsedInput<'letters.register'>;

/** What a letter is called in its own language: the kind's title from the letter phrases. */
export function kindLabel(kind: LetterKind, language: Language): string {
  const phrases = letterPhrases(language);
  return kind === 'visaInvitation' ? phrases.visa.title : phrases.official.title;
}

const NAME_PART_CHARS = 60;

/**
 * `<Surname> <Given names> - <kind> - <LANG> - <number>.docx`, safe on every system. The guest's name
 * is cut first, so a very long one never pushes the number (what tells two letters apart) off the end.
 */
export function letterFileName(
  guest: Pick<Guest, 'surname' | 'givenNames'>,
  kind: LetterKind,
  language: Language,
  number: string,
): string {
  const person = [...surnameFirst(guest)].slice(0, NAME_PART_CHARS).join('');
  const parts = [person, kindLabel(kind, language), language.toUpperCase(), number.replace(/[/\\]/g, '-')];
  return safeFileName(`${parts.filter((p) => p.trim() !== '').join(' - ')}.docx`, 'letter');
}

/** The counter a letter dated `issueDate` draws from: its year, or one for all time. */
export function counterKey(format: OutgoingNumberFormat, year: number): string {
  return format.yearlyRestart ? String(year) : 'all';
}

export interface TakenNumber {
  sequence: number;
  year: number;
  number: string;
}

/**
 * The next number for a letter dated `issueDate` (Baku time). Numbers restart each year when the
 * format says so. A printed number is never given twice, even after the format changed (a restart
 * switched off, a pattern without the year): the running number moves on past any number taken.
 */
export function nextNumber(
  register: Pick<RegisterView, 'counter' | 'isTaken'>,
  format: OutgoingNumberFormat,
  issueDate: string,
): TakenNumber {
  const year = Number(issueDate.slice(0, 4));
  let sequence = register.counter(counterKey(format, year)) + 1;
  let number = formatOutgoingNumber(format, sequence, year);
  while (register.isTaken(number)) {
    sequence += 1;
    number = formatOutgoingNumber(format, sequence, year);
  }
  // Beyond eight digits the register could not be read back nor printed: said, never `internal`.
  if (sequence > MAX_RUNNING_NUMBER) throw new AppError('registerFull', { year, max: MAX_RUNNING_NUMBER });
  return { sequence, year, number };
}

/** What the number stands in for in a preview: the pattern with `…` for the running number. */
export function provisionalNumber(format: OutgoingNumberFormat, issueDate: string): string {
  return formatOutgoingNumber(
    { ...format, pattern: format.pattern.replaceAll('{n}', '…') },
    1,
    Number(issueDate.slice(0, 4)),
  );
}

export interface IssueFacts {
  id: string;
  kind: LetterKind;
  language: Language;
  visitId: string;
  visitTitle: string;
  guest: Guest;
  date: string;
  issuedAt: string;
}

function newEntry(taken: TakenNumber, facts: IssueFacts): RegisterEntry {
  const { sequence, year, number } = taken;
  return {
    id: facts.id,
    sequence,
    year,
    number,
    date: facts.date,
    kind: facts.kind,
    language: facts.language,
    visitId: facts.visitId,
    visitTitle: facts.visitTitle,
    guestId: facts.guest.id,
    guestName: guestName(facts.guest),
    fileName: letterFileName(facts.guest, facts.kind, facts.language, number),
    revision: 1,
    revisions: [{ revision: 1, date: facts.date, issuedAt: facts.issuedAt }],
    issuedAt: facts.issuedAt,
  };
}

/**
 * A corrected letter: the same number, the next revision, today's date. Only the same letter can be
 * re-issued (same visit, guest, kind and language); anything else is a new letter with its own number.
 */
function revisedEntry(old: RegisterEntry, facts: Omit<IssueFacts, 'id'>): RegisterEntry {
  if (
    old.visitId !== facts.visitId ||
    old.guestId !== facts.guest.id ||
    old.kind !== facts.kind ||
    old.language !== facts.language
  ) {
    throw new AppError('validation', undefined, [{ path: 'reissueOf', code: 'invalid' }]);
  }
  // A withdrawn letter is not corrected: it is restored first, so the register says which stands.
  if (old.voided) throw new AppError('validation', undefined, [{ path: 'reissueOf', code: 'invalid' }]);
  const revision = old.revision + 1;
  if (revision > MAX_REVISIONS)
    throw new AppError('tooManyRevisions', { number: old.number, max: MAX_REVISIONS });
  return {
    ...old,
    date: facts.date,
    issuedAt: facts.issuedAt,
    visitTitle: facts.visitTitle,
    guestName: guestName(facts.guest),
    fileName: letterFileName(facts.guest, facts.kind, facts.language, old.number),
    revision,
    revisions: [...old.revisions, { revision, date: facts.date, issuedAt: facts.issuedAt }],
  };
}

/**
 * Letters numbered or re-issued together, over the register as it stands: each sees the ones before
 * it, so a batch gets consecutive numbers, and `events` is what the register appends for all of them
 * in one write. Nothing changes until the store appends the events.
 */
export class RegisterDraft implements Pick<RegisterView, 'counter' | 'isTaken' | 'find'> {
  readonly events: RegisterEvent[] = [];
  private readonly counters = new Map<string, number>();
  private readonly numbers = new Set<string>();
  private readonly revised = new Map<string, RegisterEntry>();

  constructor(private readonly base: Pick<RegisterView, 'counter' | 'isTaken' | 'find'>) {}

  /** A draft on top of this one, for a letter that may still fail: `absorb` it once the letter is built. */
  child(): RegisterDraft {
    return new RegisterDraft(this);
  }

  /** Takes over what a child draft numbered or revised. */
  absorb(child: RegisterDraft): void {
    for (const [key, value] of child.counters) this.counters.set(key, Math.max(this.counter(key), value));
    for (const number of child.numbers) this.numbers.add(number);
    for (const [id, entry] of child.revised) this.revised.set(id, entry);
    this.events.push(...child.events);
  }

  counter(key: string): number {
    return this.counters.get(key) ?? this.base.counter(key);
  }

  isTaken(number: string): boolean {
    return this.numbers.has(number) || this.base.isTaken(number);
  }

  find(id: string): RegisterEntry | undefined {
    return this.revised.get(id) ?? this.base.find(id);
  }

  /** A new letter, with the next number. */
  add(format: OutgoingNumberFormat, facts: IssueFacts): RegisterEntry {
    const taken = nextNumber(this, format, facts.date);
    const entry = newEntry(taken, facts);
    const key = counterKey(format, taken.year);
    this.counters.set(key, Math.max(this.counter(key), taken.sequence));
    this.numbers.add(entry.number);
    this.revised.set(entry.id, entry);
    this.events.push({ type: 'numbered', counter: key, entry });
    return entry;
  }

  /** A corrected letter under the number of entry `entryId` (see `revisedEntry`). */
  revise(entryId: string, facts: Omit<IssueFacts, 'id'>): RegisterEntry {
    const old = this.find(entryId);
    if (!old) throw new AppError('notFound', { id: entryId });
    const entry = revisedEntry(old, facts);
    this.revised.set(entry.id, entry);
    this.events.push({ type: 'revised', entry });
    return entry;
  }
}

/**
 * Voids the number of entry `entryId`, or (`reason` null) restores it. The number stays taken either
 * way: `nextNumber` passes every number ever printed, voided or not. Answers no event when the entry
 * already stands as asked, so a second click writes nothing.
 */
export function voidChange(
  register: Pick<RegisterView, 'find'>,
  entryId: string,
  reason: string | null,
  now: Date,
): { events: RegisterEvent[]; entry: RegisterEntry } {
  const entry = register.find(entryId);
  if (!entry) throw new AppError('notFound', { id: entryId });
  const at = now.toISOString();
  const date = todayInBaku(now);
  if (reason === null) {
    if (!entry.voided) return { events: [], entry };
    const { voided: _gone, ...rest } = entry;
    return { events: [{ type: 'unvoided', entryId, date, at }], entry: rest };
  }
  if (entry.voided) return { events: [], entry };
  return {
    events: [{ type: 'voided', entryId, reason, date, at }],
    entry: { ...entry, voided: { reason, at } },
  };
}

/** Entries matching a query, newest first (the order numbers were taken in, reversed). */
export function findEntries(entries: readonly RegisterEntry[], query: RegisterQuery): RegisterEntry[] {
  const text = query.text.trim();
  return entries
    .filter(
      (e) =>
        (query.kind === '' || e.kind === query.kind) &&
        (query.language === '' || e.language === query.language) &&
        (query.year === undefined || e.year === query.year) &&
        (query.visitId === '' || e.visitId === query.visitId) &&
        (text === '' || matchesAllWords(`${e.number}\n${e.guestName}\n${e.visitTitle}`, text)),
    )
    .reverse();
}
