import { addDays } from '../../../shared/dates';

/** Nights between two calendar dates, counted as dates (never as instants, which would shift in Baku). */
export function nightCount(checkIn: string, checkOut: string): number {
  let count = 0;
  for (let d = checkIn; d < checkOut && count < 10_000; d = addDays(d, 1)) count++;
  return count;
}
