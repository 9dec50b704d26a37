import { dayNumber, isCalendarDate } from '../../../shared/dates';

/** Nights between two calendar dates, counted as dates (never as instants, which would shift in Baku). */
export function nightCount(checkIn: string, checkOut: string): number {
  if (!isCalendarDate(checkIn) || !isCalendarDate(checkOut)) return 0;
  return Math.max(0, dayNumber(checkOut) - dayNumber(checkIn));
}
