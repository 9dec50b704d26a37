import { guestInputSchema, type Visit } from '../../shared/domain';
import {
  DATE_FIELDS,
  type DateOrder,
  type ImportDateField,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportProblem,
  type ImportRowPreview,
  type ImportSheet,
  type CountryAnswers,
} from '../../shared/guest-import';
import { isCountryCode } from '../../shared/countries';
import { guestName } from '../../shared/guest-name';
import { checkVisaInvitation } from '../letters/check';
import { compactIdentifier } from '../text-search';
import { outsideVisit, passportShortfall } from '../visit-dates';
import { matchCountry } from './countries';
import { orderShown, readDate, type Century } from './dates';
import { GuestIndex, type GuestIndexCache } from './duplicates';
import { FIELD_OF_PATH, getPath, newGuest, PATHS, setPath } from './guest-paths';
import { JOINABLE, namesSurname } from './headers';
import { readChoice } from './values';

/**
 * What each row of a partner's list becomes, before anything is saved: the guest as it would be
 * stored, what is wrong or missing in it, and the guests already in Qonaq it may be.
 */

const CENTURY: Record<ImportDateField, Century> = {
  dateOfBirth: 'past',
  issueDate: 'past',
  expiryDate: 'future',
  arrivalDate: 'future',
  departureDate: 'future',
};

const isDateField = (field: ImportField): field is ImportDateField =>
  (DATE_FIELDS as readonly string[]).includes(field);
