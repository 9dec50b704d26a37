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
