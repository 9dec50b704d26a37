import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Every file below `dir` with its size and time of change, by path. */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = await stat(path);
    state[path] = `${size} ${mtimeMs}`;
  }
  return state;
}

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

  it('opens read-only for a reader: the office’s data arrives, their changes are refused, settings stay theirs', async () => {
    // Arrange: an officer's visit in the office; the rector's office made one before it signed in as a reader
    const url = officeUrl();
    const officer = await laptop();
    await officer.call('visits.create', { visit: visitInput({ title: 'From the office' }) });
    await officer.call('partners.save', { partner: { officialName: 'Universität Wien' } });
    await officer.call('sharing.connect', { url, ...SIGN_IN });
    await officer.call('sharing.syncNow', {});
    const secrets = memorySecrets();
    const reader = await laptop(secrets);
    await reader.call('visits.create', { visit: visitInput({ title: 'Made before signing in' }) });
    const titles = (store: Store) =>
      store
        .listVisits()
        .map((v) => v.title)
        .sort();

    // Act
    await reader.call('sharing.connect', { url, username: READER.username, password: READER.password });
    const status = await reader.call('sharing.syncNow', {});

    // Assert: the office's visit and partner arrived; the one made before is kept here, refused there, and said so
    expect(reader.store.partnersDoc.partners.map((p) => p.officialName)).toEqual(['Universität Wien']);
    expect(status).toMatchObject({
      ok: true,
      value: { state: 'synced', access: 'read', refused: 1, pending: 1 },
    });
    expect(titles(reader.store)).toEqual(['From the office', 'Made before signing in']);

    // Act: the reader tries to change the office's data, and their own settings
    const made = await reader.call('visits.create', { visit: visitInput({ title: 'Made by the reader' }) });
    const partner = await reader.call('partners.save', { partner: { officialName: 'Ankara Üniversitesi' } });
    const settings = await reader.call('settings.update', { uiLanguage: 'ru', officerName: 'Rectorate' });

    // Assert: only the settings change
    expect(made).toMatchObject({ ok: false, error: { code: 'officeReader' } });
    expect(partner).toMatchObject({ ok: false, error: { code: 'officeReader' } });
    expect(reader.store.partnersDoc.partners).toHaveLength(1);
    expect(settings).toMatchObject({ ok: true, value: { uiLanguage: 'ru', officerName: 'Rectorate' } });
    expect(titles(reader.store)).toEqual(['From the office', 'Made before signing in']);

    // Act: the officer adds a visit
    await officer.call('visits.create', { visit: visitInput({ title: 'Later from the office' }) });
    await officer.call('sharing.syncNow', {});
    await reader.call('sharing.syncNow', {});

    // Assert: it arrives; nothing of the reader's reaches the office
    expect(titles(reader.store)).toEqual([
      'From the office',
      'Later from the office',
      'Made before signing in',
    ]);
    expect(titles(officer.store)).toEqual(['From the office', 'Later from the office']);

    // Act: the reader's laptop starts again with the server out of reach
    await reader.store.close();
    open.splice(open.indexOf(reader.store), 1);
    server.online = false;
    const again = await laptop(secrets, reader.dir);
    await again.call('sharing.syncNow', {});

    // Assert: still read-only, offline
    expect(await again.call('visits.create', { visit: visitInput({ title: 'Offline' }) })).toMatchObject({
      ok: false,
      error: { code: 'officeReader' },
    });

    // Act: sharing is turned off on this laptop
    server.online = true;
    await again.call('sharing.disconnect', {});

    // Assert: the visits here are the officer's own again
    expect(await again.call('visits.create', { visit: visitInput({ title: 'Own' }) })).toMatchObject({
      ok: true,
    });
  });

  it('closing the store waits for the exchange under way: nothing is written into the folder after', async () => {
    // Arrange: a laptop sharing, with 40 visits to send
    const l = await laptop();
    for (let n = 0; n < 40; n += 1)
      await l.call('visits.create', { visit: visitInput({ title: `Visit ${n}` }) });
    await l.call('sharing.connect', { url: officeUrl(), ...SIGN_IN });

    // Act: an exchange is asked for, and the store closes while it runs
    const exchange = l.call('sharing.syncNow', {});
    await l.store.close();
    open.splice(open.indexOf(l.store), 1);
    const after = await folderState(join(l.dir, 'sync'));
    await exchange;
    await new Promise((resolve) => setTimeout(resolve, 700));

    // Assert: the files of sync/ are as they were when the store let go of the folder
    expect(await folderState(join(l.dir, 'sync'))).toEqual(after);
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
