import { toIsoDate, type IsoDate } from './calendar-dates';

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
