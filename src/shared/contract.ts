import { z } from 'zod';
import {
  guestInputSchema,
  isoDate,
  travelLegSchema,
  VISIT_STATUSES,
  visitInputSchema,
  type Visit,
  type VisitStatus,
} from './domain';
import { CSV_SEPARATORS } from './csv';
import { LANGUAGES, type Language } from './languages';
import { TEXT_OWNERS, type MissingText } from './texts';
import type { ErrorParams, Result } from './errors';
import { fieldError } from './validation';
import { idSchema, method, none } from './contract-method';
import { partnerMethods, renewalDaysSchema } from './partners-contract';
import { reportMethods } from './reports';
import { visitReportMethods } from './visit-report';
import { institutionSchema, type Institution } from './institution';
import { TEMPLATE_MAX_BASE64, templateFileNameSchema } from './letterhead-template';
import { hotelInputSchema, stayInputSchema, type Accommodation, type Hotel } from './accommodation';
import {
  ISSUE_MANY_MAX,
  VOID_REASON_MAX,
  LETTER_KINDS,
  letterRequestSchema,
  type IssuedLetter,
  type LetterFile,
  type RegisterEntry,
} from './letters';
import {
  calendarQuerySchema,
  DIRECTIONS,
  programmeItemInputSchema,
  type CalendarRange,
  type Conflict,
  type DaySchedule,
  type Transfer,
} from './planning';
import type { ExportedFile, VisitProgramme } from './print';
import { ITINERARY_CHUNK, type GuestItinerary, type ItineraryFile } from './itinerary';
import type { RunSheet } from './run-sheet';
import type { BriefingCard } from './briefing';
import { calendarExportSchema } from './calendar-export';
import {
  countryAnswersSchema,
  DATE_ORDERS,
  IMPORT_MAX_BASE64,
  importMappingSchema,
  importRowSchema,
  importSheetSchema,
  importUndoSchema,
  IMPORT_MAX_ROWS,
  type ImportOutcome,
  type ImportPreview,
  type ReadResult,
} from './guest-import';

/**
 * The one list of what the UI may ask of the core. IPC channels, the preload bridge, the browser
 * host's routes and the renderer's client are all derived from it; nothing else names a method.
 */

export { idSchema, type MethodSpec } from './contract-method';

export interface VisitSummary {
  id: string;
  title: string;
  partnerName: string;
  partnerCountry: string;
  status: VisitStatus;
  arrivalDate: string;
  departureDate: string;
  colour: string;
  guestCount: number;
  headName: string;
  updatedAt: string;
}

export interface Warning {
  code: 'passportExpiresSoon';
  guestId: string;
  params: ErrorParams;
}

export interface VisitDetail {
  visit: Visit;
  warnings: Warning[];
  /** Problems with the visit's stays and who sleeps where each night; see `accommodation-checks`. */
  accommodation: Accommodation;
  /**
   * Transfers derived from the guests' journeys. The conflicts of this visit's entries with any visit
   * are asked for apart (`visits.conflicts`): they are worked out over every visit around its dates.
   */
  planning: { transfers: Transfer[] };
}

/** Values used before, offered again as the officer types: most used first. */
export interface PlanningSuggestions {
  hosts: string[];
  venues: string[];
  staff: string[];
  vehicles: string[];
  drivers: string[];
  escorts: string[];
  places: string[];
}

export interface Settings {
  uiLanguage: Language;
  /** Days ahead an ending agreement is shown on Today and its partner's page; absent: `RENEWAL_DAYS_DEFAULT`. */
  renewalDays?: number;
}

/** Something the store did on its own that the user must hear about. */
export interface Notice {
  code:
    | 'restoredFromSnapshot'
    | 'quarantinedNoSnapshot'
    | 'restoredBackup'
    | 'snapshotFailed'
    | 'registerRepaired'
    | 'registerRestored'
    | 'registerNumbersKept'
    | 'missingNoSnapshot'
    | 'notRepairedReadOnly';
  params: ErrorParams;
}

export interface AppStatus {
  version: string;
  /** `desktop`: files are saved through the shell's dialogs; `browser`: the page downloads them. */
  host: 'desktop' | 'browser';
  dataDir: string;
  notices: Notice[];
  /**
   * True while the core still reads the visits in the background after starting: the list is served,
   * other calls wait, and notices about damaged files may still come. Ask again until it is false.
   */
  loading: boolean;
  /** The data folder can be read but not written: everything can be looked at, printed and exported; every change is refused with `readOnly`. */
  readOnly: boolean;
  settings: Settings;
}

