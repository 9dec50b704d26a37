import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { Store } from '../../../src/core/store/store';
import { memorySecrets } from '../../../src/core/sync/sharing';
import type { MethodInput, MethodName } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { visitInput } from '../../support/builders';
import { startCouchServer, type CouchServer } from '../../support/couch-server';
import { tempDirs } from '../../support/temp-dir';

/**
 * Office sharing as the app drives it, through the core's methods: signing in to a server that asks for
 * a user name and password, the state the frame shows, a server that goes away and comes back, and
 * sharing turned off. The server is CouchDB-compatible, started from npm packages.
 */

const dirs = tempDirs('qonaq-sharing-');
const OFFICER = { username: 'aysel', password: 'correct horse', role: 'writer' } as const;
const SIGN_IN = { username: OFFICER.username, password: OFFICER.password };
const READER = { username: 'rectorate', password: 'reads only', role: 'reader' } as const;
let server: CouchServer;
let database = 0;
const open: Store[] = [];

beforeAll(async () => {
  server = await startCouchServer({ users: [OFFICER, READER] });
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  server.online = true;
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function laptop(secrets = memorySecrets(), dataDir?: string) {
  const dir = dataDir ?? (await dirs.make());
  const store = await Store.open(dir, { snapshotEveryMs: 0 });
  open.push(store);
  const handlers = createHandlers(store, {
    version: 'test',
    host: { kind: 'browser' },
    secrets,
    // The tests ask for each exchange; none comes by itself while they run.
    syncEveryMs: 3_600_000,
  });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<unknown>> =>
    dispatch(handlers, method, input);
  return { dir, store, call, secrets };
}

const officeUrl = (): string => {
  database += 1;
  return `${server.url}/office-${database}`;
};

describe('office sharing through the core’s methods', () => {
  it('refuses a wrong password with its own error, and keeps nothing of the attempt', async () => {
    // Arrange
    const l = await laptop();

    // Act
    const result = await l.call('sharing.connect', {
      url: officeUrl(),
      username: 'aysel',
      password: 'wrong',
    });

    // Assert
    expect(result).toMatchObject({ ok: false, error: { code: 'syncUnauthorized' } });
    expect(await l.call('sharing.status', {})).toMatchObject({ ok: true, value: { state: 'off' } });
    expect(await l.secrets.read()).toBeUndefined();
  });

  it('refuses an address in plain http unless the server is this computer', async () => {
    // Arrange
    const l = await laptop();

    // Act
    const result = await l.call('sharing.connect', {
      url: 'http://couch.example.edu/office',
      username: 'aysel',
      password: 'x',
    });

    // Assert
    expect(result).toMatchObject({ ok: false, error: { code: 'syncInsecure' } });
  });

  it('tells an officer who may not create databases that there is none at the address given', async () => {
    // Arrange: a reader, who may not create the database, at an address where there is none
    const l = await laptop();

    // Act
    const result = await l.call('sharing.connect', {
      url: officeUrl(),
      username: READER.username,
      password: READER.password,
    });

    // Assert
    expect(result).toMatchObject({ ok: false, error: { code: 'syncNoDatabase' } });
    expect(await l.call('sharing.status', {})).toMatchObject({ ok: true, value: { state: 'off' } });
  });

  it('signs in, sends the visits already here, and says it is synced with nothing waiting', async () => {
    // Arrange
    const l = await laptop();
    await l.call('visits.create', { visit: visitInput({ title: 'Before sharing' }) });
    const url = officeUrl();

    // Act
    const connected = await l.call('sharing.connect', { url, ...SIGN_IN });
    const first = await l.call('sharing.syncNow', {});
    await l.call('visits.create', { visit: visitInput({ title: 'After sharing' }) });
    const waiting = await l.call('sharing.status', {});
    const synced = await l.call('sharing.syncNow', {});

    // Assert: the first exchange under way once signed in, then done
    expect(connected).toMatchObject({ ok: true, value: { state: 'syncing', url, username: 'aysel' } });
    expect(first).toMatchObject({ ok: true, value: { state: 'synced', pending: 0 } });
    expect(waiting).toMatchObject({ ok: true, value: { pending: 1 } });
    expect(synced).toMatchObject({ ok: true, value: { state: 'synced', pending: 0, conflicts: 0 } });
    const other = await laptop();
    await other.call('sharing.connect', { url, ...SIGN_IN });
    await other.call('sharing.syncNow', {});
    expect(
      other.store
        .listVisits()
        .map((v) => v.title)
        .sort(),
    ).toEqual(['After sharing', 'Before sharing']);
  });

  it('says offline since when while the server cannot be reached, keeps the change, and sends it once back', async () => {
    // Arrange
    const l = await laptop();
    const url = officeUrl();
    await l.call('sharing.connect', { url, ...SIGN_IN });
    server.online = false;
    await l.call('visits.create', { visit: visitInput({ title: 'Made offline' }) });

    // Act
    const away = await l.call('sharing.syncNow', {});
    server.online = true;
    const back = await l.call('sharing.syncNow', {});

    // Assert
    expect(away).toMatchObject({ ok: true, value: { state: 'offline', pending: 1 } });
    expect(away.ok && (away.value as { offlineSince?: string }).offlineSince).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(back).toMatchObject({ ok: true, value: { state: 'synced', pending: 0 } });
  });

  it('sends a change soon after it is saved, and the other laptop, waiting on the feed, takes it at once', async () => {
    // Arrange: both online; no timed exchange comes while the test runs
    const url = officeUrl();
    const [aysel, rauf] = [await laptop(), await laptop()];
    await aysel.call('sharing.connect', { url, ...SIGN_IN });
    await rauf.call('sharing.connect', { url, ...SIGN_IN });

    // Act
    await aysel.call('visits.create', { visit: visitInput({ title: 'Arrives by itself' }) });

    // Assert
    await vi.waitFor(
      () => expect(rauf.store.listVisits().map((v) => v.title)).toEqual(['Arrives by itself']),
      {
        timeout: 10_000,
        interval: 50,
      },
    );
    await aysel.call('sharing.disconnect', {});
    await rauf.call('sharing.disconnect', {});
  });

  it('gives a reader the office’s visits, and keeps a change the server refuses here, saying so', async () => {
    // Arrange: an officer's visit in the office; the rector's office signs in as a reader
    const url = officeUrl();
    const officer = await laptop();
    await officer.call('visits.create', { visit: visitInput({ title: 'From the office' }) });
    await officer.call('sharing.connect', { url, ...SIGN_IN });
    await officer.call('sharing.syncNow', {});
    const reader = await laptop();
    await reader.call('sharing.connect', { url, username: READER.username, password: READER.password });
    await reader.call('sharing.syncNow', {});

    // Act
    await reader.call('visits.create', { visit: visitInput({ title: 'Made by the reader' }) });
    const status = await reader.call('sharing.syncNow', {});

    // Assert
    expect(status).toMatchObject({ ok: true, value: { state: 'synced', refused: 1, pending: 1 } });
    expect(
      reader.store
        .listVisits()
        .map((v) => v.title)
        .sort(),
    ).toEqual(['From the office', 'Made by the reader']);
    await officer.call('sharing.syncNow', {});
    expect(officer.store.listVisits().map((v) => v.title)).toEqual(['From the office']);
  });

  it('picks sharing up after a restart with the kept credentials, and turning it off keeps the visits', async () => {
    // Arrange
    const secrets = memorySecrets();
    const first = await laptop(secrets);
    await first.call('sharing.connect', { url: officeUrl(), ...SIGN_IN });
    await first.call('sharing.syncNow', {});
    await first.call('visits.create', { visit: visitInput({ title: 'Kept' }) });
    await first.store.close();
    open.splice(0);

    // Act
    const again = await laptop(secrets, first.dir);
    const resumed = await again.call('sharing.syncNow', {});
    const off = await again.call('sharing.disconnect', {});

    // Assert
    expect(resumed).toMatchObject({ ok: true, value: { state: 'synced', pending: 0 } });
    expect(off).toMatchObject({ ok: true, value: { state: 'off' } });
    expect(again.store.listVisits().map((v) => v.title)).toEqual(['Kept']);
    expect(await secrets.read()).toBeUndefined();
  });
});
