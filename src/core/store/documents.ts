import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { hotelSchema } from '../../shared/accommodation';
import { visitSchema } from '../../shared/domain';
import { rememberedMappingsSchema } from '../../shared/guest-import';
import { institutionSchema } from '../../shared/institution';
import { LANGUAGES } from '../../shared/languages';
import { LETTER_KINDS, type RegisterEntry } from '../../shared/letters';
import { writeFileDurably, type DurableFs } from './durable-write';
import { migrate, NotADocumentError, SCHEMA_VERSION } from './migrations';

export const visitDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  visit: visitSchema,
});
export type VisitDoc = z.infer<typeof visitDocSchema>;

const count = z.number().int().positive();

export const registerEntrySchema = z.object({
  id: z.string().min(1),
  sequence: count,
  year: z.number().int(),
  number: z.string().min(1),
  date: z.string(),
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LANGUAGES),
  visitId: z.string(),
  visitTitle: z.string(),
  guestId: z.string(),
  guestName: z.string(),
  fileName: z.string(),
  revision: count,
  revisions: z.array(z.object({ revision: count, date: z.string(), issuedAt: z.string() })),
  issuedAt: z.string(),
}) satisfies z.ZodType<RegisterEntry>;

/** The last running number taken per year (`"2026"`) or overall (`"all"`, when numbers do not restart each year). */
export const countersSchema = z.record(z.string().regex(/^(\d{4}|all)$/), z.number().int().nonnegative());

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
  settings: z.object({ uiLanguage: z.enum(LANGUAGES) }),
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

/** Parses stored bytes into a checked, migrated document, or throws why it cannot. */
export function parseDocument<T>(bytes: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes);
  } catch {
    throw new NotADocumentError('invalidJson');
  }
  const { doc } = migrate(raw);
  const result = schema.safeParse(doc);
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
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
      throw error;
    }
    return parseDocument(bytes, this.schema);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, serializeDocument(data), this.fs);
  }
}
