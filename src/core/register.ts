import type { ParsedInput } from '../shared/contract';
import type { Guest } from '../shared/domain';
import { AppError } from '../shared/errors';
import { safeFileName } from '../shared/file-names';
import { formatOutgoingNumber, type OutgoingNumberFormat } from '../shared/institution';
import type { Language } from '../shared/languages';
import type { LetterKind, RegisterEntry } from '../shared/letters';
import { letterPhrases } from './letters/phrases';
import type { Register } from './store/documents';
import { matchesAllWords } from './text-search';

/**
 * The outgoing register as pure functions over its stored form: which number comes next, what an
 * issue or a re-issue adds, and which entries a query finds. The store applies the results inside
 * its queue for the shared document, so two letters never see the same counter.
 */

export type RegisterQuery = ParsedInput<'letters.register'>;

/** What a letter is called in its own language: the kind's title from the letter phrases. */
export function kindLabel(kind: LetterKind, language: Language): string {
  const phrases = letterPhrases(language);
  return kind === 'visaInvitation' ? phrases.visa.title : phrases.official.title;
}

/** Guests are listed as people say their names: given names, then surname. */
export function guestName(guest: Pick<Guest, 'surname' | 'givenNames'>): string {
  return `${guest.givenNames} ${guest.surname}`.replace(/\s+/g, ' ').trim();
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
  const person = [...`${guest.surname} ${guest.givenNames}`.replace(/\s+/g, ' ').trim()]
    .slice(0, NAME_PART_CHARS)
    .join('');
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
export function nextNumber(register: Register, format: OutgoingNumberFormat, issueDate: string): TakenNumber {
  const year = Number(issueDate.slice(0, 4));
  const taken = new Set(register.entries.map((e) => e.number));
  let sequence = (register.counters[counterKey(format, year)] ?? 0) + 1;
  let number = formatOutgoingNumber(format, sequence, year);
  while (taken.has(number)) {
    sequence += 1;
    number = formatOutgoingNumber(format, sequence, year);
  }
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

/** The register with a new letter numbered in it, and its entry. */
export function addEntry(
  register: Register,
  format: OutgoingNumberFormat,
  facts: IssueFacts,
): { register: Register; entry: RegisterEntry } {
  const { sequence, year, number } = nextNumber(register, format, facts.date);
  const entry: RegisterEntry = {
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
  const key = counterKey(format, year);
  const counters = { ...register.counters, [key]: Math.max(register.counters[key] ?? 0, sequence) };
  return { register: { entries: [...register.entries, entry], counters }, entry };
}

/**
 * A corrected letter: the same number, the next revision, today's date. Only the same letter can be
 * re-issued (same visit, guest, kind and language); anything else is a new letter with its own number.
 */
export function reviseEntry(
  register: Register,
  entryId: string,
  facts: Omit<IssueFacts, 'id'>,
): { register: Register; entry: RegisterEntry } {
  const index = register.entries.findIndex((e) => e.id === entryId);
  const old = register.entries[index];
  if (!old) throw new AppError('notFound', { id: entryId });
  if (
    old.visitId !== facts.visitId ||
    old.guestId !== facts.guest.id ||
    old.kind !== facts.kind ||
    old.language !== facts.language
  ) {
    throw new AppError('validation', undefined, [{ path: 'reissueOf', code: 'invalid' }]);
  }
  const revision = old.revision + 1;
  const entry: RegisterEntry = {
    ...old,
    date: facts.date,
    issuedAt: facts.issuedAt,
    visitTitle: facts.visitTitle,
    guestName: guestName(facts.guest),
    fileName: letterFileName(facts.guest, facts.kind, facts.language, old.number),
    revision,
    revisions: [...old.revisions, { revision, date: facts.date, issuedAt: facts.issuedAt }],
  };
  const entries = register.entries.map((e, i) => (i === index ? entry : e));
  return { register: { ...register, entries }, entry };
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
