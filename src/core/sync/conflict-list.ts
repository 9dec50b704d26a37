import type { Visit } from '../../shared/domain';
import { SYNC_CONFLICT_OTHERS_MAX, type SyncConflict } from '../../shared/sync-conflicts';
import { asJson, same, type Json } from './json';

/** The values a conflict holds, each with who gave it and when. */
function valuesOf(c: SyncConflict): Array<{ value?: Json; by?: string; at?: string }> {
  const side = (value: Json | undefined, by?: string, at?: string) => ({
    ...(value === undefined ? {} : { value }),
    ...(by === undefined ? {} : { by }),
    ...(at === undefined ? {} : { at }),
  });
  return [
    side(c.mine as Json | undefined, c.mineBy, c.mineAt),
    side(c.theirs as Json | undefined, c.theirsBy, c.theirsAt),
    ...(c.others ?? []).map((o) => side(o.value as Json | undefined, o.by, o.at)),
  ];
}

/** `kept`, holding besides its two values every other value `other` held (two conflicts on one field). */
function combine(kept: SyncConflict, other: SyncConflict): SyncConflict {
  const known = valuesOf(kept).map((v) => JSON.stringify(v.value ?? null));
  const others = [...(kept.others ?? [])];
  for (const value of valuesOf(other)) {
    const text = JSON.stringify(value.value ?? null);
    if (!known.includes(text)) others.push(value);
    known.push(text);
  }
  return others.length === 0 ? kept : { ...kept, others: others.slice(-SYNC_CONFLICT_OTHERS_MAX) };
}

/**
 * Conflicts still open on either side (one settled on one side, and untouched on the other, stays
 * settled), with the new ones; two on one field become one holding every value.
 */
export function mergeConflicts(
  base: Visit | undefined,
  mine: Visit,
  theirs: Visit,
  found: SyncConflict[],
): SyncConflict[] {
  const settled = (c: SyncConflict, other: Visit) =>
    base?.syncConflicts?.some((b) => same(asJson(b), asJson(c))) === true &&
    !other.syncConflicts?.some((s) => s.path === c.path);
  const open = new Map<string, SyncConflict>();
  const add = (c: SyncConflict) => {
    const there = open.get(c.path);
    open.set(c.path, there ? combine(c, there) : c);
  };
  for (const c of theirs.syncConflicts ?? []) if (!settled(c, mine)) add(c);
  for (const c of mine.syncConflicts ?? []) if (!settled(c, theirs)) add(c);
  for (const c of found) add(c);
  return [...open.values()];
}