/** A `.qonaq` archive the system asked Qonaq to open (a double-click): shown, then imported only if the user says so. */
export interface OpenedArchive {
  name: string;
  path: string;
  base64: string;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: 'start' | 'manual' | 'periodic' | 'beforeRestore';
  visitCount: number;
}

/** Which backups are kept (see `core/store/snapshot-retention.ts`). */
export interface BackupPolicy {
  /** Every backup of this many last hours. */
  keepAllHours: number;
  /** The newest backup of each of this many last days; beyond them, the newest of each month. */
  dailyDays: number;
  /** The space backups may take, at least. */
  budgetBytes: number;
  /** ... or this many times the size of the data, when that is more. */
  budgetDataMultiple: number;
}

export interface BackupSpace {
  policy: BackupPolicy;
  /** What the backups take on disk now, a file shared by several counted once. */
  usedBytes: number;
  /** The budget in force for the data as it is now. */
  budgetBytes: number;
}

export const visitQuerySchema = z.strictObject({
  text: z.string().max(200, { error: 'tooLong' }).default(''),
  statuses: z
    .array(z.enum(VISIT_STATUSES, { error: 'invalidChoice' }))
    .max(10)
    .default([]),
  from: z.union([z.literal(''), isoDate]).default(''),
  to: z.union([z.literal(''), isoDate]).default(''),
  country: z.string().max(2).default(''),
  /** At most this many visits, the first in list order: a page can ask for its first rows only. */
  limit: z.number().int().positive().optional(),
});
export type VisitQuery = z.input<typeof visitQuerySchema>;

export const registerQuerySchema = z.strictObject({
  text: z.string().max(200, fieldError('tooLong')).default(''),
  kind: z.union([z.literal(''), z.enum(LETTER_KINDS)], fieldError('invalidChoice')).default(''),
  language: z.union([z.literal(''), z.enum(LANGUAGES)], fieldError('invalidChoice')).default(''),
  year: z.number().int().min(1900).max(2200).optional(),
  visitId: z.union([z.literal(''), idSchema]).default(''),
});
export type RegisterQuery = z.input<typeof registerQuerySchema>;

/** What stands between a guest and a letter: fields to fill (refusal) and warnings. */
export interface LetterCheck {
  missing: string[];
  warnings: LetterFile['warnings'];
  /** Texts the letter would print that are not written in the language asked about (if one was). */
  missingTexts: MissingText[];
}

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

