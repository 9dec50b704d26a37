import {
  addDays,
  addMonths,
  formatDateLong,
  formatDayMonth,
  formatDateRange,
  formatMonthYear,
  parseIsoDate,
  toIsoDate,
  weekday,
  weekdayName,
} from '../../../shared/dates';
import type { Language } from '../../../shared/languages';

/**
 * Every date and time the calendar prints, from Qonaq's own month and weekday names. FullCalendar
 * would otherwise ask Intl, and Chromium without Azerbaijani locale data prints "M11".
 * The calendar runs in UTC so that a Date's UTC fields are the Baku wall clock.
 */

export const VIEWS = ['timeGridDay', 'timeGridWeek', 'dayGridMonth', 'listWeek'] as const;
export type CalendarView = (typeof VIEWS)[number];
export const isCalendarView = (value: unknown): value is CalendarView =>
  (VIEWS as readonly unknown[]).includes(value);

/** The Baku date of a calendar Date (its UTC fields). */
export function isoDateOf(date: Date): string {
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The Baku `HH:mm` of a calendar Date. */
export function timeOf(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** A Date whose UTC fields are this Baku date and time, as the calendar's markers are. */
export function markerOf(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00Z`);
}

/**
 * The heading over the calendar for the dates it shows (`end` exclusive): the month for a month,
 * the span for a week, the full date with its weekday for a day.
 */
export function viewTitle(language: Language, view: CalendarView, start: string, end: string): string {
  if (view === 'dayGridMonth') {
    // A month view starts on the Monday before the 1st: its middle day is always in the month itself.
    const middle = parseIsoDate(addDays(start, 15));
    return middle ? formatMonthYear(language, middle.year, middle.month) : start;
  }
  if (view === 'timeGridDay') return dayTitle(language, start);
  return formatDateRange(language, start, addDays(end, -1));
}

/** `bazar ertəsi, 23 noyabr 2026`: lower case in az and ru, as each language writes it. */
export function dayTitle(language: Language, date: string): string {
  return `${weekdayName(language, date)}, ${formatDateLong(language, date)}`;
}

/** A column heading: the weekday, and in views of days (not the month grid) the day of the month. */
export function dayHeading(language: Language, view: string, date: string): { weekday: string; day: string } {
  const parts = parseIsoDate(date);
  if (view === 'dayGridMonth') return { weekday: weekdayName(language, date, true), day: '' };
  return { weekday: weekdayName(language, date), day: parts ? String(parts.day) : '' };
}

/** `14:00` or `14:00–15:30`. */
export function timeRange(start: string, end: string): string {
  return end && end !== start ? `${start}–${end}` : start;
}

/** The day number in a month cell; the first of a month also names it (`1 dekabr`). */
export function monthCellLabel(language: Language, date: string): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return parts.day === 1 ? formatDayMonth(language, date) : String(parts.day);
}

/** The dates a view shows (`to` exclusive), as FullCalendar gives them. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The ranges the "previous" and "next" buttons lead to from `range` in `view`, weeks starting on
 * Monday: a day or a week either side, or the six-week grid of the month before and after (a month
 * grid starts on the Monday on or before the 1st).
 */
export function adjacentRanges(view: CalendarView, range: DateRange): { prev: DateRange; next: DateRange } {
  if (view === 'dayGridMonth') {
    const middle = parseIsoDate(addDays(range.from, 15));
    if (!middle) return { prev: range, next: range };
    const first = toIsoDate({ ...middle, day: 1 });
    const grid = (month: string): DateRange => {
      const from = addDays(month, -weekday(month));
      return { from, to: addDays(from, 42) };
    };
    return { prev: grid(addMonths(first, -1)), next: grid(addMonths(first, 1)) };
  }
  const days = view === 'timeGridDay' ? 1 : 7;
  return {
    prev: { from: addDays(range.from, -days), to: addDays(range.to, -days) },
    next: { from: addDays(range.from, days), to: addDays(range.to, days) },
  };
}

/** The hours the day and week views open on when their days hold nothing earlier. */
export const DEFAULT_SCROLL_TIME = '07:00';

/**
 * Where a day or week view opens: the morning, or the hour of an earlier timed entry on the days
 * shown (`to` exclusive), so that a 03:30 arrival is on screen rather than above 07:00. Later
 * entries are already on screen from 07:00.
 * An entry that began on an earlier day is on screen from midnight.
 */
export function openingTime(
  entries: readonly { allDay: boolean; startDate: string; startTime: string; endDate: string }[],
  range: DateRange,
): string {
  let first: string | null = null;
  for (const e of entries) {
    if (e.allDay || e.endDate < range.from || e.startDate >= range.to) continue;
    const time = e.startDate < range.from ? '00:00' : e.startTime;
    if (time && (first === null || time < first)) first = time;
  }
  return first !== null && first < DEFAULT_SCROLL_TIME ? `${first.slice(0, 2)}:00` : DEFAULT_SCROLL_TIME;
}
