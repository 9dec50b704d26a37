import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { sharingMethods } from '../../shared/sharing-contract';
import type { VisitDetail } from '../../shared/visits-contract';
import type { Store } from '../store/store';
import { resolveConflict } from './resolve';
import { settleRecordConflict } from './record-conflicts';
import { SyncFolder } from './sync-folder';
import { memorySecrets, OfficeSharing, type SecretStore } from './sharing';

type Group = Pick<Handlers, keyof typeof sharingMethods>;

/** Office sharing on this store, picked up where it was left once the visits are read. */
export function createSharing(
  store: Store,
  options: { secrets?: SecretStore; syncEveryMs?: number; now: () => Date },
): OfficeSharing {
  const sharing = new OfficeSharing(store, {
    secrets: options.secrets ?? memorySecrets(),
    now: options.now,
    ...(options.syncEveryMs === undefined ? {} : { everyMs: options.syncEveryMs }),
  });
  // Sharing picks up where it was left, once the visits are read.
  if (!store.readOnly)
    void store.ready().then(
      () => sharing.start(),
      () => undefined,
    );
  return sharing;
}

/** The handlers of `sharingMethods` (contract: `src/shared/sharing-contract.ts`). */
export function sharingHandlers(
  store: Store,
  sharing: OfficeSharing,
  detail: (id: string) => VisitDetail,
  now: () => Date,
): Group {
  return {
    'sharing.status': () => sharing.current(),
    'sharing.connect': ({ url, username, password }) => sharing.connect(url, { username, password }),
    'sharing.syncNow': () => sharing.syncNow(),
    'sharing.disconnect': () => sharing.disconnect(),
    'sharing.resolveRecordConflict': async (input) => {
      await settleRecordConflict(store, new SyncFolder(store.dataDir), input, now);
      return sharing.current();
    },
    'visits.resolveConflict': async ({ id, path, choice }) => {
      const current = store.getVisit(id);
      if (!current) throw new AppError('notFound', { id });
      // Settled as a deletion: the visit goes to the trash, whence it can be restored.
      if (resolveConflict(current, path, choice) === undefined) {
        await store.deleteVisit(id);
        return { deleted: true };
      }
      await store.saveVisit(id, (visit) => {
        const settled = visit && resolveConflict(visit, path, choice);
        if (!settled) throw new AppError('notFound', { id });
        return settled;
      });
      return { deleted: false, visit: detail(id) };
    },
  };
}
