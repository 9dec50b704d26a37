import { toIsoDate, type IsoDate } from './calendar-dates';

/** Baku is UTC+4 all year (no summer time): the one place its offset is written. */
const BAKU_OFFSET_HOURS = 4;
const BAKU_OFFSET_MS = BAKU_OFFSET_HOURS * 60 * 60 * 1000;

/** Baku's time zone as the IANA database and a calendar file's TZID name it. */
export const BAKU_TZID = 'Asia/Baku';

/** Baku's offset as RFC 5545 writes it in TZOFFSETFROM/TZOFFSETTO: `+0400`. */
export const BAKU_UTC_OFFSET = `+${String(BAKU_OFFSET_HOURS).padStart(2, '0')}00`;

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
