import { z } from 'zod';
import { VOID_REASON_MAX, type RegisterEntry } from '../../shared/letters';
import { registerEntrySchema } from '../store/documents';
import { SCHEMA_VERSION } from '../store/migrations';
import { asJson } from './json';
import type { ServerDoc } from './visit-docs';

/**
 * The office's register on the server (decision 0017): one document per letter, `letter:<entry id>`,
 * holding its entry as it stands on the laptop that issued it (revisions, void) and who issued it.
 * Only that laptop writes it; the others list it in their register, its file staying where it was made.
 */

export const LETTER_PREFIX = 'letter:';
export const isLetterDoc = (docId: string): boolean => docId.startsWith(LETTER_PREFIX);
export const letterDocId = (entryId: string): string => `${LETTER_PREFIX}${entryId}`;

/** An entry as the office shares it: the register's entry, with its void while it is voided. */
export const officeEntrySchema = registerEntrySchema.extend({
  voided: z.object({ reason: z.string().min(1).max(VOID_REASON_MAX), at: z.string() }).optional(),
});

/** What tells one state of a letter from another: its revision, and when it was voided if it is. */
export const letterPrint = (entry: RegisterEntry): string => `${entry.revision}|${entry.voided?.at ?? ''}`;

export function letterToServer(entry: RegisterEntry, by: string): Record<string, unknown> {
  return { type: 'letter', schemaVersion: SCHEMA_VERSION, by, entry: asJson(entry) };
}

/** The entry and its issuer a server document holds; `unreadable` when it is none, or from a newer Qonaq. */
export function letterFromServer(doc: ServerDoc): { entry: RegisterEntry; by: string } | 'unreadable' {
  const version = doc.schemaVersion;
  if (doc.type !== 'letter' || typeof version !== 'number' || version > SCHEMA_VERSION) return 'unreadable';
  const entry = officeEntrySchema.safeParse(doc.entry);
  if (!entry.success || letterDocId(entry.data.id) !== doc._id) return 'unreadable';
  return { entry: entry.data, by: typeof doc.by === 'string' ? doc.by : '' };
}
