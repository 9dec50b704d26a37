import type { Language } from './languages';

/**
 * Calendar dates are `YYYY-MM-DD` strings and times `HH:mm`, both local to Baku (UTC+4, no DST).
 * They are never turned into instants, so a date cannot shift a day between time zones.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/**
 * The dates Qonaq accepts anywhere a date is entered or stored: a date of birth of 1900 and a plan
 * made to 2200 both fit; nothing outside can be typed, imported or printed.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const MIN_DATE: IsoDate = `${MIN_YEAR}-01-01`;
export const MAX_DATE: IsoDate = `${MAX_YEAR}-12-31`;

/** Midnight UTC of a date; `setUTCFullYear` keeps years below 100 from being read as 19xx. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

/**
 * The parts of any real calendar date `YYYY-MM-DD` (years 0001-9999), or null. For arithmetic only:
 * a day before `MIN_DATE` or after `MAX_DATE` is what a schedule's window or a passport's required
 * validity may reach from a date at the edge, and it must count as well as any other.
 */
function calendarParts(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The parts of a date Qonaq accepts: a real calendar date from `MIN_DATE` to `MAX_DATE`, or null for
 * anything else (2026-02-30 and 1899-12-31 included).
 */
export function parseIsoDate(value: string): DateParts | null {
  const parts = calendarParts(value);
  return parts && parts.year >= MIN_YEAR && parts.year <= MAX_YEAR ? parts : null;
}

/**
 * Days from 1970-01-01 to a real calendar date, any year (see `calendarParts`): a day before
 * `MIN_DATE` or after `MAX_DATE` counts too. Throws for anything that is not a date.
 */
export function dayNumber(date: IsoDate): number {
  const parts = calendarParts(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  return utcDate(parts.year, parts.month, parts.day).getTime() / 86_400_000;
}

/** The date `days` after 1970-01-01; inverse of `dayNumber`. */
export function dateOfDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whether `value` is any real calendar date, inside the accepted range or not; for looking around a date. */
export function isCalendarDate(value: string): boolean {
  return calendarParts(value) !== null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parts = calendarParts(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIsoDate({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/** Adds calendar days; a date at the edge of the accepted range has neighbours beyond it (see `calendarParts`). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Baku is UTC+4 all year (no summer time): the one place its offset is written. */
const BAKU_OFFSET_MS = 4 * 60 * 60 * 1000;

/** The instant shifted so that its UTC fields read Baku's wall clock, whatever the machine's time zone. */
export function onBakuClock(instant: Date): Date {
  return new Date(instant.getTime() + BAKU_OFFSET_MS);
}

/** `hh:mm` on Baku's wall clock at `instant`. */
export function bakuTime(instant: Date): string {
  return onBakuClock(instant).toISOString().slice(11, 16);
}

/** Today's date in Baku, whatever the machine's time zone. */
export function todayInBaku(now: Date = new Date()): IsoDate {
  const baku = onBakuClock(now);
  return toIsoDate({ year: baku.getUTCFullYear(), month: baku.getUTCMonth() + 1, day: baku.getUTCDate() });
}

/** Day of the week, 0 = Monday ... 6 = Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

// Carried here rather than taken from Intl: Chromium builds without Azerbaijani locale data print "M11".
// prettier-ignore
const MONTHS: Record<Language, readonly string[]> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

/** Russian months in the genitive, as a date is written ("24 ноября"). */
// prettier-ignore
const RU_MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;

const WEEKDAYS: Record<Language, readonly string[]> = {
  az: ['bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə', 'bazar'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};

const WEEKDAYS_SHORT: Record<Language, readonly string[]> = {
  az: ['B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.', 'B.'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
};

export function monthName(language: Language, month: number): string {
  return MONTHS[language][month - 1] ?? '';
}

export function weekdayName(language: Language, date: IsoDate, short = false): string {
  return (short ? WEEKDAYS_SHORT : WEEKDAYS)[language][weekday(date)] ?? '';
}

/** `24.11.2026`: the numeric form used in all three languages at this office. */
export function formatDateNumeric(date: IsoDate): string {
  const parts = calendarParts(date);
  if (!parts) return date;
  return `${String(parts.day).padStart(2, '0')}.${String(parts.month).padStart(2, '0')}.${parts.year}`;
}

/** A date as read in running text: `24 noyabr 2026`, `24 November 2026`, `24 ноября 2026`. */
export function formatDateLong(language: Language, date: IsoDate): string {
  const parts = calendarParts(date);
  if (!parts) return date;
  const month = language === 'ru' ? RU_MONTHS_GENITIVE[parts.month - 1] : monthName(language, parts.month);
  return `${parts.day} ${month} ${parts.year}`;
}

/** A date range as one phrase, shortened where month or year repeat: `12–15 May 2026`. */
export function formatDateRange(language: Language, from: IsoDate, to: IsoDate): string {
  const a = calendarParts(from);
  const b = calendarParts(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from === to) return formatDateLong(language, from);
  if (a.year === b.year && a.month === b.month) {
    return `${a.day}–${formatDateLong(language, to)}`;
  }
  if (a.year === b.year) {
    const head = formatDateLong(language, from).replace(/ \d{4}$/, '');
    return `${head} – ${formatDateLong(language, to)}`;
  }
  return `${formatDateLong(language, from)} – ${formatDateLong(language, to)}`;
}

/** Month and year as a heading: `noyabr 2026`, `November 2026`, `ноябрь 2026`. */
export function formatMonthYear(language: Language, year: number, month: number): string {
  return `${monthName(language, month)} ${year}`;
}

const AZ_UNITS = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'] as const;
const AZ_TENS = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'] as const;

/**
 * The last word of a whole number as spoken in Azerbaijani (2026 -> "altı", 2030 -> "otuz", 2000 ->
 * "min", 2100 "iki min yüz" -> "yüz"): units, else tens, else hundreds, else thousands; any year a
 * letter can carry (1-9999) ends in one of these.
 */
export function azLastSpokenWord(n: number): string {
  if (n === 0) return 'sıfır';
  if (n % 10 !== 0) return AZ_UNITS[n % 10] ?? '';
  if (n % 100 !== 0) return AZ_TENS[Math.floor(n / 10) % 10] ?? '';
  if (n % 1000 !== 0) return 'yüz';
  return 'min';
}

/** The ordinal suffix written after digits, harmonised with the last vowel of the spoken number. */
export function azOrdinalSuffix(n: number): string {
  const vowels = [...azLastSpokenWord(n)].filter((c) => 'aıoueəiöü'.includes(c));
  const last = vowels[vowels.length - 1];
  switch (last) {
    case 'a':
    case 'ı':
      return 'cı';
    case 'o':
    case 'u':
      return 'cu';
    case 'ö':
    case 'ü':
      return 'cü';
    default:
      return 'ci';
  }
}

/** Inside a printed date: words never part at a line's end ("2027-" / "ci il" is a misread date). */
const NBSP = '\u00a0';
/** U+2011: a hyphen no line breaks at, for the Azerbaijani ordinal ("2027‑ci"). */
const NB_HYPHEN = '\u2011';

/** The year as a letter writes it after a date: `2026‑cı il`, `2026 г.` (or `2026 года` in running text). */
function letterYear(language: Language, year: number, running: boolean): string {
  if (language === 'az') return `${year}${NB_HYPHEN}${azOrdinalSuffix(year)}${NBSP}il`;
  if (language === 'ru') return `${year}${NBSP}${running ? 'года' : 'г.'}`;
  return String(year);
}

/** `24 noyabr` / `24 November` / `24 ноября`: a day with its month, as a date is written. */
function dayAndMonth(language: Language, { day, month }: DateParts): string {
  const name = language === 'ru' ? RU_MONTHS_GENITIVE[month - 1] : monthName(language, month);
  return `${day}${NBSP}${name ?? ''}`;
}

/**
 * A date as an official letter writes it: `24 noyabr 2026‑cı il`, `24 November 2026`, `24 ноября 2026 г.`
 * Its words are joined by no-break spaces and the Azerbaijani ordinal by a non-breaking hyphen.
 */
export function formatLetterDate(language: Language, date: IsoDate): string {
  const parts = calendarParts(date);
  if (!parts) return date;
  return `${dayAndMonth(language, parts)}${NBSP}${letterYear(language, parts.year, false)}`;
}

/**
 * How a letter prints a stay: `value` stands alone (a table cell), `during` is the adverbial phrase a
 * sentence takes ("... visit us from 15 to 20 March 2027"). Az `during` carries the locative ending
 * the phrase needs: `tarixində` for one day, `tarixlərində` for several.
 */
export type LetterRangeForm = 'value' | 'during';

/**
 * A date range as a letter writes it, with what repeats written once:
 *
 * | shape        | en (during)                              | ru (during)                                   | az (value)                                  |
 * |--------------|------------------------------------------|-----------------------------------------------|---------------------------------------------|
 * | one day      | on 15 March 2027                         | 15 марта 2027 года                            | 15 mart 2027‑ci il                          |
 * | one month    | from 15 to 20 March 2027                 | с 15 по 20 марта 2027 года                    | 15–20 mart 2027‑ci il                       |
 * | one year     | from 28 February to 3 March 2027         | с 28 февраля по 3 марта 2027 года             | 28 fevral – 3 mart 2027‑ci il               |
 * | across years | from 28 December 2026 to 3 January 2027  | с 28 декабря 2026 года по 3 января 2027 года  | 28 dekabr 2026‑cı il – 3 yanvar 2027‑ci il  |
 *
 * Each date holds together (no-break spaces; a preposition is bound to the number after it, as Russian
 * typesetting requires); a line may break only between the two dates: after "–", before "to"/"по".
 */
export function formatLetterDateRange(
  language: Language,
  from: IsoDate,
  to: IsoDate,
  form: LetterRangeForm = 'value',
): string {
  const a = calendarParts(from);
  const b = calendarParts(to);
  if (!a || !b) return `${from} – ${to}`;
  const running = form === 'during' && language === 'ru';
  const shape = from === to ? 'day' : a.year !== b.year ? 'years' : a.month !== b.month ? 'year' : 'month';
  const end = `${dayAndMonth(language, b)}${NBSP}${letterYear(language, b.year, running)}`;
  const start =
    shape === 'month'
      ? String(a.day)
      : shape === 'year'
        ? dayAndMonth(language, a)
        : `${dayAndMonth(language, a)}${NBSP}${letterYear(language, a.year, running)}`;
  if (shape === 'day') return RANGE_FORMS[language][form].day(end);
  return RANGE_FORMS[language][form][shape === 'month' ? 'compact' : 'spaced'](start, end);
}

type RangeTemplates = {
  day: (date: string) => string;
  /** `15–20 March 2027`: the days joined by a bare en dash. */
  compact: (start: string, end: string) => string;
  /** Two dates that differ in more than the day. */
  spaced: (start: string, end: string) => string;
};

// Kept in code beside the month names rather than in locales: a range is a date format, as a date is.
const RANGE_FORMS: Record<Language, Record<LetterRangeForm, RangeTemplates>> = {
  en: {
    value: {
      day: (d) => d,
      compact: (s, e) => `${s}–${e}`,
      spaced: (s, e) => `${s}${NBSP}– ${e}`,
    },
    during: {
      day: (d) => `on${NBSP}${d}`,
      compact: (s, e) => `from${NBSP}${s} to${NBSP}${e}`,
      spaced: (s, e) => `from${NBSP}${s} to${NBSP}${e}`,
    },
  },
  ru: {
    value: {
      day: (d) => d,
      compact: (s, e) => `${s}–${e}`,
      spaced: (s, e) => `${s}${NBSP}– ${e}`,
    },
    during: {
      day: (d) => d,
      compact: (s, e) => `с${NBSP}${s} по${NBSP}${e}`,
      spaced: (s, e) => `с${NBSP}${s} по${NBSP}${e}`,
    },
  },
  az: {
    value: {
      day: (d) => d,
      compact: (s, e) => `${s}–${e}`,
      spaced: (s, e) => `${s}${NBSP}– ${e}`,
    },
    during: {
      day: (d) => `${d} tarixində`,
      compact: (s, e) => `${s}–${e} tarixlərində`,
      spaced: (s, e) => `${s}${NBSP}– ${e} tarixlərində`,
    },
  },
};
