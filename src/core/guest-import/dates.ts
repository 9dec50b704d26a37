import { isIsoDate } from '../../shared/dates';
import type { DateOrder } from '../../shared/guest-import';

/**
 * Dates as partners write them in spreadsheets: 15.03.1975, 15-03-1975, 1975-03-15, 3/15/1975 or
 * 15/03/1975, "15 March 1975", "15 марта 1975", "15 mart 1975", "15-Mar-75". Dots and dashes are
 * always day first; slashes are month first in American files and day first elsewhere, so a slash
 * date whose day and month are both 12 or less is ambiguous until the file or the officer says which.
 */

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'ambiguous'; dayFirst: string; monthFirst: string }
  | { kind: 'invalid' };

/**
 * Two-digit years: a birth or issue date lies in the past (75 is 1975, 05 is 2005 if that is not
 * after this year); an expiry or travel date lies ahead (30 is 2030).
 */
export type Century = 'past' | 'future';

const MONTHS: Record<string, number> = {};
/** Month names compared in lower case, with the Turkish dotless ı as i (KASIM is kasım). */
const monthKey = (word: string) => word.toLowerCase().replace(/ı/g, 'i').replace(/\.$/, '');
const addMonths = (names: string) =>
  names.split(' ').forEach((name, i) => {
    for (const spelling of name.split('/')) MONTHS[monthKey(spelling)] = i + 1;
  });
// English, Russian (nominative and genitive), Azerbaijani and Turkish; short forms of each.
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr may jun jul aug sep/sept oct nov dec');
addMonths('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь');
addMonths('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
addMonths('янв фев мар апр май/мая июн июл авг сен/сент окт ноя дек');
addMonths('yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr');
addMonths('ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık');
addMonths('oca şub mar nis may haz tem ağu eyl eki kas ara');

function monthOf(word: string): number | null {
  return MONTHS[monthKey(word)] ?? null;
}

function fullYear(year: string, century: Century, today: string): number {
  const n = Number(year);
  if (year.length === 4) return n;
  const thisYear = Number(today.slice(0, 4));
  if (century === 'future') return 2000 + n;
  return 2000 + n <= thisYear ? 2000 + n : 1900 + n;
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year >= 1900 && year <= 2200 && isIsoDate(text) ? text : null;
}

const result = (value: string | null): DateReading =>
  value ? { kind: 'date', iso: value } : { kind: 'invalid' };

/** Reads one cell as a date. `order` settles slash dates that could be read either way. */
export function readDate(
  text: string,
  century: Century,
  today: string,
  order: DateOrder | null = null,
): DateReading {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };

  // Year first: 1975-03-15, 1975.03.15, 1975/03/15 (and an ISO date with a time after it).
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (m) return result(iso(Number(m[1]), Number(m[2]), Number(m[3])));

  // Day first with dots or dashes: 15.03.1975, 15-03-75.
  m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})\.?$/.exec(value);
  if (m) return result(iso(fullYear(m[3] ?? '', century, today), Number(m[2]), Number(m[1])));

  // Slashes: either order.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3] ?? '', century, today);
    const dayFirst = iso(year, b, a);
    const monthFirst = iso(year, a, b);
    if (order === 'dmy') return result(dayFirst);
    if (order === 'mdy') return result(monthFirst);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { kind: 'ambiguous', dayFirst, monthFirst };
    return result(dayFirst ?? monthFirst);
  }

  // A month by name: "15 March 1975", "15-Mar-75", "15 марта 1975 г.", "March 15, 1975".
  const words = value
    .replace(/(\d{4})-(ci|cı|cu|cü)(?=\s|$)/u, '$1')
    .replace(/\s*(г|г\.|il|ildə|year)\.?$/iu, '')
    .split(/[\s,./-]+/)
    .filter(Boolean);
  if (words.length === 3) {
    const [first = '', second = '', third = ''] = words;
    if (/^\d{1,2}$/.test(first) && /^(\d{2}|\d{4})$/.test(third)) {
      const month = monthOf(second);
      if (month) return result(iso(fullYear(third, century, today), month, Number(first)));
    }
    if (/^\d{1,2}$/.test(second) && /^(\d{2}|\d{4})$/.test(third)) {
      const month = monthOf(first);
      if (month) return result(iso(fullYear(third, century, today), month, Number(second)));
    }
  }
  return { kind: 'invalid' };
}

/**
 * What a file's own slash dates say of their order: one with a first number over 12 is day first
 * (25/03/1975), one with a second number over 12 month first (3/25/1975).
 */
export function orderShown(text: string): DateOrder | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}
