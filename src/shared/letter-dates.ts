import type { Language } from './languages';
import { calendarParts, type DateParts, type IsoDate } from './calendar-dates';
import { monthAfterDay } from './date-words';

/** Dates as official letters print them, with the Azerbaijani ordinal year; see `formatLetterDateRange`. */

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
  return `${day}${NBSP}${monthAfterDay(language, month)}`;
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
