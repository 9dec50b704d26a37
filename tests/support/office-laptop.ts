import { createHandlers } from '../../src/core/api';
import { dispatch } from '../../src/core/dispatch';
import { Store } from '../../src/core/store/store';
import { CouchClient } from '../../src/core/sync/couch';
import { OfficeSync } from '../../src/core/sync/office-sync';
import { SyncFolder } from '../../src/core/sync/sync-folder';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { Visit } from '../../src/shared/domain';
import type { Result } from '../../src/shared/errors';
import { couchAuth } from './couch-env';

/**
 * One laptop of an office in the replication tests: a store on a folder of its own, changed through
 * the app's own API, with the officer's name set, and its exchange with the office database at hand
 * (`sync`), run only when the test says so.
 */
export interface Laptop {
  dataDir: string;
  store: Store;
  sync: OfficeSync;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** A method that may be refused: what the core answered, refusal included. */
  attempt<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<unknown>>;
  /** The visits it holds, by id. */
  visits(): Visit[];
}

/** A laptop's exchange with the office database at `url`, on the store of `dataDir`. */
export function officeSync(store: Store, dataDir: string, url: string): OfficeSync {
  return new OfficeSync(store, new SyncFolder(dataDir), new CouchClient({ url, ...couchAuth() }), {
    url,
    now: () => new Date(),
  });
}

export async function openLaptop(dataDir: string, url: string, officer: string): Promise<Laptop> {
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  const handlers = createHandlers(store, { version: 'test', host: { kind: 'browser' } });
  const attempt = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    dispatch(handlers, method, input);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await attempt(method, input);
    if (!result.ok) throw new Error(`${officer} ${method}: ${JSON.stringify(result.error)}`);
    return result.value as MethodOutput<M>;
  };
  await call('settings.update', { officerName: officer });
  const sync = new OfficeSync(store, new SyncFolder(dataDir), new CouchClient({ url, ...couchAuth() }), {
    url,
    now: () => new Date(),
  });
  const visits = () => store.listVisits().sort((a, b) => a.id.localeCompare(b.id));
  return { dataDir, store, sync, call, attempt, visits };
}

/** Exchanges until a full round moves nothing: what laptops online all the time would reach. */
export async function settle(laptops: readonly Laptop[], rounds = 8): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    let moved = 0;
    for (const l of laptops) {
      const report = await l.sync.exchange();
      moved += report.sent + report.received;
    }
    if (moved === 0) return;
  }
  throw new Error(`the laptops did not settle in ${rounds} rounds`);
}
