import { foldKey, type ColumnTarget, type ImportField } from '../../shared/guest-import';
import { WORK_AND_JOURNEY_HEADERS } from './journey-headers';
import { PERSON_AND_PASSPORT_HEADERS } from './person-headers';

/**
 * Which guest field a column's header names, in Azerbaijani, English, Russian and Turkish (partners
 * write their own language) and the usual variants. Headers are compared folded (`foldKey`: no case,
 * accents or punctuation), first whole, then by the longest known phrase inside them, so
 * "Surname (as in passport)" is a surname and "№ паспорта" a passport number.
 */
const NAMES: Record<ImportField, readonly string[]> = {
  ...PERSON_AND_PASSPORT_HEADERS,
  ...WORK_AND_JOURNEY_HEADERS,
};

/** Folded phrase -> field, and the phrases by length (longest first) for matching inside a header. */
const EXACT = new Map<string, ImportField>();
const PHRASES: { words: string; field: ImportField; length: number }[] = [];
for (const [field, names] of Object.entries(NAMES) as [ImportField, readonly string[]][]) {
  for (const name of names) {
    const key = foldKey(name);
    if (!EXACT.has(key)) EXACT.set(key, field);
    PHRASES.push({ words: ` ${key} `, field, length: key.split(' ').length });
  }
}
PHRASES.sort((a, b) => b.length - a.length);

export interface HeaderMatch {
  field: ImportField;
  /** How sure: over 10 for the whole header (more for more words), else the words of the phrase found in it. */
  score: number;
}

/** The field a header names, or null. */
export function matchHeader(header: string): HeaderMatch | null {
  const key = foldKey(header);
  if (key === '') return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 10 + key.split(' ').length };
  // The longest phrase found; of equally long ones, the one written first ("Surname (as in passport)").
  const padded = ` ${key} `;
  let found: { field: ImportField; length: number; at: number } | null = null;
  for (const phrase of PHRASES) {
    if (found && phrase.length < found.length) break;
    const at = padded.indexOf(phrase.words);
    if (at >= 0 && (!found || at < found.at)) found = { field: phrase.field, length: phrase.length, at };
  }
  return found ? { field: found.field, score: found.length } : null;
}

const NAME_PARTS: ReadonlySet<ImportField> = new Set(['surname', 'givenNames', 'fullName']);

/**
 * Whether a header names the surname alone ("Фамилия (на русском)", "Soyadı", "Family name"), not
 * given names nor a whole name ("Фамилия, имя"): the longest name phrase in it is a surname's.
 */
export function namesSurname(header: string): boolean {
  const padded = ` ${foldKey(header)} `;
  let found: { field: ImportField; length: number; at: number } | null = null;
  for (const phrase of PHRASES) {
    if (found && phrase.length < found.length) break;
    const at = NAME_PARTS.has(phrase.field) ? padded.indexOf(phrase.words) : -1;
    if (at >= 0 && (!found || at < found.at)) found = { field: phrase.field, length: phrase.length, at };
  }
  return found?.field === 'surname';
}

/** Fields that several columns may fill together (their texts joined): a name in parts. */
export const JOINABLE: ReadonlySet<ImportField> = new Set([
  'givenNames',
  'nameCyrillic',
  'nameAz',
  'homeAddress',
]);

/**
 * A target for each column from its header: each field given to the column that names it best (two
 * columns naming one field: the other is left out), except the parts of a name. A lone "Name" column
 * (no surname column beside it) holds the full name.
 */
export function proposeMapping(headers: readonly string[]): ColumnTarget[] {
  const matches = headers.map(matchHeader);
  const best = new Map<ImportField, number>();
  matches.forEach((m, column) => {
    if (!m || JOINABLE.has(m.field)) return;
    const held = best.get(m.field);
    if (held === undefined || (matches[held]?.score ?? 0) < m.score) best.set(m.field, column);
  });
  const targets: ColumnTarget[] = matches.map((m, column) => {
    if (!m) return '';
    return JOINABLE.has(m.field) || best.get(m.field) === column ? m.field : '';
  });
  const has = (field: ImportField) => targets.includes(field);
  if (!has('surname') && !has('fullName')) {
    const nameColumns = targets.flatMap((t, i) => (t === 'givenNames' ? [i] : []));
    if (nameColumns.length === 1 && nameColumns[0] !== undefined) targets[nameColumns[0]] = 'fullName';
  }
  return targets;
}

/** How many different fields a row's cells name as headers: the header row is the row naming most. */
export function headerScore(cells: readonly string[]): number {
  return new Set(cells.map((c) => matchHeader(c)?.field).filter((f) => f !== undefined)).size;
}
