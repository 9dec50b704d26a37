import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Store } from '../../src/core/store/store';
import { CouchClient } from '../../src/core/sync/couch';
import { couchAuth } from './couch-env';
import { freshDatabase, startCouchServer, type CouchServer } from './couch-server';
import { openLaptop, type Laptop } from './office-laptop';
import { tempDirs } from './temp-dir';

/**
 * An office for a test file: the CouchDB-compatible server started once for the file, and for each
 * test fresh databases (`office()`) and laptops on folders of their own, closed and removed after it.
 */
export function useOffice(prefix: string): {
  office(): Promise<string>;
  laptop(url: string, officer: string, dataDir?: string): Promise<Laptop>;
  server(): CouchServer;
} {
  const dirs = tempDirs(`qonaq-${prefix}-`);
  const open: Store[] = [];
  let server: CouchServer | undefined;
  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    await dirs.removeAll();
  });
  const running = (): CouchServer => {
    if (!server) throw new Error('the office server is not started yet');
    return server;
  };
  return {
    server: running,
    async office() {
      const url = `${running().url}/${freshDatabase(prefix)}`;
      await new CouchClient({ url, ...couchAuth() }).ensureDatabase();
      return url;
    },
    async laptop(url, officer, dataDir) {
      const l = await openLaptop(dataDir ?? (await dirs.make()), url, officer);
      open.push(l.store);
      return l;
    },
  };
}
