import type { Visit } from '../../shared/domain';
import { visitDocSchema } from '../store/documents';
import { migrate, SCHEMA_VERSION } from '../store/migrations';
import { asJson, same } from './json';

/** A CouchDB document as office sharing sends and reads it; what else it holds is checked before use. */
export interface ServerDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [key: string]: unknown;
}

/** A visit's document id on the server (decision 0017): `visit:<id>`. */
export const VISIT_PREFIX = 'visit:';
export const isVisitDoc = (docId: string): boolean => docId.startsWith(VISIT_PREFIX);
export const visitOfDoc = (docId: string): string => docId.slice(VISIT_PREFIX.length);

/** A visit's body on the server, without `_id` and `_rev`: the visit whole, with its history. */
export function toServer(visit: Visit): Record<string, unknown> {
  return { type: 'visit', schemaVersion: SCHEMA_VERSION, visit: asJson(visit) };
}

/**
 * The visit a server document holds, checked as a visit file read from disk is (and brought up to this
 * version's schema); `unreadable` when it is no visit, or one written by a newer Qonaq.
 */
export function fromServer(doc: ServerDoc): Visit | 'unreadable' {
  try {
    const { doc: migrated } = migrate({ schemaVersion: doc.schemaVersion, visit: doc.visit });
    const parsed = visitDocSchema.safeParse(migrated);
    if (!parsed.success || `${VISIT_PREFIX}${parsed.data.visit.id}` !== doc._id) return 'unreadable';
    return parsed.data.visit;
  } catch {
    return 'unreadable';
  }
}

/** A server document's body, as `toServer` makes one: without `_id`, `_rev` and the server's own members. */
export function bodyOf(doc: ServerDoc): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}

/** Whether two bodies are the same once sent as JSON. */
export function sameJson(a: unknown, b: unknown): boolean {
  const json = (value: unknown) => (value === undefined ? undefined : asJson(value));
  return same(json(a), json(b));
}
