import { z } from 'zod';
import { idSchema, method } from './contract-method';
import {
  countryAnswersSchema,
  DATE_ORDERS,
  IMPORT_MAX_BASE64,
  IMPORT_MAX_ROWS,
  importMappingSchema,
  importRowSchema,
  importSheetSchema,
  importUndoSchema,
  type ImportOutcome,
  type ImportPreview,
  type ReadResult,
} from './guest-import';
import { fieldError } from './validation';
import type { VisitDetail } from './visits-contract';

/** A partner's guest list read from a spreadsheet, previewed row by row, added as one change and taken back as one. */

export const guestImportMethods = {
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
} as const;
