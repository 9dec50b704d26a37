import { minutesOf, type ScheduleRow } from '../../../shared/planning';

/** What is under way at `time` on `date`, and what starts next (everything starting at the next start time). */
export function nowAndNext(
  rows: readonly ScheduleRow[],
  date: string,
  time: string,
): { now: ScheduleRow[]; next: ScheduleRow[] } {
  const at = minutesOf(date, time);
  const start = (r: ScheduleRow) => minutesOf(r.startDate, r.startTime);
  const now = rows.filter((r) => start(r) <= at && minutesOf(r.endDate, r.endTime) > at);
  const upcoming = rows.filter((r) => start(r) > at);
  const first = upcoming[0];
  const next = first ? upcoming.filter((r) => start(r) === start(first)) : [];
  return { now, next };
}