export const contract = {
  'app.status': method<AppStatus>()(none),
  /** The archive the system asked Qonaq to open since the page last asked, once; the page asks at start and on focus. */
  'app.openedFile': method<{ archive: OpenedArchive | null }>()(none),
  'settings.update': method<Settings>()(
    z
      .strictObject({
        uiLanguage: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
        renewalDays: renewalDaysSchema.optional(),
      })
      // Either or both; an update of nothing is a caller's mistake.
      .refine((s) => s.uiLanguage !== undefined || s.renewalDays !== undefined, {
        path: ['uiLanguage'],
        message: 'required',
      }),
  ),
  'visits.list': method<VisitSummary[]>()(visitQuerySchema),
  'visits.get': method<VisitDetail>()(z.strictObject({ id: idSchema })),
  /** What clashes with this visit's entries, in it or in any other visit, over its whole stay. */
  'visits.conflicts': method<Conflict[]>()(z.strictObject({ id: idSchema })),
  'visits.create': method<VisitDetail>()(z.strictObject({ visit: visitInputSchema })),
  'visits.update': method<VisitDetail>()(z.strictObject({ id: idSchema, visit: visitInputSchema })),
  'visits.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  'visits.restore': method<VisitDetail>()(z.strictObject({ id: idSchema })),
  'visits.loadSample': method<VisitDetail>()(
    z.strictObject({ language: z.enum(LANGUAGES, fieldError('invalidChoice')) }),
  ),
  'guests.add': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      guest: guestInputSchema,
      index: z.number().int().min(0).max(10_000).optional(),
    }),
  ),
  'guests.update': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, guestId: idSchema, guest: guestInputSchema }),
  ),
  'guests.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, guestId: idSchema })),
  'guests.reorder': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, guestIds: z.array(idSchema).max(10_000) }),
  ),
  'backups.list': method<BackupInfo[]>()(none),
  /** Reads a partner's guest list (.xlsx or .csv) and proposes which column fills which field. */
  'guestImport.read': method<ReadResult>()(
    z.strictObject({
      visitId: idSchema,
      fileName: z.string(fieldError('invalid')).max(300, fieldError('tooLong')),
      base64: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(IMPORT_MAX_BASE64, fieldError('tooLong')),
    }),
  ),
  /** What each row would become, its problems and the guests already known that it may be. Saves nothing. */
  'guestImport.preview': method<ImportPreview>()(
    z.strictObject({
      visitId: idSchema,
      sheet: importSheetSchema,
      mapping: importMappingSchema,
      dateOrder: z.enum(DATE_ORDERS, fieldError('invalidChoice')).nullable().default(null),
      countries: countryAnswersSchema.default({}),
    }),
  ),
  /** Adds and updates the chosen rows as one change; remembers the mapping for the visit's partner. */
  'guestImport.commit': method<{ detail: VisitDetail; outcome: ImportOutcome }>()(
    z.strictObject({
      visitId: idSchema,
      rows: z.array(importRowSchema).min(1, fieldError('required')).max(IMPORT_MAX_ROWS),
      remember: z
        .strictObject({ headers: importSheetSchema.shape.headers, mapping: importMappingSchema })
        .optional(),
    }),
  ),
  /** Takes an import back as one change (see `ImportOutcome.undo`). */
  'guestImport.undo': method<VisitDetail>()(z.strictObject({ visitId: idSchema, undo: importUndoSchema })),
  'backups.space': method<BackupSpace>()(none),
  'backups.create': method<BackupInfo>()(none),
  'backups.restore': method<BackupInfo>()(z.strictObject({ id: idSchema })),
  /** All data as one file, for moving to another laptop. */
  'backups.exportArchive': method<{ fileName: string; base64: string }>()(none),
  'backups.importArchive': method<{ visitCount: number }>()(
    z.strictObject({
      base64: z
        .string()
        .min(1)
        .max(300 * 1024 * 1024),
    }),
  ),
  'institution.get': method<{ institution: Institution | null }>()(none),
  'institution.update': method<{ institution: Institution }>()(
    z.strictObject({ institution: institutionSchema }),
  ),
  'letters.check': method<LetterCheck>()(
    z.strictObject({
      visitId: idSchema,
      guestId: idSchema,
      kind: z.enum(LETTER_KINDS, fieldError('invalidChoice')),
      language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
    }),
  ),
  /** Saves texts in a document's language that a letter or printout lacked; empty values remove them. */
  'texts.translate': method<{ saved: number }>()(
    z.strictObject({ texts: z.array(translationInputSchema).min(1).max(500) }),
  ),
  'letters.preview': method<LetterFile>()(z.strictObject({ request: letterRequestSchema })),
  'letters.issue': method<LetterFile & { entry: RegisterEntry }>()(
    z.strictObject({ request: letterRequestSchema, reissueOf: idSchema.optional() }),
  ),
  /**
   * Several letters at once (a bulk issue): all checked first, those that pass numbered in one write
   * of the register, in the order asked, then built. The answer has one result per request, in order:
   * a refused one (a missing field, a guest gone) takes no number and says why.
   */
  'letters.issueMany': method<Result<IssuedLetter>[]>()(
    z.strictObject({ requests: z.array(letterRequestSchema).min(1).max(ISSUE_MANY_MAX) }),
  ),
  'letters.register': method<RegisterEntry[]>()(registerQuerySchema),
  /**
   * An issued letter's file as it was handed out (a revision of it; the latest by default).
   * `notFound` for a letter issued before files were kept: the UI offers to re-issue it instead.
   */
  'letters.file': method<{ fileName: string; base64: string }>()(
    z.strictObject({ entryId: idSchema, revision: z.number().int().min(1).max(10_000).optional() }),
  ),
  /** Voids a number with a reason: the letter is withdrawn, the number stays taken, never given again. */
  'letters.void': method<RegisterEntry>()(
    z.strictObject({
      entryId: idSchema,
      reason: z
        .string(fieldError('required'))
        .trim()
        .min(1, fieldError('required'))
        .max(VOID_REASON_MAX, fieldError('tooLong')),
    }),
  ),
  /** Takes a void back (recorded as an event of its own; the void stays in the log). */
  'letters.unvoid': method<RegisterEntry>()(z.strictObject({ entryId: idSchema })),
  /**
   * What a letter for this guest starts from, in each language: the accommodation of the stays
   * booked for them (hotel name and address in that language, and the dates); '' where none is.
   */
  'letters.defaults': method<{ accommodation: Record<Language, string> }>()(
    z.strictObject({ visitId: idSchema, guestId: idSchema }),
  ),
  /** The register as CSV, columns split by the officer's `separator` (else the one the UI language expects). */
  'letters.registerCsv': method<{ fileName: string; base64: string }>()(
    registerQuerySchema.extend({ separator: z.enum(CSV_SEPARATORS, fieldError('invalidChoice')).optional() }),
  ),
  /** Desktop only: asks the user for a folder and writes the files there. */
  'files.save': method<{ folder: string; written: string[] } | { cancelled: true }>()(
    z.strictObject({ files: z.array(outgoingFileSchema).min(1).max(1000) }),
  ),
  'hotels.list': method<Hotel[]>()(none),
  /** Creates a hotel without `id`, replaces the one with it. */
  'hotels.save': method<Hotel>()(z.strictObject({ id: idSchema.optional(), hotel: hotelInputSchema })),
  /** Refused (`hotelInUse`) while a stay of any visit is in the hotel. */
  'hotels.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  /** Adds a stay without `stay.id`, replaces the one with it. */
  'stays.save': method<VisitDetail>()(z.strictObject({ visitId: idSchema, stay: stayInputSchema })),
  'stays.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, stayId: idSchema })),
  /**
   * Sets the office's own .docx letterhead (refused with `templateInvalid` and a `reason`); letters are
   * then filled into it. `institution.update` keeps it as it is, so the Settings form never sends it.
   */
  'institution.setTemplate': method<{ institution: Institution }>()(
    z.strictObject({
      fileName: templateFileNameSchema,
      base64: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(TEMPLATE_MAX_BASE64 + 4, fieldError('tooLong')),
    }),
  ),
  'institution.clearTemplate': method<{ institution: Institution }>()(none),
  /** Sets the arrival or departure journey (and pickup) of guests travelling together. */
  'travel.save': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      direction: z.enum(DIRECTIONS, fieldError('invalidChoice')),
      guestIds: z.array(idSchema).min(1, fieldError('required')).max(500),
      leg: travelLegSchema,
    }),
  ),
  /** Adds an item without `item.id`; replaces the one with it, or puts a removed one back. */
  'programme.save': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, item: programmeItemInputSchema }),
  ),
  'programme.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, itemId: idSchema })),
  /** How many rooms a hotel holds for the visit; null clears it. */
  'roomBlocks.save': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      hotelId: idSchema,
      rooms: z
        .number(fieldError('invalid'))
        .int(fieldError('invalid'))
        .min(1, fieldError('invalid'))
        .max(1000, fieldError('invalid'))
        .nullable(),
    }),
  ),
  /** Everything on the calendar between `from` and `to` (exclusive, at most 62 days), with its conflicts. */
  'calendar.range': method<CalendarRange>()(calendarQuerySchema),
  /** One day across all visits: arrivals, departures, the programme hour by hour, hotel moves, conflicts. */
  'planning.day': method<DaySchedule>()(
    z.strictObject({ date: isoDate, language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional() }),
  ),
  'planning.suggestions': method<PlanningSuggestions>()(none),
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
  ...partnerMethods,
  ...reportMethods,
  ...visitReportMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** The whole API as functions: what the core implements and what the renderer calls. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };
/** The core's side: it receives inputs already parsed by the contract. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> };

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** The IPC channel of a method or event: derived here, named nowhere else. */
export const ipcChannel = (name: MethodName): string => `qonaq:${name}`;

/** What the preload exposes to the page as `window.qonaq`: one function per method, answering a Result. */
export type Bridge = { [M in MethodName]: (input: unknown) => Promise<Result<MethodOutput<M>>> };
