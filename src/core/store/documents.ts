import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { visitSchema } from '../../shared/domain';
import { LANGUAGES } from '../../shared/languages';
import { writeFileDurably, type DurableFs } from './durable-write';
import { migrate, NotADocumentError, SCHEMA_VERSION } from './migrations';

export const visitDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  visit: visitSchema,
});
export type VisitDoc = z.infer<typeof visitDocSchema>;

export const sharedDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: z.object({ uiLanguage: z.enum(LANGUAGES) }),
});
export type SharedDoc = z.infer<typeof sharedDocSchema>;

export const defaultSharedDoc = (): SharedDoc => ({ schemaVersion: SCHEMA_VERSION, settings: { uiLanguage: 'az' } });

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
