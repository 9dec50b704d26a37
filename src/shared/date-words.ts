import type { Language } from './languages';
import { calendarParts, weekday, type IsoDate } from './calendar-dates';

/** Month and weekday names, and dates as the screen and printed sheets show them (not letters: letter-dates.ts). */

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

/** The month as written after a day number: Russian takes the genitive ("24 ноября"), az and en the name. */
export function monthAfterDay(language: Language, month: number): string {
  return language === 'ru' ? (RU_MONTHS_GENITIVE[month - 1] ?? '') : monthName(language, month);
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
  return `${formatDayMonth(language, date)} ${parts.year}`;
}

/** A date without its year, where the year is said elsewhere: `24 noyabr`, `24 November`, `24 ноября`. */
export function formatDayMonth(language: Language, date: IsoDate): string {
  const parts = calendarParts(date);
  if (!parts) return date;
  return `${parts.day} ${monthAfterDay(language, parts.month)}`;
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
    return `${formatDayMonth(language, from)} – ${formatDateLong(language, to)}`;
  }
  return `${formatDateLong(language, from)} – ${formatDateLong(language, to)}`;
}

/** Month and year as a heading: `noyabr 2026`, `November 2026`, `ноябрь 2026`. */
export function formatMonthYear(language: Language, year: number, month: number): string {
  return `${monthName(language, month)} ${year}`;
}
