import type { z } from 'zod';
import { hotelSchema } from '../../shared/accommodation';
import { institutionSchema } from '../../shared/institution';
import { agreementSchema, partnerSchema } from '../../shared/partners';
import { SCHEMA_VERSION } from '../store/migrations';
import { asJson, isObject, type Json, type JsonObject } from './json';
import type { ServerDoc } from './visit-docs';
import { RECORD_KINDS, type RecordKind } from '../../shared/sharing-contract';

/**
 * The office's records besides its visits, as shared documents (decision 0017): each partner
 * (`partner:<id>`), agreement (`agreement:<id>`) and hotel (`hotel:<id>`), and the institution with its
 * letterhead (`institution`). A signed copy of an agreement travels as a document of its own,
 * `file:<sha256>`, holding the bytes as a CouchDB attachment: named by its content, written once.
 */

export { RECORD_KINDS, type RecordKind } from '../../shared/sharing-contract';

/** The institution is one record: its document id has no id after the kind. */
export const INSTITUTION_DOC = 'institution';
export const FILE_PREFIX = 'file:';
/** The name of the attachment a `file:` document holds. */
export const FILE_ATTACHMENT = 'file';

const SCHEMAS: Record<RecordKind, z.ZodType<JsonObject | object>> = {
  partner: partnerSchema,
  agreement: agreementSchema,
  hotel: hotelSchema,
  institution: institutionSchema,
};

export const recordDocId = (kind: RecordKind, id: string): string =>
  kind === 'institution' ? INSTITUTION_DOC : `${kind}:${id}`;

/** The kind of record a document id names; undefined for a visit, a counter, a file or anything else. */
export function recordKindOf(docId: string): RecordKind | undefined {
  if (docId === INSTITUTION_DOC) return 'institution';
  const kind = docId.slice(0, docId.indexOf(':'));
  return (RECORD_KINDS as readonly string[]).includes(kind) && kind !== 'institution'
    ? (kind as RecordKind)
    : undefined;
}

export const isRecordDoc = (docId: string): boolean => recordKindOf(docId) !== undefined;

/** The record's id a document id names (none for the institution, which is one record). */
export const recordIdOf = (docId: string): string =>
  docId === INSTITUTION_DOC ? '' : docId.slice(docId.indexOf(':') + 1);
export const fileDocId = (sha256: string): string => `${FILE_PREFIX}${sha256}`;

/** A record's body on the server, without `_id` and `_rev`. */
export function recordToServer(kind: RecordKind, record: object): Record<string, unknown> {
  return { type: kind, schemaVersion: SCHEMA_VERSION, record: asJson(record) };
}

/**
 * The record a server document holds, checked against its kind's stored schema, as JSON; `unreadable`
 * when it is none, or written by a newer Qonaq (whose fields this version would drop).
 */
export function recordFromServer(doc: ServerDoc): JsonObject | 'unreadable' {
  const kind = recordKindOf(doc._id);
  const version = doc.schemaVersion;
  if (!kind || doc.type !== kind || typeof version !== 'number' || version > SCHEMA_VERSION)
    return 'unreadable';
  const parsed = SCHEMAS[kind].safeParse(doc.record);
  if (!parsed.success) return 'unreadable';
  const record = asJson(parsed.data);
  if (!isObject(record)) return 'unreadable';
  if (kind !== 'institution' && recordDocId(kind, String(record.id)) !== doc._id) return 'unreadable';
  return record;
}

/** Whether a record of that kind, as it would be written, is one the store would load. */
export function recordValid(kind: RecordKind, record: Json): boolean {
  return SCHEMAS[kind].safeParse(record).success;
}

/** What a record is named to the officer by, as stored: a partner's name, an agreement's title… */
export function recordLabel(kind: RecordKind, record: JsonObject | undefined): string {
  if (!record) return '';
  const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
  const names = (value: Json | undefined): string =>
    isObject(value) ? text(value.en) || text(value.az) || text(value.ru) : '';
  if (kind === 'partner') return text(record.officialName);
  if (kind === 'agreement') return names(record.title);
  if (kind === 'hotel') return text(record.name);
  return names(record.name);
}
