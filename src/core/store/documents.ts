import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { hotelSchema } from '../../shared/accommodation';
import { MAX_YEAR, MIN_YEAR } from '../../shared/dates';
import { errorCode } from '../../shared/error-code';
import {
  isoDate,
  MAX_REVISIONS,
  MAX_RUNNING_NUMBER,
  storedIdSchema,
  timestampSchema,
  visitSchema,
} from '../../shared/domain';
import { rememberedMappingsSchema } from '../../shared/guest-import';
import { institutionSchema } from '../../shared/institution';
import { LANGUAGES } from '../../shared/languages';
import { LETTER_KINDS, type RegisterEntry } from '../../shared/letters';
import { RENEWAL_DAYS_MAX } from '../../shared/partner-constants';
import { OFFICER_NAME_MAX } from '../../shared/settings-contract';
import { writeFileDurably, type DurableFs } from './durable-write';
import { migrate, NotADocumentError, SCHEMA_VERSION } from './migrations';

export const visitDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  visit: visitSchema,
});
export type VisitDoc = z.infer<typeof visitDocSchema>;

/**
 * Every number a register holds is bounded by what the app can print and count: a running number of
 * at most eight digits, a year within the dates Qonaq accepts, revisions as `letters.file` asks for
 * them. A register (or an archive) beyond them is refused on reading, never taken in to fail later.
 */
const runningNumber = z.number().int().positive().max(MAX_RUNNING_NUMBER);
const revisionNumber = z.number().int().positive().max(MAX_REVISIONS);
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

export const registerEntrySchema = z.object({
  /** Names the letter's files (`letters/2026/<id>-r1.docx`): a portable id, see `isPortableId`. */
  id: storedIdSchema,
  sequence: runningNumber,
  year,
  number: z.string().min(1),
  date: isoDate,
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LANGUAGES),
  visitId: z.string(),
  visitTitle: z.string(),
  guestId: z.string(),
  guestName: z.string(),
  fileName: z.string(),
  revision: revisionNumber,
  revisions: z
    .array(z.object({ revision: revisionNumber, date: isoDate, issuedAt: timestampSchema }))
    .max(MAX_REVISIONS),
  issuedAt: timestampSchema,
}) satisfies z.ZodType<RegisterEntry>;

/** The last running number taken per year (`"2026"`) or overall (`"all"`, when numbers do not restart each year). */
export const countersSchema = z.record(
  z
    .string()
    .refine(
      (key) => key === 'all' || (/^\d{4}$/.test(key) && Number(key) >= MIN_YEAR && Number(key) <= MAX_YEAR),
    ),
  z.number().int().nonnegative().max(MAX_RUNNING_NUMBER),
);

/**
 * The outgoing register as documents before version 5 held it: every letter ever numbered, oldest
 * first, and the counters. It now lives in `register/YYYY.jsonl` (see `register-log.ts`); a shared
 * document that still holds one (written by an older Qonaq, in an older backup or archive) has it
 * moved to the log when it is loaded.
 */
export const registerSchema = z.object({
  entries: z.array(registerEntrySchema),
  counters: countersSchema,
});
export type Register = z.infer<typeof registerSchema>;

export const sharedDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: z.object({
    uiLanguage: z.enum(LANGUAGES),
    /** Days ahead an ending agreement is shown (optional: added later; absent means RENEWAL_DAYS_DEFAULT, 90). */
    renewalDays: z.number().int().min(1).max(RENEWAL_DAYS_MAX).optional(),
    /** The officer's name, signing every change of a visit (optional: added later; absent, the system account's name signs). */
    officerName: z.string().max(OFFICER_NAME_MAX).optional(),
  }),
  institution: institutionSchema.nullable(),
  /** Only in a document from before version 5: moved to the register log on load, never written again. */
  register: registerSchema.optional(),
  hotels: z.array(hotelSchema),
  /** How each partner's guest lists map onto guest fields, remembered from the last import (optional: added later). */
  guestImportMappings: rememberedMappingsSchema.optional(),
});
export type SharedDoc = z.infer<typeof sharedDocSchema>;

/**
 * Whether a change to the shared document leaves it loadable. Only the parts that changed are checked:
 * the others were checked when read or last written, and re-checking them is not free (the logo alone
 * is up to 2 MB of base64 to decode on every letter issued).
 */
export function sharedDocChangeValid(current: SharedDoc, next: SharedDoc): boolean {
  const shape = sharedDocSchema.shape;
  return (Object.keys(shape) as (keyof SharedDoc)[]).every(
    (key) => next[key] === current[key] || shape[key].safeParse(next[key]).success,
  );
}

export const defaultSharedDoc = (): SharedDoc => ({
  schemaVersion: SCHEMA_VERSION,
  settings: { uiLanguage: 'az' },
  institution: null,
  hotels: [],
});

/**
 * Stored bytes checked against a document's schema, after migration: the document, or the schema's
 * issues (an import says which kind of problem it met). Throws when the bytes are no document at all.
 */
export function checkDocument<T>(bytes: string, schema: z.ZodType<T>): z.ZodSafeParseResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes);
  } catch {
    throw new NotADocumentError('invalidJson');
  }
  const { doc } = migrate(raw);
  return schema.safeParse(doc);
}

/** Parses stored bytes into a checked, migrated document, or throws why it cannot. */
export function parseDocument<T>(bytes: string, schema: z.ZodType<T>): T {
  const result = checkDocument(bytes, schema);
  if (!result.success) throw new NotADocumentError('failsSchema');
  return result.data;
}

export function serializeDocument(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * lowdb adapter for one document file: reads are parsed and checked, writes are durable
 * (see `writeFileDurably`). A missing file reads as null; a bad one throws.
 */
export class DocumentFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly fs?: DurableFs,
  ) {}

  async read(): Promise<T | null> {
    let bytes: string;
    try {
      bytes = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    return parseDocument(bytes, this.schema);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, serializeDocument(data), this.fs);
  }
}
