import { dateOfDayNumber, dayNumber, type IsoDate } from './calendar-dates';

/**
 * Baku date and time as minutes counted from a fixed date: how the programme compares times, never
 * as instants.
 */

/** Minutes from a fixed date to a Baku date and time; the difference of two is a duration. */
export function minutesOf(date: IsoDate, time: string): number {
  return daysOf(date) * 1440 + Number(time.slice(0, 2) || 0) * 60 + Number(time.slice(3, 5) || 0);
}

// Conflict checks turn the same few hundred dates into numbers over and over: remember them.
const DAY_NUMBERS = new Map<string, number>();

/** Days counted as `dayNumber` counts them; the day before 1900-01-01 or after 2200-12-31 counts too. */
function daysOf(date: IsoDate): number {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  const days = dayNumber(date);
  if (DAY_NUMBERS.size > 20_000) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(date, days);
  return days;
}

/** The Baku date and time `minutes` after the fixed date; inverse of `minutesOf`. */
export function fromMinutes(minutes: number): { date: IsoDate; time: string } {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return {
    date: dateOfDayNumber(day),
    time: `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`,
  };
}
