import { afterEach, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { INDEX_FILE } from '../../../src/core/store/visit-index';
import { Store, type StoreOptions } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { findVisits } from '../../../src/core/visit-search';
import type { AppStatus } from '../../../src/shared/app-contract';
import type { VisitSummary } from '../../../src/shared/visits-contract';
import { guestData, visitData, visitInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

/**
 * The index of visits (decision 0009): the first list is served from it while the visit files are
 * read in the background, and it must be the list the files give, whatever state the index is in.
 */
const dirs = tempDirs('qonaq-index-');
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function openStore(dir: string, options: StoreOptions = {}): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0, ...options });
  open.push(store);
  return store;
}

/** Opens as the app does: the list first, the visits read in the background. */
const openAsApp = (dir: string, options: StoreOptions = {}) =>
  openStore(dir, { background: true, ...options });

async function closeStore(store: Store): Promise<void> {
  await store.close();
  open.splice(open.indexOf(store), 1);
}

const SURNAMES = ['Aliyev', 'Berger', 'Chen', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Horvat', 'Ivanov'];

/** A folder with `count` visits, closed (which writes the index); answers their ids. */
async function folderWithVisits(count: number): Promise<{ dir: string; ids: string[] }> {
  const dir = await dirs.make();
  const store = await openStore(dir);
  const visits = new VisitService(store);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { visit } = await visits.create(visitData({ title: `Visit ${i}` }), [
      guestData({ surname: SURNAMES[i] ?? 'Jensen', citizenship: i % 2 ? 'FR' : 'DE' }),
    ]);
    ids.push(visit.id);
  }
  await closeStore(store);
  return { dir, ids };
}

/** The list as the files give it: every file read first. */
async function listFromFiles(dir: string, query = {}): Promise<VisitSummary[]> {
  const store = await openStore(dir);
  const list = findVisits(store.listVisits(), query);
  await closeStore(store);
  return list;
}

describe('the first list', () => {
  it('is served from the index before any visit file is read, and is the list the files give', async () => {
    const { dir } = await folderWithVisits(5);
    const expected = await listFromFiles(dir);

    const store = await openAsApp(dir);
    const first = new VisitService(store).list({});

    expect(store.isReady).toBe(false);
    expect(first).toEqual(expected);
    await store.ready();
    expect(store.listVisits()).toHaveLength(5);
  });

  it('finds by text and country from the index as the files would', async () => {
    const { dir } = await folderWithVisits(6);
    const store = await openAsApp(dir);
    const visits = new VisitService(store);

    expect(store.isReady).toBe(false);
    const byText = visits.list({ text: 'dubois' });
    const byCountry = visits.list({ country: 'fr' });
    await closeStore(store);
    expect(byText).toEqual(await listFromFiles(dir, { text: 'dubois' }));
    expect(byText.map((v) => v.title)).toEqual(['Visit 3']);
    expect(byCountry).toEqual(await listFromFiles(dir, { country: 'fr' }));
    expect(byCountry).toHaveLength(3);
  });

  it('gives at most `limit` visits, the first of the list', async () => {
    const { dir } = await folderWithVisits(5);
    const store = await openAsApp(dir);

    const firstTwo = new VisitService(store).list({ limit: 2 });
    await closeStore(store);

    expect(firstTwo).toEqual((await listFromFiles(dir)).slice(0, 2));
  });

  it.each([
    ['missing', (path: string) => rm(path)],
    ['not JSON', (path: string) => writeFile(path, '{"format": 1, "visits": {')],
    ['of another format', (path: string) => writeFile(path, JSON.stringify({ format: 999, visits: {} }))],
    [
      "whose stamps are not the files'",
      async (path: string) => {
        const index = JSON.parse(await readFile(path, 'utf8')) as {
          folder: string;
          visits: Record<string, { stamp: string; summary: { title: string } }>;
        };
        index.folder = `${index.folder}0`;
        for (const entry of Object.values(index.visits)) {
          entry.stamp = `${entry.stamp}0`;
          entry.summary.title = 'Not what the file says';
        }
        await writeFile(path, JSON.stringify(index));
      },
    ],
  ])('is right with an index %s', async (_name, spoil) => {
    const { dir } = await folderWithVisits(4);
    const expected = await listFromFiles(dir);
    await spoil(join(dir, INDEX_FILE));

    const store = await openAsApp(dir);

    expect(new VisitService(store).list({})).toEqual(expected);
  });

  it('is put right once the visits are read, should an index entry lie with its stamps intact', async () => {
    const { dir } = await folderWithVisits(3);
    const expected = await listFromFiles(dir);
    const path = join(dir, INDEX_FILE);
    const index = JSON.parse(await readFile(path, 'utf8')) as {
      visits: Record<string, { summary: { title: string } }>;
    };
    for (const entry of Object.values(index.visits)) entry.summary.title = 'Not what the file says';
    await writeFile(path, JSON.stringify(index));

    const store = await openAsApp(dir);
    await store.ready();

    expect(new VisitService(store).list({})).toEqual(expected);
    await closeStore(store);
    expect(await readFile(path, 'utf8')).not.toContain('Not what the file says');
  });

  it('shows a change made after the index was written, when the app was killed before it was rewritten', async () => {
    const { dir, ids } = await folderWithVisits(4);
    const indexBefore = await readFile(join(dir, INDEX_FILE));
    const store = await openAsApp(dir, { indexDelayMs: 60_000 });
    await store.ready();
    const visits = new VisitService(store);
    await visits.update(ids[1] ?? '', visitData({ title: 'Changed before the kill' }));
    await visits.delete(ids[2] ?? '');
    const created = await visits.create(visitData({ title: 'Created before the kill' }));
    await closeStore(store);
    // As if killed: the index is the one from before the changes.
    await writeFile(join(dir, INDEX_FILE), indexBefore);

    const reopened = await openAsApp(dir);
    const first = new VisitService(reopened).list({});

    const titles = first.map((v) => v.title);
    expect(titles).toContain('Changed before the kill');
    expect(titles).toContain('Created before the kill');
    expect(first.map((v) => v.id)).not.toContain(ids[2]);
    expect(first.map((v) => v.id)).toContain(created.visit.id);
    await closeStore(reopened);
    expect(first).toEqual(await listFromFiles(dir));
  });

  it('is rewritten after changes, without waiting for the close', async () => {
    const { dir } = await folderWithVisits(2);
    const store = await openAsApp(dir, { indexDelayMs: 10 });
    const { visit } = await new VisitService(store).create(visitData({ title: 'Indexed while open' }));

    await expect
      .poll(async () => (await readFile(join(dir, INDEX_FILE), 'utf8')).includes(visit.id), { timeout: 5000 })
      .toBe(true);
  });
});

