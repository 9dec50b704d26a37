import { z } from 'zod';
import { isoDate } from './domain';
import { LANGUAGES } from './languages';
import { fieldError as code, isPortableId } from './validation';

/**
 * What a calendar file (.ics) holds: a visit's whole programme, the items one guest attends, the items
 * one host receives at (in one visit, or in every visit), or one day across all visits. Every event is
 * a programme item and keeps one UID whichever file it came in, so importing the visit's file and then
 * a guest's updates the same events instead of adding them twice.
 */

const id = z.string(code('invalid')).refine(isPortableId, code('invalid'));
const language = z.enum(LANGUAGES, code('invalidChoice'));

export const CALENDAR_SCOPES = ['visit', 'guest', 'host', 'day'] as const;
export type CalendarScope = (typeof CALENDAR_SCOPES)[number];

export const calendarExportSchema = z.discriminatedUnion(
  'scope',
  [
    z.strictObject({ scope: z.literal('visit'), visitId: id, language }),
    z.strictObject({ scope: z.literal('guest'), visitId: id, guestId: id, language }),
    z.strictObject({
      scope: z.literal('host'),
      /** A host as typed on the items (`ProgrammeItem.hosts`); Qonaq has no directory of hosts. */
      host: z.string(code('required')).trim().min(1, code('required')).max(200, code('tooLong')),
      /** Only this visit's items; every visit's when left out. */
      visitId: id.optional(),
      language,
    }),
    z.strictObject({ scope: z.literal('day'), date: isoDate, language }),
  ],
  code('invalidChoice'),
);
export type CalendarExportRequest = z.input<typeof calendarExportSchema>;
export type CalendarExport = z.output<typeof calendarExportSchema>;

/** The UID of a programme item's event: the same in every file, for as long as the item exists. */
export function eventUid(visitId: string, itemId: string): string {
  return `${itemId}.${visitId}@qonaq`;
}

/**
 * The UID of a guest's arrival or departure: the same in every file for as long as the guest is on the
 * visit, whichever flight, time or car the journey changes to.
 */
export function journeyUid(visitId: string, guestId: string, direction: 'arrival' | 'departure'): string {
  return `${direction}.${guestId}.${visitId}@qonaq`;
}
