import type { Handlers } from '../shared/contract';
import { todayInBaku } from '../shared/dates';
import { sampleDelegation } from './sample';
import type { Store } from './store/store';
import { VisitService } from './visits';

export interface CoreOptions {
  version: string;
  now?: () => Date;
}

/** One function per contract method. Inputs arrive parsed (see `dispatch`). */
export function createHandlers(store: Store, options: CoreOptions): Handlers {
  const now = options.now ?? (() => new Date());
  const visits = new VisitService(store, now);
  return {
    'app.status': async () => ({
      version: options.version,
      dataDir: store.dataDir,
      notices: [...store.notices],
      settings: store.settings,
    }),
    'settings.update': (input) => store.updateSettings(input),
    'visits.list': async (query) => visits.list(query),
    'visits.get': async ({ id }) => visits.get(id),
    'visits.create': ({ visit }) => visits.create(visit),
    'visits.update': ({ id, visit }) => visits.update(id, visit),
    'visits.delete': ({ id }) => visits.delete(id),
    'visits.restore': ({ id }) => visits.restore(id),
    'visits.loadSample': ({ language }) => {
      const sample = sampleDelegation(language, todayInBaku(now()));
      return visits.create(sample.visit, sample.guests);
    },
    'guests.add': ({ visitId, guest, index }) => visits.addGuest(visitId, guest, index),
    'guests.update': ({ visitId, guestId, guest }) => visits.updateGuest(visitId, guestId, guest),
    'guests.remove': ({ visitId, guestId }) => visits.removeGuest(visitId, guestId),
    'guests.reorder': ({ visitId, guestIds }) => visits.reorderGuests(visitId, guestIds),
    'backups.list': () => store.listSnapshots(),
    'backups.create': () => store.snapshot('manual'),
    'backups.restore': ({ id }) => store.restoreSnapshot(id),
  };
}
