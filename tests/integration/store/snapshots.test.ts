import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { listSnapshots } from '../../../src/core/store/snapshots';
import { VisitService } from '../../../src/core/visits';
import { AppError } from '../../../src/shared/errors';
import { visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const open: Store[] = [];

async function openStore(dir: string, options: Parameters<typeof Store.open>[1] = {}): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0, ...options });
  open.push(store);
  return store;
}

async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

afterEach(async () => {
  await closeAll();
  await dirs.removeAll();
});

const snapshotFile = (dir: string, id: string, ...rest: string[]) => join(dir, 'snapshots', id, ...rest);

describe('snapshots', () => {
  it('takes one when the store opens, holding every document', async () => {
    const dir = await dirs.make();
    const first = await openStore(dir);
    const { visit: v } = await new VisitService(first).create(visitData());
    await closeAll();

    const store = await openStore(dir);

    const [newest] = await store.listSnapshots();
    expect(newest).toMatchObject({ reason: 'start', visitCount: 1 });
    const id = newest?.id ?? '';
    expect(await readFile(snapshotFile(dir, id, SHARED_FILE))).toEqual(
      await readFile(join(dir, SHARED_FILE)),
    );
    expect(await readFile(snapshotFile(dir, id, 'visits', `${v.id}.json`))).toEqual(
      await readFile(join(dir, 'visits', `${v.id}.json`)),
    );
  });

  it('copies a file once, then hard-links that copy while the file is unchanged', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const { visit: v } = await new VisitService(store).create(visitData());
    const rel = join('visits', `${v.id}.json`);

    const a = await store.snapshot('manual');
    const b = await store.snapshot('manual');

    const [live, inA, inB] = await Promise.all([
      stat(join(dir, rel)),
      stat(snapshotFile(dir, a.id, rel)),
      stat(snapshotFile(dir, b.id, rel)),
    ]);
    expect(inA.ino).not.toBe(live.ino);
    expect(inB.ino).toBe(inA.ino);
  });

  it('keeps its copy when the live file is edited in place (by hand, by a sync tool)', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    await store.updateSettings({ uiLanguage: 'en' });
    const taken = await store.snapshot('manual');
    await closeAll();

    await writeFile(join(dir, SHARED_FILE), '{"schemaVersion":1,"settings":{"uiLang'); // in place: same inode
    const reopened = await openStore(dir);

    expect(await readFile(snapshotFile(dir, taken.id, SHARED_FILE), 'utf8')).toContain('"uiLanguage": "en"');
    expect(reopened.settings.uiLanguage).toBe('en');
    expect(reopened.notices.map((n) => n.code)).toEqual(['restoredFromSnapshot']);
  });

  it('thins its snapshots as the days pass: all of the last day, then one a day', async () => {
    const dir = await dirs.make();
    let clock = new Date('2026-03-01T05:00:00.000Z'); // 09:00 in Baku
    const store = await openStore(dir, { now: () => clock });
    const visits = new VisitService(store);
    const { visit } = await visits.create(visitData({ title: 'Day 1' }));

    for (let day = 1; day <= 33; day++) {
      for (const hour of [5, 9, 13]) {
        clock = new Date(Date.UTC(2026, 2, day, hour));
        await visits.update(visit.id, visitData({ title: `Day ${day}, ${hour + 4}:00` }));
        await store.snapshot('manual');
      }
    }

    // Baku times of the snapshots kept after 17:00 on 2 April: that day's three, and the last one of
    // each of the 29 days before it; 1 and 2 March are more than 30 days back.
    const kept = (await store.listSnapshots()).map((s) =>
      new Date(Date.parse(s.createdAt) + 4 * 3600_000).toISOString().slice(5, 16),
    );
    const expected = ['04-02T17:00', '04-02T13:00', '04-02T09:00', '04-01T17:00'];
    for (let day = 31; day >= 4; day--) expected.push(`03-${String(day).padStart(2, '0')}T17:00`);
    expect(kept).toEqual(expected);
    expect((await readdir(join(dir, 'snapshots'))).sort()).toEqual(
      (await store.listSnapshots()).map((s) => s.id).sort(),
    );
  });

  it('orders snapshots by when they were taken even within one millisecond', async () => {
    const dir = await dirs.make();
    const fixed = new Date('2026-05-01T10:00:00.000Z');
    const store = await openStore(dir, { now: () => fixed });

    const taken = [];
    for (let i = 0; i < 12; i++) taken.push(await store.snapshot(i % 2 ? 'manual' : 'periodic'));

    const listed = await store.listSnapshots();
    expect(listed.slice(0, 12).map((s) => s.id)).toEqual(taken.reverse().map((s) => s.id));
    expect(new Set(listed.map((s) => s.createdAt)).size).toBe(listed.length);
  });

  it('does not list a half-made snapshot left by a crash, removes it with the next one, and ignores folders that are not snapshots', async () => {
    const dir = await dirs.make();
    await openStore(dir);
    await closeAll();
    await mkdir(join(dir, 'snapshots', '.partial-2026-05-01T10-00-00-000Z-manual', 'visits'), {
      recursive: true,
    });
    await mkdir(join(dir, 'snapshots', 'my notes'));

    const listed = await listSnapshots(dir);
    await openStore(dir);

    expect(listed).toHaveLength(1);
    const after = await listSnapshots(dir);
    expect(after).toHaveLength(2);
    expect((await readdir(join(dir, 'snapshots'))).sort()).toEqual(
      [...after.map((s) => s.id), 'my notes'].sort(),
    );
  });

  it('lists the snapshots while one is being taken without harming it', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    for (let i = 0; i < 5; i++) await new VisitService(store).create(visitData({ title: `Visit ${i}` }));

    let done = false;
    const taking = store.snapshot('manual').finally(() => (done = true));
    let listings = 0;
    // As the Backups page may, asking again and again while the snapshot is under way.
    while (!done) {
      expect((await listSnapshots(dir)).length).toBeGreaterThanOrEqual(1);
      listings += 1;
    }

    expect(await taking).toMatchObject({ reason: 'manual', visitCount: 5 });
    expect(listings).toBeGreaterThan(1);
  });
});