const PASSPORT_NAME = /^[\p{Script=Latin}\p{M} '’.-]*$/u;

/** Spellings of the whole name in one string, given names first (`shared/guest-name.ts`). */
const LOCAL_NAMES: ReadonlySet<ImportField> = new Set(['nameCyrillic', 'nameAz']);

/**
 * The text of each field in a row. Columns given a field that comes in parts (a name, an address)
 * are joined; for any other field the first filled column counts (two passport numbers are never glued).
 * A local spelling takes the columns headed as its surname (`surnameColumns`) last, whatever their
 * place in the list: "Фамилия | Имя | Отчество" gives `Иван Петрович Иванов`.
 */
function valuesOf(
  cells: readonly string[],
  mapping: ImportMapping,
  surnameColumns: ReadonlySet<number>,
): Map<ImportField, string> {
  const values = new Map<ImportField, string>();
  const surnames = new Map<ImportField, string>();
  mapping.forEach((target, column) => {
    const value = (cells[column] ?? '').trim();
    if (target === '' || value === '') return;
    const into = LOCAL_NAMES.has(target) && surnameColumns.has(column) ? surnames : values;
    const held = into.get(target);
    if (held === undefined) into.set(target, value);
    else if (JOINABLE.has(target)) into.set(target, `${held} ${value}`);
  });
  for (const [field, surname] of surnames) {
    values.set(field, guestName({ givenNames: values.get(field) ?? '', surname }));
  }
  return values;
}

/**
 * A full name split into surname and given names: "SURNAME, Given Names" by its comma; else the one
 * word written all in capitals among others that are not; else the last word, which the officer is
 * asked to check.
 */
function splitFullName(full: string): { surname: string; givenNames: string; certain: boolean } {
  const comma = full.indexOf(',');
  if (comma > 0)
    return { surname: full.slice(0, comma).trim(), givenNames: full.slice(comma + 1).trim(), certain: true };
  const parts = full.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { surname: full, givenNames: '', certain: true };
  const capitals = parts.filter((p) => p.length > 1 && p === p.toUpperCase() && p !== p.toLowerCase());
  const capital = capitals[0];
  if (capitals.length === 1 && capital !== undefined) {
    return { surname: capital, givenNames: parts.filter((p) => p !== capital).join(' '), certain: true };
  }
  return { surname: parts.at(-1) ?? '', givenNames: parts.slice(0, -1).join(' '), certain: false };
}

/** The order of slash dates for the whole file: the officer's answer, else what the file shows. */
function dateOrderOf(
  sheet: ImportSheet,
  mapping: ImportMapping,
  answer: DateOrder | null,
): ImportPreview['dates'] {
  const shown = new Set<DateOrder>();
  let ambiguous = 0;
  let example = '';
  mapping.forEach((target, column) => {
    if (target === '' || !isDateField(target)) return;
    for (const row of sheet.rows) {
      const value = row.cells[column] ?? '';
      const order = orderShown(value);
      if (order) shown.add(order);
      if (readDate(value, CENTURY[target], '2000-01-01').kind === 'ambiguous') {
        ambiguous += 1;
        example ||= value.trim();
      }
    }
  });
  const mixed = shown.size > 1;
  const order = answer ?? (shown.size === 1 ? ([...shown][0] ?? null) : null);
  return { order, ambiguous, example, mixed };
}

export interface PreviewContext {
  visit: Visit;
  /** Every visit, this one included, for duplicates. */
  visits: readonly Visit[];
  today: string;
  dateOrder: DateOrder | null;
  /** The officer's answers for country names Qonaq did not know. */
  countries?: CountryAnswers;
  /** Where the index of known guests is kept between previews; without it, one is built for this one. */
  guests?: GuestIndexCache;
}

function buildRow(
  line: number,
  cells: readonly string[],
  mapping: ImportMapping,
  context: PreviewContext,
  order: DateOrder | null,
  surnameColumns: ReadonlySet<number>,
) {
  const { visit, today } = context;
  const values = valuesOf(cells, mapping, surnameColumns);
  const problems: ImportProblem[] = [];
  let guest = newGuest(visit);

  for (const [field, value] of values) {
    if (field === 'fullName' || field === 'surname' || field === 'givenNames') continue;
    const path = PATHS[field];
    if (isDateField(field)) {
      const reading = readDate(value, CENTURY[field], today, order);
      if (reading.kind === 'date') guest = setPath(guest, path, reading.iso);
      else if (reading.kind === 'ambiguous') {
        problems.push({
          code: 'ambiguousDate',
          field,
          params: { value, dayFirst: reading.dayFirst, monthFirst: reading.monthFirst },
        });
      } else problems.push({ code: 'invalidDate', field, params: { value } });
    } else if (field === 'citizenship' || field === 'issuingCountry') {
      const answer = context.countries?.[value];
      const code = answer !== undefined && isCountryCode(answer) ? answer : matchCountry(value);
      if (code) guest = setPath(guest, path, code);
      else problems.push({ code: 'unknownCountry', field, params: { value } });
    } else if (field === 'gender' || field === 'role' || field === 'honorific') {
      const choice = readChoice(field, value);
      if (choice !== null) guest = setPath(guest, path, choice);
      else problems.push({ code: 'unknownValue', field, params: { value } });
    } else if (field === 'passportNumber') {
      guest = setPath(guest, path, value.replace(/\s+/g, ''));
    } else {
      guest = setPath(guest, path, value);
    }
  }

  // The passport name: from its own columns, else split from a full name.
  let surname = values.get('surname') ?? '';
  let givenNames = values.get('givenNames') ?? '';
  const full = values.get('fullName') ?? '';
  if (surname === '' && full !== '') {
    if (PASSPORT_NAME.test(full.replace(/,/g, ''))) {
      const split = splitFullName(full);
      ({ surname } = split);
      givenNames ||= split.givenNames;
      if (!split.certain) problems.push({ code: 'nameSplit', params: { value: full } });
    } else if (guest.nameCyrillic === '') {
      guest = { ...guest, nameCyrillic: full };
    }
  }
  const notLatin = [surname, givenNames].find((n) => n !== '' && !PASSPORT_NAME.test(n));
  if (notLatin !== undefined) {
    problems.push({ code: 'nameNotLatin', blocking: true, params: { value: notLatin } });
    // Written as every local spelling is, given names first: a letter takes its last words as the surname.
    if (guest.nameCyrillic === '' && /\p{Script=Cyrillic}/u.test(notLatin)) {
      guest = { ...guest, nameCyrillic: guestName({ surname, givenNames }) };
    }
    surname = '';
    givenNames = '';
  } else if (surname === '' || givenNames === '') {
    problems.push({ code: 'missingName', blocking: true });
  }
  guest = { ...guest, surname, givenNames };

  // A travel date outside the visit cannot be stored: the visit's own date is kept instead.
  for (const leg of ['arrival', 'departure'] as const) {
    const date = guest[leg].date;
    if (outsideVisit(date, visit)) {
      const field = leg === 'arrival' ? 'arrivalDate' : 'departureDate';
      problems.push({
        code: 'outsideVisit',
        field,
        params: { value: date, from: visit.arrivalDate, to: visit.departureDate },
      });
      guest = setPath(guest, `${leg}.date`, leg === 'arrival' ? visit.arrivalDate : visit.departureDate);
    }
  }

  // Whatever the guest's own rules refuse (an e-mail that is none, a birth date to come, an expiry
  // before issue) is left out and said; a refused name keeps the row out.
  let blocked = problems.some((p) => 'blocking' in p);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const parsed = guestInputSchema.safeParse(guest);
    if (parsed.success) {
      guest = parsed.data;
      break;
    }
    let cleared = false;
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const field = FIELD_OF_PATH.get(path);
      if (path === 'surname' || path === 'givenNames') {
        blocked = true;
      } else if (field) {
        const value = values.get(field) ?? getPath(guest, path);
        if (!problems.some((p) => 'field' in p && p.field === field))
          problems.push({ code: 'invalidValue', field, params: { value } });
        const fallback =
          path === 'arrival.date' ? visit.arrivalDate : path === 'departure.date' ? visit.departureDate : '';
        guest = setPath(guest, path, fallback);
        cleared = true;
      }
    }
    if (!cleared) {
      blocked = true;
      break;
    }
  }
  if (blocked && !problems.some((p) => 'blocking' in p))
    problems.push({ code: 'missingName', blocking: true });

  if (!blocked) {
    const check = checkVisaInvitation(guest, visit);
    const missing = check.missing.flatMap((path) => {
      const field = FIELD_OF_PATH.get(path);
      return field ? [field] : [];
    });
    if (missing.length > 0) problems.push({ code: 'letterFieldsMissing', params: { fields: missing } });
    const short = passportShortfall(guest, visit);
    if (short)
      problems.push({ code: 'passportExpiresSoon', params: { expiry: short.expiry, needed: short.needed } });
  }
  return { line, guest, problems, blocked };
}

