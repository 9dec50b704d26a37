import { MAX_REMOVED_EVENTS } from '../../shared/calendar-constants';
import { visitSchema, type Visit } from '../../shared/domain';
import { SYNC_CONFLICTS_MAX, VISIT_PATH, type SyncConflict } from '../../shared/sync-conflicts';
import { HISTORY_MAX_ENTRIES } from '../../shared/visit-history';
import { mergeConflicts } from './conflict-list';
import { asJson, isObject, same, type Json, type JsonObject } from './json';

/**
 * The three-way merge of a visit changed on this laptop (`mine`) and on the office server (`theirs`)
 * since the version both had (`base`; none when the two never agreed on one), field by field
 * (decision 0017). A field changed on one side only takes that side's value; a list of records (guests,
 * programme items, stays, rooms per hotel) is merged record by record, by id; a field both changed
 * differently keeps the server's value and becomes a conflict that holds both. Who changed the visit,
 * its history and its calendar memory are kept from both sides, never in conflict.
 */

/** Members merged apart from the fields, as bookkeeping of both sides. */
export const BOOKKEEPING = [
  'id',
  'createdAt',
  'updatedAt',
  'changedBy',
  'changedAt',
  'history',
  'revision',
  'removedEvents',
  'syncConflicts',
] as const;

/** The members a list's records are told apart by, tried in this order. */
export const RECORD_KEYS = ['id', 'hotelId', 'uid'] as const;

/** A visit's fields as JSON, without its bookkeeping. */
function fieldsOf(visit: Visit): JsonObject {
  const json = asJson(visit) as JsonObject;
  for (const key of BOOKKEEPING) delete json[key];
  return json;
}

/** How a record is named to the officer: a programme item's title, a guest's name, a hotel's name. */
function labelOf(record: Json | undefined): string | undefined {
  if (!isObject(record)) return undefined;
  if (typeof record.title === 'string') return record.title;
  const name = [record.surname, record.givenNames].filter((p) => typeof p === 'string').join(' ');
  if (name !== '') return name;
  return typeof record.name === 'string' ? record.name : undefined;
}

/** The member a list's records are keyed by, if every record of the three versions has a distinct one. */
export function recordKey(lists: Array<Json | undefined>): string | undefined {
  const arrays = lists.filter((l) => l !== undefined);
  if (!arrays.every(Array.isArray) || arrays.every((a) => a.length === 0)) return undefined;
  return RECORD_KEYS.find((key) =>
    arrays.every((list) => {
      const keys = list.map((r) => (isObject(r) ? r[key] : undefined));
      return keys.every((k) => typeof k === 'string') && new Set(keys).size === keys.length;
    }),
  );
}

function byKey(list: Json | undefined, key: string): Map<string, Json> {
  const records = Array.isArray(list) ? list : [];
  return new Map(records.map((r) => [(r as JsonObject)[key] as string, r]));
}

type Signatures = Pick<SyncConflict, 'mineBy' | 'mineAt' | 'theirsBy' | 'theirsAt'>;

/** Who signed a visit or a record last, and when. */
type Signed = { changedBy?: string | undefined; changedAt?: string | undefined };

/** Who changed each side last, and when, as a conflict records them (a side deleted has none). */
export function signatures(mine: Signed | undefined, theirs: Signed | undefined): Signatures {
  return {
    ...(mine?.changedBy === undefined ? {} : { mineBy: mine.changedBy }),
    ...(mine?.changedAt === undefined ? {} : { mineAt: mine.changedAt }),
    ...(theirs?.changedBy === undefined ? {} : { theirsBy: theirs.changedBy }),
    ...(theirs?.changedAt === undefined ? {} : { theirsAt: theirs.changedAt }),
  };
}

class FieldMerge {
  readonly conflicts: SyncConflict[] = [];

  constructor(
    private readonly signed: Signatures,
    private readonly now: string,
  ) {}

