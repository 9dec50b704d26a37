import { afterEach } from 'vitest';
import { createHandlers } from '../../src/core/api';
import { dispatch } from '../../src/core/dispatch';
import { Store } from '../../src/core/store/store';
import type { AppErrorData } from '../../src/shared/errors';
import { tempDirs } from './temp-dir';

/**
 * A core over a real folder, called as the UI calls it: through the contract's parsing. `open()`
 * starts one on a fresh folder (or on `dir`, to reopen it as after a restart); every store opened is
 * closed and every folder removed after each test.
 */
export function coreOverFolder(prefix: string) {
  const dirs = tempDirs(prefix);
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await dirs.removeAll();
  });

  return async function open(dir?: string) {
    const dataDir = dir ?? (await dirs.make());
    const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
    stores.push(store);
    const handlers = createHandlers(store, { version: '0.0.0-test', host: { kind: 'browser' } });
    /** The method's value; a refusal is thrown as an Error carrying the error data. */
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
      return result.value as T;
    };
    /** The error data of a call that must be refused. */
    const fails = async (name: string, input: unknown): Promise<AppErrorData> => {
      const result = await dispatch(handlers, name, input);
      if (result.ok) throw new Error(`${name} succeeded`);
      return result.error;
    };
    return { dataDir, store, call, fails };
  };
}
