import { z } from 'zod';
import type { BriefingCard } from './briefing';
import { calendarExportSchema } from './calendar-export';
import { idSchema, method } from './contract-method';
import { isoDate } from './domain';
import type { Result } from './errors';
import { ITINERARY_CHUNK, type GuestItinerary, type ItineraryFile } from './itinerary';
import { LANGUAGES } from './languages';
import type { ExportedFile, VisitProgramme } from './print';
import type { RunSheet } from './run-sheet';
import { TEXT_OWNERS, type MissingText } from './texts';
import { fieldError } from './validation';

/**
 * What the app prints and exports besides letters (programmes, day schedules, calendar files,
 * itineraries, run sheets, briefing cards), the texts they lack in their language, and saving files.
 */

/** A file handed to the shell to save; the name is made safe again where it is written. */
export const outgoingFileSchema = z.strictObject({
  name: z.string().min(1).max(200),
  base64: z.string().max(20 * 1024 * 1024),
});

/** One text given in a document's language, for a record that lacked it (see `MissingText`). */
export const translationInputSchema = z.strictObject({
  owner: z.enum(TEXT_OWNERS, fieldError('invalidChoice')),
  /** The visit of a guest or programme item. */
  visitId: idSchema.optional(),
  /** The record; `institution` for the verification contact. */
  id: idSchema,
  field: z.string(fieldError('invalid')).max(40, fieldError('tooLong')),
  language: z.enum(LANGUAGES, fieldError('invalidChoice')),
  value: z.string(fieldError('invalid')).trim().max(6100, fieldError('tooLong')),
});

export const documentMethods = {
  /** Saves texts in a document's language that a letter or printout lacked; empty values remove them. */
  'texts.translate': method<{ saved: number }>()(
    z.strictObject({ texts: z.array(translationInputSchema).min(1).max(500) }),
  ),
  /** Desktop only: asks the user for a folder and writes the files there. */
  'files.save': method<{ folder: string; written: string[] } | { cancelled: true }>()(
    z.strictObject({ files: z.array(outgoingFileSchema).min(1).max(1000) }),
  ),
  /** A visit's programme for its guests, day by day, in one language. */
  'print.programme': method<VisitProgramme>()(
    z.strictObject({ visitId: idSchema, language: z.enum(LANGUAGES, fieldError('invalidChoice')) }),
  ),
  /** The schedule of a day as a .docx to edit. */
  'print.dayDocx': method<ExportedFile>()(
    z.strictObject({
      date: isoDate,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')),
      landscape: z.boolean(fieldError('invalid')).default(false),
    }),
  ),
  /** A visit's programme for its guests as a .docx to edit. */
  'print.programmeDocx': method<ExportedFile>()(
    z.strictObject({
      visitId: idSchema,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')),
      landscape: z.boolean(fieldError('invalid')).default(false),
    }),
  ),
  /** What a calendar file (.ics) would hold: how many events, and the texts it lacks in its language. */
  'calendar.icsCheck': method<{ events: number; missingTexts: MissingText[] }>()(calendarExportSchema),
  /** A calendar file (.ics) of programme items; `textsMissing` while a text it prints lacks its language. */
  'calendar.ics': method<ExportedFile>()(calendarExportSchema),
  /** One guest's itinerary: their items, journeys, rooms and whom to call; in `language`, else the guest's letter language. */
  'itinerary.get': method<GuestItinerary>()(
    z.strictObject({
      visitId: idSchema,
      guestId: idSchema,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
    }),
  ),
  /** A guest's itinerary as .docx (A4 portrait) on the letterhead; `textsMissing` while a text it prints lacks its language. */
  'itinerary.docx': method<ItineraryFile>()(
    z.strictObject({
      visitId: idSchema,
      guestId: idSchema,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
    }),
  ),
  /** Several guests' itineraries, each in its guest's language: one result per guest, a refused one saying why. */
  'itinerary.bulk': method<Result<ItineraryFile>[]>()(
    z.strictObject({ visitId: idSchema, guestIds: z.array(idSchema).min(1).max(ITINERARY_CHUNK) }),
  ),
  /** A day's drives for the drivers: every pickup and drop-off by driver and car, in `language` (else the app's). */
  'runSheet.get': method<RunSheet>()(
    z.strictObject({ date: isoDate, language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional() }),
  ),
  /** The drivers' run sheet of a day as .docx, a page per driver. */
  'runSheet.docx': method<ExportedFile>()(
    z.strictObject({
      date: isoDate,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')),
      landscape: z.boolean(fieldError('invalid')).default(true),
    }),
  ),
  /** A host's briefing card for one programme item: who comes and their positions, the visit's purpose, the notes. */
  'briefing.get': method<BriefingCard>()(
    z.strictObject({
      visitId: idSchema,
      itemId: idSchema,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
    }),
  ),
  'briefing.docx': method<ExportedFile>()(
    z.strictObject({
      visitId: idSchema,
      itemId: idSchema,
      language: z.enum(LANGUAGES, fieldError('invalidChoice')),
    }),
  ),
  /** Desktop only: prints the page on screen (a print view) to PDF and saves it in a folder the user picks. */
  'print.savePdf': method<{ folder: string; written: string[] } | { cancelled: true }>()(
    z.strictObject({
      fileName: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(200, fieldError('tooLong')),
      landscape: z.boolean(fieldError('invalid')).default(false),
    }),
  ),
} as const;
