import type { Visit } from '../../shared/domain';
import { DELETED_PATH, type SyncConflict } from '../../shared/sync-conflicts';
import { mergeVisits, signatures } from './merge';

/**
 * What the store keeps of a visit changed here since the last exchange (`mine`, undefined if deleted
 * here) when the server has another version (`theirs`, undefined if deleted there): the three-way merge
 * of `merge.ts`, and for a deletion against a change, the changed visit, with the deletion kept as a
 * conflict the officer settles. Nothing either side saved is dropped.
 */
export function mergeWithOffice(
  base: Visit | undefined,
  mine: Visit | undefined,
  theirs: Visit | undefined,
  now: string,
): { visit: Visit | undefined; conflicts: number } {
  if (mine !== undefined && theirs !== undefined) {
    const { merged, conflicts } = mergeVisits(base, mine, theirs, now);
    return { visit: merged, conflicts: conflicts.length };
  }
  const kept = mine ?? theirs;
  if (kept === undefined) return { visit: undefined, conflicts: 0 };
  const conflict: SyncConflict = {
    path: DELETED_PATH,
    label: kept.title,
    ...(mine ? { mine: true } : {}),
    ...(theirs ? { theirs: true } : {}),
    ...signatures(mine, theirs),
    at: now,
  };
  const others = (kept.syncConflicts ?? []).filter((c) => c.path !== DELETED_PATH);
  return { visit: { ...kept, syncConflicts: [...others, conflict] }, conflicts: 1 };
}
