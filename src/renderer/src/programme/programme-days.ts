import { addDays } from '../../../shared/dates';
import type { Visit } from '../../../shared/domain';
import type { ProgrammeItem, Transfer } from '../../../shared/planning';

/** One line of the programme: an item the officer edits, or a transfer shown where it happens. */
export type ProgrammeLine =
  { kind: 'item'; at: string; item: ProgrammeItem } | { kind: 'transfer'; at: string; transfer: Transfer };

export interface ProgrammeDay {
  date: string;
  lines: ProgrammeLine[];
}

/**
 * Every day of the visit, each with its items and transfers by start time. A day outside the visit's
 * dates appears only if something still happens on it (the dates may have moved since it was planned).
 */
export function programmeDays(
  visit: Pick<Visit, 'arrivalDate' | 'departureDate' | 'programme'>,
  transfers: Transfer[],
): ProgrammeDay[] {
  const byDate = new Map<string, ProgrammeLine[]>();
  for (let d = visit.arrivalDate; d <= visit.departureDate; d = addDays(d, 1)) byDate.set(d, []);
  const put = (date: string, line: ProgrammeLine) => {
    const list = byDate.get(date) ?? [];
    list.push(line);
    byDate.set(date, list);
  };
  for (const item of visit.programme) put(item.startDate, { kind: 'item', at: item.startTime, item });
  // A journey without a time still belongs to its day; it sorts first, as the calendar shows it all day.
  for (const transfer of transfers) {
    if (transfer.startDate) put(transfer.startDate, { kind: 'transfer', at: transfer.startTime, transfer });
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, lines]) => ({ date, lines: lines.sort((a, b) => a.at.localeCompare(b.at)) }));
}