describe('restoreSnapshot', () => {
  it('brings back the folder as it was, after taking a beforeRestore snapshot', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const visits = new VisitService(store);
    const { visit: kept } = await visits.create(visitData({ title: 'Kept' }));
    await store.updateSettings({ uiLanguage: 'en' });
    const target = await store.snapshot('manual');
    await visits.update(kept.id, visitData({ title: 'Changed later' }));
    const { visit: later } = await visits.create(visitData({ title: 'Created later' }));
    await store.updateSettings({ uiLanguage: 'ru' });

    const restored = await store.restoreSnapshot(target.id);

    expect(restored).toEqual(target);
    expect(store.listVisits()).toEqual([kept]);
    expect(store.settings.uiLanguage).toBe('en');
    expect(store.notices).toContainEqual({ code: 'restoredBackup', params: { snapshot: target.createdAt } });
    const [before] = await store.listSnapshots();
    expect(before).toMatchObject({ reason: 'beforeRestore', visitCount: 2 });
    expect(await readdir(join(dir, 'trash'))).toEqual([`${later.id}.json`]);
    expect(JSON.parse(await readFile(join(dir, 'visits', `${kept.id}.json`), 'utf8'))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      visit: { ...kept, history: expect.any(Array) },
    });
  });

  it('can itself be undone by restoring the beforeRestore snapshot', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const visits = new VisitService(store);
    const target = await store.snapshot('manual');
    const { visit: v } = await visits.create(visitData({ title: 'Made after' }));
    await store.restoreSnapshot(target.id);
    const before = (await store.listSnapshots()).find((s) => s.reason === 'beforeRestore');
    if (!before) throw new Error('no beforeRestore snapshot');

    await store.restoreSnapshot(before.id);

    expect(store.listVisits()).toEqual([v]);
  });

  it('restores a snapshot months old, kept as the last of its month, and keeps it afterwards', async () => {
    const dir = await dirs.make();
    let clock = new Date('2026-01-31T10:00:00.000Z');
    const store = await openStore(dir, { now: () => clock });
    const visits = new VisitService(store);
    const { visit: january } = await visits.create(visitData({ title: 'January' }));
    const target = await store.snapshot('manual');
    for (let day = 1; day <= 60; day++) {
      clock = new Date(Date.UTC(2026, 1, day, 10));
      await visits.create(visitData({ title: `Day ${day}` }));
      await store.snapshot('periodic');
    }
    expect((await store.listSnapshots()).map((s) => s.id)).toContain(target.id);

    await store.restoreSnapshot(target.id);

    expect(store.listVisits()).toEqual([january]);
    const after = await store.listSnapshots();
    expect(after.map((s) => s.id)).toContain(target.id);
    expect(after[0]).toMatchObject({ reason: 'beforeRestore', visitCount: 61 });
  });

  it('answers notFound for an unknown snapshot and changes nothing', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const count = (await store.listSnapshots()).length;

    const error = await store.restoreSnapshot('no-such-snapshot').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'notFound' });
    expect(await store.listSnapshots()).toHaveLength(count);
  });

  it('waits for writes under way and lets later ones land on the restored state', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const visits = new VisitService(store);
    const target = await store.snapshot('manual');

    const creating = visits.create(visitData({ title: 'Before restore' }));
    const restoring = store.restoreSnapshot(target.id);
    const after = visits.create(visitData({ title: 'After restore' }));
    await Promise.all([creating, restoring, after]);

    expect(store.listVisits().map((v) => v.title)).toEqual(['After restore']);
  });
});

describe('restoreSnapshot of a damaged snapshot', () => {
  it('answers storeUnreadable and changes nothing', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const visits = new VisitService(store);
    const { visit: v } = await visits.create(visitData({ title: 'Before' }));
    const target = await store.snapshot('manual');
    await visits.update(v.id, visitData({ title: 'Current' }));
    await writeFile(snapshotFile(dir, target.id, 'visits', `${v.id}.json`), '{"schemaVersion":1,"visit":');
    const snapshotsBefore = await store.listSnapshots();

    const error = await store.restoreSnapshot(target.id).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'storeUnreadable', params: { snapshot: target.id } });
    expect(store.getVisit(v.id)?.title).toBe('Current');
    expect(await store.listSnapshots()).toEqual(snapshotsBefore);
  });
});