/** The preview of every row of the sheet as the mapping reads it. */
export function buildPreview(
  sheet: ImportSheet,
  mapping: ImportMapping,
  context: PreviewContext,
): ImportPreview {
  const dates = dateOrderOf(sheet, mapping, context.dateOrder);
  const index = context.guests?.of(context.visits) ?? new GuestIndex(context.visits);
  const seenPassports = new Map<string, number>();
  const surnameColumns = new Set(sheet.headers.flatMap((h, column) => (namesSurname(h) ? [column] : [])));
  const rows: ImportRowPreview[] = sheet.rows.map(({ line, cells }) => {
    const row = buildRow(line, cells, mapping, context, dates.order, surnameColumns);
    const passport = compactIdentifier(row.guest.passport.number);
    const first = passport ? seenPassports.get(passport) : undefined;
    if (first !== undefined) row.problems.push({ code: 'repeatedInFile', params: { line: first } });
    else if (passport) seenPassports.set(passport, line);
    return { ...row, duplicates: row.blocked ? [] : index.find(row.guest, context.visit.id) };
  });
  const unknownCountries = new Set<string>();
  for (const row of rows) {
    for (const p of row.problems)
      if (p.code === 'unknownCountry' && unknownCountries.size < 50) unknownCountries.add(p.params.value);
  }
  return { rows, dates, unknownCountries: [...unknownCountries] };
}
