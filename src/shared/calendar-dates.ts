/**
 * Calendar dates are `YYYY-MM-DD` strings and times `HH:mm`, both on Baku's wall clock (baku-time.ts).
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
export function calendarParts(value: string): DateParts | null {
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

/** Day of the week, 0 = Monday ... 6 = Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}