describe('while the visits are read in the background', () => {
  it('every method that needs a visit waits for them and answers right', async () => {
    const { dir, ids } = await folderWithVisits(5);
    const store = await openAsApp(dir);
    const handlers = createHandlers(store, { version: 'test', host: { kind: 'browser' } });
    const id = ids[3] ?? '';

    expect(store.isReady).toBe(false);
    const [got, range, updated, status] = await Promise.all([
      dispatch(handlers, 'visits.get', { id }),
      dispatch(handlers, 'calendar.range', { from: '2026-05-11', to: '2026-05-18', visitIds: [] }),
      dispatch(handlers, 'visits.update', {
        id: ids[0],
        visit: visitInput({ title: 'Edited while loading' }),
      }),
      dispatch(handlers, 'app.status', {}),
    ]);

    expect(JSON.stringify([got, range, updated].map((r) => r.ok || r.error))).toBe('[true,true,true]');
    expect(got).toMatchObject({ ok: true, value: { visit: { id, title: 'Visit 3' } } });
    expect(range.ok).toBe(true);
    expect(updated).toMatchObject({ ok: true, value: { visit: { title: 'Edited while loading' } } });
    expect(status).toMatchObject({ ok: true, value: { loading: true } });
    expect(await dispatch(handlers, 'app.status', {})).toMatchObject({ ok: true, value: { loading: false } });
    await closeStore(store);
    expect((await listFromFiles(dir)).map((v) => v.title)).toContain('Edited while loading');
  });

  it('a change asked for before closing is saved, though the visits were still being read', async () => {
    const { dir, ids } = await folderWithVisits(3);
    const store = await openAsApp(dir);
    const handlers = createHandlers(store, { version: 'test', host: { kind: 'browser' } });
    const saving = dispatch(handlers, 'visits.update', {
      id: ids[0],
      visit: visitInput({ title: 'Saved on the way out' }),
    });

    await closeStore(store);

    expect(await saving).toMatchObject({ ok: true, value: { visit: { title: 'Saved on the way out' } } });
    expect((await listFromFiles(dir)).map((v) => v.title)).toContain('Saved on the way out');
  });

  it('a damaged file found then is repaired, and its notice reaches app.status', async () => {
    const { dir, ids } = await folderWithVisits(3);
    // A start snapshot holds the good copy; then the file is damaged in place, its folder untouched,
    // so the index still vouches for it and it is read only in the background.
    await closeStore(await openStore(dir));
    const rel = join('visits', `${ids[1] ?? ''}.json`);
    const good = await readFile(join(dir, rel), 'utf8');
    await writeFile(join(dir, rel), good.slice(0, 40));

    const store = await openAsApp(dir);
    const handlers = createHandlers(store, { version: 'test', host: { kind: 'browser' } });
    const status = async () => {
      const result = await dispatch(handlers, 'app.status', {});
      if (!result.ok) throw new Error('app.status failed');
      return result.value as AppStatus;
    };

    expect(await status()).toMatchObject({ loading: true, notices: [] });
    await expect.poll(async () => (await status()).loading, { timeout: 5000 }).toBe(false);
    expect((await status()).notices).toEqual([
      { code: 'restoredFromSnapshot', params: { file: rel, snapshot: expect.any(String) as string } },
    ]);
    expect(await readFile(join(dir, rel), 'utf8')).toBe(good);
    expect(await dispatch(handlers, 'visits.get', { id: ids[1] })).toMatchObject({
      ok: true,
      value: { visit: { title: 'Visit 1' } },
    });
  });
});
