import { AppError } from '../../shared/errors';
import type { RecordConflictView, SharingStatus } from '../../shared/sharing-contract';
import { DELETED_PATH, RECORD_PATH } from '../../shared/sync-conflicts';
import type { Store } from '../store/store';
import { asJson, isObject, type Json, type JsonObject } from './json';
import { recordIdOf, recordValid } from './record-docs';
import { setAt } from './resolve';
import type { SyncFolder } from './sync-folder';

/**
 * The conflicts to settle, as the app frame and Settings show them: those kept on the visits, with a
 * link to each visit, and those kept on this laptop for its records.
 */
export async function conflictsToSettle(
  store: Store,
  folder: SyncFolder,
): Promise<Pick<SharingStatus, 'conflicts' | 'conflictVisits' | 'recordConflicts'>> {
  const conflictVisits: SharingStatus['conflictVisits'] = [];
  let conflicts = 0;
  if (store.isReady) {
    for (const visit of store.listVisits()) {
      const n = visit.syncConflicts?.length ?? 0;
      if (n > 0) conflictVisits.push({ id: visit.id, title: visit.title });
      conflicts += n;
    }
  }
  const recordConflicts: RecordConflictView[] = [];
  for (const [docId, entry] of Object.entries(await folder.recordConflicts())) {
    recordConflicts.push({ docId, ...entry });
    conflicts += entry.conflicts.length;
  }
  return { conflicts, conflictVisits, recordConflicts };
}

/**
 * Settles one conflict of a partner, an agreement, a hotel or the institution with the value of this
 * laptop (`mine`) or of the office (`theirs`, which the record holds already). The record so changed is
 * signed by the officer and goes to the office at the next exchange. Refused (`validation`) when the
 * value chosen no longer fits the record as it now stands; the conflict then stays.
 */
export async function settleRecordConflict(
  store: Store,
  folder: SyncFolder,
  input: { docId: string; path: string; choice: 'mine' | 'theirs' },
  now: () => Date,
): Promise<void> {
  const { docId, path, choice } = input;
  const all = await folder.recordConflicts();
  const entry = all[docId];
  const conflict = entry?.conflicts.find((c) => c.path === path);
  if (!entry || !conflict) throw new AppError('notFound', { id: path });
  const chosen = (choice === 'mine' ? conflict.mine : conflict.theirs) as Json | undefined;
  const id = recordIdOf(docId);
  await store.records.update(
    entry.kind,
    id,
    (current) => {
      if (path === DELETED_PATH) {
        if (chosen !== undefined || entry.kind === 'institution') return current;
        // A hotel goes only once no stay is in it, as when it is deleted here.
        const user = store.listVisits().find((v) => v.stays.some((s) => s.hotelId === id));
        if (entry.kind === 'hotel' && user)
          throw new AppError('hotelInUse', { hotel: entry.label, visit: user.title });
        return undefined;
      }
      if (choice === 'theirs') return current;
      if (!current) throw new AppError('notFound', { id: docId });
      let next = asJson(current) as JsonObject;
      if (path === RECORD_PATH && isObject(chosen)) {
        next = { ...chosen, ...(current.id === undefined ? {} : { id: current.id }) };
        if (current.createdAt !== undefined) next.createdAt = current.createdAt;
      } else setAt(next, path.split('.'), chosen);
      // A partner or an agreement records who changed it last, and when: the officer who chose, now.
      if (current.updatedAt !== undefined) {
        const at = now().toISOString();
        Object.assign(next, { updatedAt: at, changedAt: at, changedBy: store.signing.signer().by });
      }
      if (!recordValid(entry.kind, next)) throw new AppError('validation', { id: path });
      return next;
    },
    'change',
  );
  // Read again: an exchange may have added a conflict meanwhile, which stays.
  await folder.updateRecordConflicts((kept) => {
    const { [docId]: settled, ...others } = kept;
    const rest = (settled?.conflicts ?? []).filter((c) => c.path !== path);
    return rest.length > 0 && settled ? { ...others, [docId]: { ...settled, conflicts: rest } } : others;
  });
}
