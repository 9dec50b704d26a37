import { contrastOn } from './contrast';
import type { EventInput } from '@fullcalendar/react';
import { addDays } from '../../../shared/dates';
import type { CalendarEntry } from '../../../shared/planning';
import type { EntryText } from './EntryContent';

/**
 * Calendar entries from the core as FullCalendar events. Times are written without an offset and the
 * calendar runs in UTC, so 14:00 in Baku stays 14:00 on screen whatever the computer's time zone.
 */

/** Transfer ids are unique only within their visit, so the event id carries the visit too. */
export const eventId = (entry: Pick<CalendarEntry, 'visitId' | 'id'>) => `${entry.visitId}:${entry.id}`;

/**
 * What an event carries besides its dates: the entry it draws and its words. The words are worked out
 * when the entry is first drawn, and once: a crowded hour shows a few entries and a "+N" for the rest.
 */
export interface EntryProps {
  entry: CalendarEntry;
  text: () => EntryText;
  /** 1 for the entry a link points at: it comes first in a crowded hour, never behind its "+N". */
  highlight: number;
}

/** The entry and words an event was made from by `toEvent`. */
export const entryPropsOf = (event: { extendedProps: Partial<EntryProps> }): Partial<EntryProps> =>
  event.extendedProps;

export function toEvent(
  entry: CalendarEntry,
  highlighted: string | undefined,
  text: () => EntryText,
): EventInput {
  const classes = [`qonaq-${entry.kind}`];
  const highlight = highlighted !== undefined && entry.id === highlighted;
  if (entry.conflict) classes.push('qonaq-conflict');
  if (highlight) classes.push('qonaq-highlight');
  const timing = entry.allDay
    ? { allDay: true, start: entry.startDate, end: addDays(entry.endDate, 1) }
    : {
        allDay: false,
        start: `${entry.startDate}T${entry.startTime}:00`,
        end: `${entry.endDate}T${entry.endTime}:00`,
      };
  return {
    id: eventId(entry),
    title: entry.title,
    ...timing,
    color: entry.colour,
    contrastColor: contrastOn(entry.colour),
    editable: entry.editable,
    class: classes.join(' '),
    extendedProps: { entry, text, highlight: highlight ? 1 : 0 } satisfies EntryProps,
  };
}
