import type { Visit } from '../shared/domain';
import { guestName } from '../shared/guest-name';
import {
  HISTORY_MAX_CHANGES,
  HISTORY_MAX_ENTRIES,
  type HistoryChange,
  type HistoryEntry,
  type HistoryKind,
  type Signer,
} from '../shared/visit-history';

/**
 * What changed on a visit, in the words of its history (docs/decisions/0029-visit-history.md):
 * derived here, in one place, by comparing the visit as stored before a change with the visit about
 * to be stored, whatever the caller (the visit form, a guest, an import, a calendar drag, an undo).
 */

/** Parts of a visit that are not compared field by field: lists and what the store keeps itself. */
const NOT_FIELDS = new Set([
  'id',
  'guests',
  'stays',
  'programme',
  'roomBlocks',
  'report',
  'partnerIds',
  'revision',
  'removedEvents',
  'createdAt',
  'updatedAt',
  'changedBy',
  'changedAt',
  'history',
  'syncConflicts',
]);
/** A guest's journeys are its transfers: told apart from the rest of the guest. */
const JOURNEYS = ['arrival', 'departure'];

/** Nothing written: absent, '', an empty list, or an object of nothing (a form's empty translations). */
function empty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(empty);
  return false;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A form that sends empty translations where there were none changes nothing the officer sees.
  if (empty(a) && empty(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  // A field absent on one side and undefined on the other is the same field.
  return [...keys].every((key) => same(left[key], right[key]));
}

/** The names of the fields that differ, in the order of the later object, then any dropped. */
export function changedFields(
  before: object,
  after: object,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(right), ...Object.keys(left)]);
  return [...keys].filter((key) => !skip.has(key) && !same(left[key], right[key]));
}

interface Listed {
  id: string;
}

/** Items added, removed and changed between two lists of things with ids. */
function listChanges<T extends Listed>(
  kind: HistoryKind,
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string | undefined,
  fieldsOf: (was: T, now: T) => string[] = (was, now) => changedFields(was, now),
): HistoryChange[] {
  const was = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  const changes: HistoryChange[] = [];
  for (const item of after) {
    const old = was.get(item.id);
    if (!old) {
      changes.push(labelled({ kind, action: 'added' }, label(item)));
      continue;
    }
    const fields = fieldsOf(old, item);
    if (fields.length > 0) changes.push(labelled({ kind, action: 'changed', fields }, label(item)));
  }
  for (const item of before) {
    if (!now.has(item.id)) changes.push(labelled({ kind, action: 'removed' }, label(item)));
  }
  return changes;
}

function labelled(change: HistoryChange, label: string | undefined): HistoryChange {
  return label === undefined || label === '' ? change : { ...change, label };
}

/** Whether the guests both lists hold come in another order. */
function reordered(before: readonly Listed[], after: readonly Listed[]): boolean {
  const kept = new Set(after.map((g) => g.id));
  const was = before.filter((g) => kept.has(g.id)).map((g) => g.id);
  const stillThere = new Set(was);
  const now = after.filter((g) => stillThere.has(g.id)).map((g) => g.id);
  return was.some((id, i) => id !== now[i]);
}

/**
 * What changed from `before` to `after`, in the order a reader takes it in: the visit's own fields,
 * its partners, guests, their transfers, programme, stays, rooms held, report. Nothing for no change.
 * `hotelName` names a stay's or a room block's hotel (undefined when the hotel is gone).
 */
export function visitChanges(
  before: Visit | undefined,
  after: Visit,
  hotelName: (hotelId: string) => string | undefined = () => undefined,
): HistoryChange[] {
  if (!before) return [{ kind: 'visit', action: 'created' }];
  const changes: HistoryChange[] = [];
  const fields = changedFields(before, after, NOT_FIELDS);
  if (fields.length > 0) changes.push({ kind: 'visit', action: 'changed', fields });
  if (!same(before.partnerIds, after.partnerIds)) changes.push({ kind: 'partners', action: 'changed' });

  const journeys = new Set(JOURNEYS);
  const guestFields = new Set(['id', ...JOURNEYS]);
  changes.push(
    ...listChanges('guest', before.guests, after.guests, guestName, (was, now) =>
      changedFields(was, now, guestFields),
    ),
  );
  if (reordered(before.guests, after.guests)) changes.push({ kind: 'guest', action: 'reordered' });
  const beforeGuests = new Map(before.guests.map((g) => [g.id, g]));
  for (const guest of after.guests) {
    const was = beforeGuests.get(guest.id);
    if (!was) continue;
    const legs = changedFields(was, guest).filter((f) => journeys.has(f));
    if (legs.length > 0) {
      changes.push({ kind: 'transfer', action: 'changed', label: guestName(guest), fields: legs });
    }
  }

  changes.push(...listChanges('item', before.programme, after.programme, (item) => item.title));
  changes.push(...listChanges('stay', before.stays, after.stays, (stay) => hotelName(stay.hotelId)));
  const blocks = (visit: Visit) => visit.roomBlocks.map((b) => ({ ...b, id: b.hotelId }));
  changes.push(...listChanges('roomBlock', blocks(before), blocks(after), (b) => hotelName(b.hotelId)));

  if (before.report === undefined && after.report !== undefined) {
    changes.push({ kind: 'report', action: 'added' });
  } else if (before.report !== undefined && after.report === undefined) {
    changes.push({ kind: 'report', action: 'removed' });
  } else if (before.report && after.report) {
    const reportFields = changedFields(before.report, after.report);
    if (reportFields.length > 0) changes.push({ kind: 'report', action: 'changed', fields: reportFields });
  }
  return changes;
}

/** One entry of history; changes beyond `HISTORY_MAX_CHANGES` are counted in `more`. */
export function historyEntry(changes: readonly HistoryChange[], signer: Signer, at: string): HistoryEntry {
  const kept = changes.slice(0, HISTORY_MAX_CHANGES);
  const more = changes.length - kept.length;
  return {
    at,
    by: signer.by,
    ...(signer.account ? { account: true } : {}),
    changes: kept,
    ...(more > 0 ? { more } : {}),
  };
}

/** The visit with an entry for `changes` appended to its history, and signed; as it is for no change. */
export function withEntry(
  visit: Visit,
  history: readonly HistoryEntry[] | undefined,
  changes: readonly HistoryChange[],
  signer: Signer,
  at: string,
): Visit {
  if (changes.length === 0) return visit;
  const entry = historyEntry(changes, signer, at);
  return {
    ...visit,
    changedBy: signer.by,
    changedAt: at,
    history: [...(history ?? []), entry].slice(-HISTORY_MAX_ENTRIES),
  };
}

/**
 * `next` as the store writes it: signed by `signer` at `at` and with what changed since `current`
 * appended to the history `current` held (whatever `next` carries of it is not trusted).
 */
export function signed(
  current: Visit | undefined,
  next: Visit,
  signer: Signer,
  at: string,
  hotelName?: (hotelId: string) => string | undefined,
): Visit {
  const base: Visit = {
    ...next,
    changedBy: current?.changedBy,
    changedAt: current?.changedAt,
    history: current?.history,
  };
  if (base.changedBy === undefined) delete base.changedBy;
  if (base.changedAt === undefined) delete base.changedAt;
  if (base.history === undefined) delete base.history;
  return withEntry(base, current?.history, visitChanges(current, next, hotelName), signer, at);
}
