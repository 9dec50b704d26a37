import { z } from 'zod';
import { idSchema, method } from './contract-method';
import { CSV_SEPARATORS } from './csv';
import type { Result } from './errors';
import { LANGUAGES, type Language } from './languages';
import {
  ISSUE_MANY_MAX,
  LETTER_KINDS,
  letterRequestSchema,
  VOID_REASON_MAX,
  type IssuedLetter,
  type LetterFile,
  type RegisterEntry,
} from './letters';
import type { MissingText } from './texts';
import { fieldError } from './validation';

/** Letters: checked, previewed, issued under a register number, voided, and the register itself. */

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

export const letterMethods = {
  'letters.check': method<LetterCheck>()(
    z.strictObject({
      visitId: idSchema,
      guestId: idSchema,
      kind: z.enum(LETTER_KINDS, fieldError('invalidChoice')),
      language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
    }),
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
} as const;
