import { z } from 'zod';
import { guestInputSchema, type Guest, type GuestData } from './domain';
import { foldForSearch } from './fold';
import { fieldError } from './validation';
import {
  IMPORT_MAX_ROWS,
  IMPORT_MAX_COLUMNS,
  IMPORT_CELL_MAX,
  IMPORT_FIELDS,
  IMPORT_ACTIONS,
  type ImportField,
  type DateOrder,
} from './guest-import-constants';

export * from './guest-import-constants';

/**
 * Reading a partner's guest list (a spreadsheet) into a visit: what the UI and the core say to each
 * other about it. The file is read in the core (`src/core/guest-import`); the UI shows the mapping
 * and the preview and sends back the rows the officer chose.
 */

const cell = z.string().max(IMPORT_CELL_MAX);
const targetSchema = z.union([z.literal(''), z.enum(IMPORT_FIELDS)], fieldError('invalidChoice'));

/** The sheet as read: a header row and the rows below it, every cell as text. */
export const importSheetSchema = z.strictObject({
  headers: z.array(cell).min(1).max(IMPORT_MAX_COLUMNS),
  /** Each row with its line in the file (as the spreadsheet numbers it), for the officer to find it. */
  rows: z
    .array(
      z.strictObject({
        line: z.number().int().min(1).max(10_000_000),
        cells: z.array(cell).max(IMPORT_MAX_COLUMNS),
      }),
    )
    .max(IMPORT_MAX_ROWS),
});
export type ImportSheet = z.infer<typeof importSheetSchema>;

export interface ReadSheet extends ImportSheet {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** For CSV: the text encoding it was read in and the separator found. */
  encoding?: 'utf-8' | 'utf-16' | 'windows-1251' | 'windows-1254';
  separator?: string;
  /** The sheet read, when the workbook has several. */
  sheetName?: string;
}

/** One target per column of the sheet, in the sheet's order. */
export const importMappingSchema = z.array(targetSchema).max(IMPORT_MAX_COLUMNS);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export interface ReadResult {
  sheet: ReadSheet;
  mapping: ImportMapping;
  /** Columns whose target was remembered from an earlier import from this partner. */
  remembered: boolean[];
}

/** Something to know about a row before importing it. `blocking` ones keep the row out of the import. */
export type ImportProblem =
  | { code: 'missingName'; blocking: true }
  | { code: 'nameNotLatin'; blocking: true; params: { value: string } }
  | { code: 'invalidDate'; field: ImportField; params: { value: string } }
  | {
      code: 'ambiguousDate';
      field: ImportField;
      params: { value: string; dayFirst: string; monthFirst: string };
    }
  | { code: 'unknownCountry'; field: ImportField; params: { value: string } }
  | { code: 'unknownValue'; field: ImportField; params: { value: string } }
  | { code: 'invalidValue'; field: ImportField; params: { value: string } }
  | { code: 'outsideVisit'; field: ImportField; params: { value: string; from: string; to: string } }
  | { code: 'nameSplit'; params: { value: string } }
  | { code: 'letterFieldsMissing'; params: { fields: string[] } }
  | { code: 'passportExpiresSoon'; params: { expiry: string; needed: string } }
  | { code: 'repeatedInFile'; params: { line: number } };

/** A guest already in Qonaq that a row seems to be: on this visit, or on an earlier one. */
export interface ImportDuplicate {
  visitId: string;
  visitTitle: string;
  arrivalDate: string;
  guestId: string;
  name: string;
  passportNumber: string;
  /** `passport`: the same passport number; `name`: the same name, across Latin and Cyrillic spellings. */
  reason: 'passport' | 'name';
  sameVisit: boolean;
}

export interface ImportRowPreview {
  line: number;
  /** What will be stored when the row is added as it is. */
  guest: GuestData;
  problems: ImportProblem[];
  /** True when a problem keeps the row out (no passport name in Latin letters). */
  blocked: boolean;
  duplicates: ImportDuplicate[];
}

export interface ImportPreview {
  rows: ImportRowPreview[];
  /** Country names in the file that Qonaq could not match, as written (at most 50): the officer may say which they are. */
  unknownCountries: string[];
  dates: {
    /** The order slash dates are read in: the officer's answer, or what the file itself shows. */
    order: DateOrder | null;
    /** Slash dates that read as two different days; while there are some and no order, the officer is asked. */
    ambiguous: number;
    /** One of them, as written, to ask about. */
    example: string;
    /** Both orders appear in the file (13/02 and 02/13): the officer must say which is right. */
    mixed: boolean;
  };
}

/**
 * A row the officer chose to import: `add` it as it is, or `update` the guest it duplicates (on this
 * visit: that guest takes the row's filled-in values; on an earlier visit: the guest is added to this
 * one with their earlier details completed by the row's).
 */
export const importRowSchema = z.strictObject({
  line: z.number().int().min(1).max(10_000_000),
  action: z.enum(IMPORT_ACTIONS, fieldError('invalidChoice')),
  guest: guestInputSchema,
  target: z.strictObject({ visitId: z.string().max(64), guestId: z.string().max(64) }).optional(),
});
export type ImportRowInput = z.input<typeof importRowSchema>;

/** Countries the officer named for values of the file that Qonaq did not know: value as written -> ISO code. */
export const countryAnswersSchema = z
  .record(z.string().max(IMPORT_CELL_MAX), z.string().regex(/^[A-Z]{2}$/, fieldError('invalidChoice')))
  .refine((answers) => Object.keys(answers).length <= 200, fieldError('tooLong'));
export type CountryAnswers = z.infer<typeof countryAnswersSchema>;

/** What was changed, so that the import can be taken back as one change. */
export interface ImportUndo {
  addedIds: string[];
  /** Guests of the visit as they were before the import updated them. */
  previous: Guest[];
}

/** The undo of an import, as the UI sends it back. */
export const importUndoSchema = z.strictObject({
  addedIds: z.array(z.string().max(64)).max(IMPORT_MAX_ROWS),
  previous: z
    .array(z.object({ ...guestInputSchema.shape, id: z.string().min(1).max(64) }))
    .max(IMPORT_MAX_ROWS),
});

export interface ImportOutcome {
  added: number;
  updated: number;
  undo: ImportUndo;
  /** False when the mapping could not be remembered for the partner (the import itself is saved). */
  mappingRemembered: boolean;
}

/** How the columns of a partner's files map, by header text (folded, see `headerKey`). */
export const rememberedMappingSchema = z.object({
  partner: z.string().max(200),
  columns: z
    .record(z.string().max(200), targetSchema)
    .refine((columns) => Object.keys(columns).length <= 200),
  updatedAt: z.string().max(40),
});
export type RememberedMapping = z.infer<typeof rememberedMappingSchema>;

/** Per partner, by the partner's name folded (see `partnerKey`). */
export const rememberedMappingsSchema = z
  .record(z.string().max(200), rememberedMappingSchema)
  .refine((all) => Object.keys(all).length <= 1000);

/** Header texts and partner names compared without case, accents, punctuation or extra spaces. */
export function foldKey(text: string): string {
  return foldForSearch(text)
    .replace(/ə/g, 'e')
    .replace(/№/g, ' no ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

export const partnerKey = foldKey;
export const headerKey = foldKey;