  value(
    path: string[],
    label: string | undefined,
    base?: Json,
    mine?: Json,
    theirs?: Json,
  ): Json | undefined {
    if (same(mine, theirs) || same(mine, base)) return theirs;
    if (same(theirs, base)) return mine;
    if (isObject(mine) && isObject(theirs) && (base === undefined || isObject(base))) {
      return this.object(path, label, base, mine, theirs);
    }
    const key = recordKey([base, mine, theirs]);
    if (key !== undefined && Array.isArray(mine) && Array.isArray(theirs)) {
      return this.list(path, label, key, base, mine, theirs);
    }
    this.conflict(path, label, mine, theirs);
    return theirs;
  }

  private object(
    path: string[],
    label: string | undefined,
    base: JsonObject | undefined,
    mine: JsonObject,
    theirs: JsonObject,
  ): JsonObject {
    const merged: JsonObject = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = this.value([...path, key], label, base?.[key], mine[key], theirs[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }

  /** Records of a list, by key: in the server's order, then those added here. */
  private list(
    path: string[],
    label: string | undefined,
    key: string,
    base: Json | undefined,
    mine: Json[],
    theirs: Json[],
  ): Json[] {
    const [b, m, t] = [byKey(base, key), byKey(mine, key), byKey(theirs, key)];
    const merged: Json[] = [];
    for (const id of new Set([...t.keys(), ...m.keys()])) {
      const [was, here, there] = [b.get(id), m.get(id), t.get(id)];
      const recordLabel = labelOf(here ?? there) ?? label;
      const record =
        here !== undefined && there !== undefined
          ? this.value([...path, id], recordLabel, was, here, there)
          : this.onOneSide([...path, id], recordLabel, was, here, there);
      if (record !== undefined) merged.push(record);
    }
    return merged;
  }

  /** A record one side has: added there, or removed on the other (kept, as a conflict, if it was changed meanwhile). */
  private onOneSide(
    path: string[],
    label: string | undefined,
    was?: Json,
    here?: Json,
    there?: Json,
  ): Json | undefined {
    const kept = here ?? there;
    if (was === undefined) return kept;
    if (same(kept, was)) return undefined;
    this.conflict(path, label, here, there);
    return kept;
  }

  private conflict(path: string[], label: string | undefined, mine?: Json, theirs?: Json): void {
    this.conflicts.push({
      path: path.join('.'),
      ...(label === undefined ? {} : { label: label.slice(0, 300) }),
      ...(mine === undefined ? {} : { mine }),
      ...(theirs === undefined ? {} : { theirs }),
      ...this.signed,
      at: this.now,
    });
  }
}

/** The entries of both histories, once each, in time order; the newest kept. */
function mergeHistory(mine: Visit, theirs: Visit): Visit['history'] {
  const seen = new Set<string>();
  const all = [...(theirs.history ?? []), ...(mine.history ?? [])].filter((entry) => {
    const text = JSON.stringify(entry);
    return seen.has(text) ? false : (seen.add(text), true);
  });
  all.sort((a, b) => a.at.localeCompare(b.at));
  return all.length === 0 ? undefined : all.slice(-HISTORY_MAX_ENTRIES);
}

function mergeRemovedEvents(mine: Visit, theirs: Visit): Visit['removedEvents'] {
  const uids = new Set((theirs.removedEvents ?? []).map((e) => e.uid));
  const all = [
    ...(theirs.removedEvents ?? []),
    ...(mine.removedEvents ?? []).filter((e) => !uids.has(e.uid)),
  ];
  return all.length === 0 ? undefined : all.slice(-MAX_REMOVED_EVENTS);
}

/** The rule a form's visit keeps beyond the stored schema: it leaves no earlier than it arrives. */
export const inOrder = (visit: Visit): boolean => visit.departureDate >= visit.arrivalDate;

const changedAt = (visit: Visit): string => visit.changedAt ?? visit.updatedAt;

export function mergeVisits(
  base: Visit | undefined,
  mine: Visit,
  theirs: Visit,
  now: string,
): { merged: Visit; conflicts: SyncConflict[] } {
  const fields = new FieldMerge(signatures(mine, theirs), now);
  const merged = fields.value([], undefined, base && fieldsOf(base), fieldsOf(mine), fieldsOf(theirs));
  const later = changedAt(mine) > changedAt(theirs) ? mine : theirs;
  const history = mergeHistory(mine, theirs);
  const removedEvents = mergeRemovedEvents(mine, theirs);
  const open = mergeConflicts(base, mine, theirs, fields.conflicts);
  const unchanged =
    fields.conflicts.length === 0 &&
    same(merged, fieldsOf(theirs)) &&
    same(asJson(history ?? null), asJson(theirs.history ?? null)) &&
    same(asJson(removedEvents ?? null), asJson(theirs.removedEvents ?? null)) &&
    same(asJson(open), asJson(theirs.syncConflicts ?? []));
  if (unchanged) return { merged: theirs, conflicts: [] };
  const revision = Math.max(mine.revision ?? 0, theirs.revision ?? 0) + 1;
  const candidate = {
    ...(merged as JsonObject),
    id: theirs.id,
    createdAt: theirs.createdAt,
    updatedAt: later.updatedAt,
    ...(later.changedBy === undefined ? {} : { changedBy: later.changedBy }),
    ...(later.changedAt === undefined ? {} : { changedAt: later.changedAt }),
    ...(history === undefined ? {} : { history }),
    ...(mine.revision === undefined && theirs.revision === undefined ? {} : { revision }),
    ...(removedEvents === undefined ? {} : { removedEvents }),
    ...(open.length === 0 ? {} : { syncConflicts: open.slice(-SYNC_CONFLICTS_MAX) }),
  };
  const parsed = visitSchema.safeParse(candidate);
  // The stored schema and the rules a form's visit must keep (it leaves after it arrives).
  if (parsed.success && inOrder(parsed.data)) {
    return { merged: parsed.data, conflicts: fields.conflicts };
  }
  // Field by field the two make no valid visit (a start after its end): the server's stands, and
  // this laptop's whole version is kept beside it.
  const whole: SyncConflict = {
    path: VISIT_PATH,
    label: mine.title,
    mine: fieldsOf(mine),
    ...signatures(mine, theirs),
    at: now,
  };
  const kept = mergeConflicts(base, mine, theirs, [whole]).slice(-SYNC_CONFLICTS_MAX);
  return { merged: { ...theirs, revision, syncConflicts: kept }, conflicts: [whole] };
}

/** Members of a partner, an agreement, a hotel or the institution merged apart from its fields. */
const RECORD_BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'changedBy', 'changedAt'] as const;

/** Who signed a record last, and when, as its JSON says. */
export const signedOf = (record: JsonObject): Signed => ({
  ...(typeof record.changedBy === 'string' ? { changedBy: record.changedBy } : {}),
  ...(typeof record.changedAt === 'string' ? { changedAt: record.changedAt } : {}),
});

/**
 * The three-way merge of a record of the office's directory (a partner, an agreement, a hotel, the
 * institution), as `mergeVisits` merges a visit's fields: one side's change is taken, a list's records
 * merged by id, a field both changed differently keeps the server's value and is a conflict. Who
 * changed it last, and when, comes from the side changed later. Not checked: the caller checks.
 */
export function mergeRecords(
  base: JsonObject | undefined,
  mine: JsonObject,
  theirs: JsonObject,
  label: string,
  now: string,
): { merged: JsonObject; conflicts: SyncConflict[] } {
  const fieldsOfRecord = (record: JsonObject): JsonObject =>
    Object.fromEntries(
      Object.entries(record).filter(([key]) => !(RECORD_BOOKKEEPING as readonly string[]).includes(key)),
    );
  const fields = new FieldMerge(signatures(signedOf(mine), signedOf(theirs)), now);
  const merged = fields.value(
    [],
    label,
    base && fieldsOfRecord(base),
    fieldsOfRecord(mine),
    fieldsOfRecord(theirs),
  );
  const stamp = (record: JsonObject): string => String(record.changedAt ?? record.updatedAt ?? '');
  const later = stamp(mine) > stamp(theirs) ? mine : theirs;
  const kept: JsonObject = {};
  for (const key of RECORD_BOOKKEEPING) {
    const value = key === 'id' || key === 'createdAt' ? theirs[key] : later[key];
    if (value !== undefined) kept[key] = value;
  }
  return { merged: { ...(merged as JsonObject), ...kept }, conflicts: fields.conflicts };
}
