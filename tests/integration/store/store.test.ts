import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { visitData } from '../../support/builders';
import { listFiles, readJson } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';

const dirs = tempDirs();
const open: Store[] = [];

async function openStore(dir: string): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0 });
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

/** A folder holding one visit at revision 1, then (after a reopen, so a snapshot holds revision 1) revision 2. */
async function folderWithTwoRevisions(): Promise<{ dir: string; id: string; file: string }> {
  const dir = await dirs.make();
  const first = await openStore(dir);
  const { visit } = await new VisitService(first).create(visitData({ title: 'Revision 1' }));
  await closeAll();
  const second = await openStore(dir);
  await new VisitService(second).update(visit.id, visitData({ title: 'Revision 2' }));
  await closeAll();
  return { dir, id: visit.id, file: join(dir, 'visits', `${visit.id}.json`) };
}

describe('what a write leaves on disk', () => {
  it('keeps the shared document in qonaq.json with the current schemaVersion', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);

    await store.updateSettings({ uiLanguage: 'ru' });

    expect(await readJson(join(dir, SHARED_FILE))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { uiLanguage: 'ru' },
      institution: null,
      hotels: [],
    });
  });

  it('keeps each visit in its own file visits/<id>.json, readable JSON with the current schemaVersion', async () => {
    const dir = await dirs.make();
    const visits = new VisitService(await openStore(dir));

    const a = (await visits.create(visitData({ title: 'A' }))).visit;
    const b = (await visits.create(visitData({ title: 'B' }))).visit;

    expect((await readdir(join(dir, 'visits'))).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    const text = await readFile(join(dir, 'visits', `${a.id}.json`), 'utf8');
    expect(text).toContain(`\n  "schemaVersion": ${SCHEMA_VERSION},`);
    // The store holds the visit without its history, which only its file keeps.
    expect(JSON.parse(text)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      visit: { ...a, history: expect.any(Array) },
    });
  });

  it('rewrites only the file of the visit that changed', async () => {
    const dir = await dirs.make();
    const visits = new VisitService(await openStore(dir));
    const a = (await visits.create(visitData({ title: 'A' }))).visit;
    const b = (await visits.create(visitData({ title: 'B' }))).visit;
    const bBefore = await stat(join(dir, 'visits', `${b.id}.json`));

    await visits.update(a.id, visitData({ title: 'A2' }));

    const bAfter = await stat(join(dir, 'visits', `${b.id}.json`));
    expect(bAfter.ino).toBe(bBefore.ino);
    expect(bAfter.mtimeMs).toBe(bBefore.mtimeMs);
  });

  it('gives back after reopening exactly what was written', async () => {
    const dir = await dirs.make();
    const visits = new VisitService(await openStore(dir));
    const a = (await visits.create(visitData({ title: 'Ağdam – Şuşa' }))).visit;
    await closeAll();

    const reopened = await openStore(dir);

    expect(reopened.listVisits()).toEqual([a]);
    expect(reopened.notices).toEqual([]);
  });
});

describe('opening a folder', () => {
  it('creates the folder layout and the shared document in a new folder', async () => {
    const dir = join(await dirs.make(), 'nested', 'data');

    await openStore(dir);

    expect((await readdir(dir)).sort()).toEqual([
      '.lock',
      'qonaq.json',
      'quarantine',
      'snapshots',
      'trash',
      'visits',
    ]);
  });

  it('ignores and removes a temp file left by an interrupted write', async () => {
    const { dir, id, file } = await folderWithTwoRevisions();
    const good = await readFile(file);
    await writeFile(join(dir, 'visits', `.${id}.json.123.tmp`), '{"schemaVersion":1,"visit":{"tit');
    await writeFile(join(dir, `.${SHARED_FILE}.456.7.abcd.tmp`), '');

    const store = await openStore(dir);

    expect(store.getVisit(id)?.title).toBe('Revision 2');
    expect(store.notices).toEqual([]);
    expect(await readdir(join(dir, 'visits'))).toEqual([`${id}.json`]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(file)).toEqual(good);
  });

  it('does not take a visit file renamed by hand for another visit, and puts the visit back from the snapshot', async () => {
    const { dir, id, file } = await folderWithTwoRevisions();
    await rename(file, join(dir, 'visits', 'someone-else.json'));

    const store = await openStore(dir);

    expect(await readdir(join(dir, 'quarantine'))).toHaveLength(1);
    expect(store.notices).toContainEqual({
      code: 'quarantinedNoSnapshot',
      params: { file: join('visits', 'someone-else.json') },
    });
    // The visit's own file is missing: the newest snapshot still holds it (its first revision).
    expect(store.listVisits().map((v) => [v.id, v.title])).toEqual([[id, 'Revision 1']]);
    expect(store.notices).toContainEqual(
      expect.objectContaining({
        code: 'restoredFromSnapshot',
        params: expect.objectContaining({ file: join('visits', `${id}.json`) }),
      }),
    );
    expect(id).not.toBe('someone-else');
  });
});

describe('a damaged file', () => {
  const damages: [string, (bytes: Buffer) => Buffer | string][] = [
    ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['zeros', (bytes) => Buffer.alloc(bytes.length)],
    ['empty', () => ''],
    ['invalid JSON', () => '{ "schemaVersion": 1, visit: }'],
    [
      'valid JSON failing the schema',
      () => JSON.stringify({ schemaVersion: 1, visit: { id: 'x', title: 42 } }),
    ],
    ['a JSON array', () => '[]'],
    ['a bad schemaVersion', () => JSON.stringify({ schemaVersion: 'one' })],
  ];

  it.each(damages)(
    '(%s visit file) is moved to quarantine and the newest good snapshot restored',
    async (_, damage) => {
      const { dir, id, file } = await folderWithTwoRevisions();
      const damaged = damage(await readFile(file));
      await writeFile(file, damaged);

      const store = await openStore(dir);

      expect(store.getVisit(id)?.title).toBe('Revision 1');
      expect(store.notices).toEqual([
        {
          code: 'restoredFromSnapshot',
          params: { file: join('visits', `${id}.json`), snapshot: expect.any(String) },
        },
      ]);
      const quarantined = await readdir(join(dir, 'quarantine'));
      expect(quarantined).toHaveLength(1);
      expect(await readFile(join(dir, 'quarantine', quarantined[0] ?? ''))).toEqual(Buffer.from(damaged));
      expect(await readJson(file)).toMatchObject({
        schemaVersion: SCHEMA_VERSION,
        visit: { id, title: 'Revision 1' },
      });
    },
  );

  it.each(damages)(
    '(%s shared file) is moved to quarantine and restored from a snapshot',
    async (_, damage) => {
      const { dir } = await folderWithTwoRevisions();
      const store0 = await openStore(dir);
      await store0.updateSettings({ uiLanguage: 'en' });
      await closeAll();
      await openStore(dir); // its start snapshot holds uiLanguage 'en'
      await closeAll();
      const file = join(dir, SHARED_FILE);
      await writeFile(file, damage(await readFile(file)));

      const store = await openStore(dir);

      expect(store.settings.uiLanguage).toBe('en');
      expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([
        ['restoredFromSnapshot', SHARED_FILE],
      ]);
      expect(await readdir(join(dir, 'quarantine'))).toHaveLength(1);
    },
  );

  it('is kept in quarantine, never overwritten, when no snapshot has a good copy', async () => {
    const { dir, id, file } = await folderWithTwoRevisions();
    await rm(join(dir, 'snapshots'), { recursive: true });
    await writeFile(file, '{"schemaVersion":1,"visit":{"id":"');

    const store = await openStore(dir);

    expect(store.listVisits()).toEqual([]);
    expect(store.notices).toEqual([
      { code: 'quarantinedNoSnapshot', params: { file: join('visits', `${id}.json`) } },
    ]);
    const quarantined = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toBe(
      '{"schemaVersion":1,"visit":{"id":"',
    );
  });

  it('in the shared file, with no snapshot, is kept in quarantine and defaults take its place', async () => {
    const dir = await dirs.make();
    await openStore(dir);
    await closeAll();
    await rm(join(dir, 'snapshots'), { recursive: true });
    await writeFile(join(dir, SHARED_FILE), 'garbage');

    const store = await openStore(dir);

    expect(store.settings).toEqual({ uiLanguage: 'az' });
    expect(store.notices).toEqual([{ code: 'quarantinedNoSnapshot', params: { file: SHARED_FILE } }]);
    const quarantined = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toBe('garbage');
  });

  it('found twice in the same millisecond keeps both bad copies', async () => {
    const dir = await dirs.make();
    const fixed = new Date('2026-05-01T10:00:00Z');
    const first = await Store.open(dir, { snapshotEveryMs: 0, now: () => fixed });
    await first.close();
    await rm(join(dir, 'snapshots'), { recursive: true });
    await writeFile(join(dir, SHARED_FILE), 'bad one');
    const second = await Store.open(dir, { snapshotEveryMs: 0, now: () => fixed });
    await second.close();
    await rm(join(dir, 'snapshots'), { recursive: true });
    await writeFile(join(dir, SHARED_FILE), 'bad two');

    const third = await Store.open(dir, { snapshotEveryMs: 0, now: () => fixed });
    await third.close();

    const kept = await Promise.all(
      (await readdir(join(dir, 'quarantine'))).map((n) => readFile(join(dir, 'quarantine', n), 'utf8')),
    );
    expect(kept.sort()).toEqual(['bad one', 'bad two']);
  });

  it('restores a missing shared document from a snapshot while visits exist', async () => {
    const { dir, id } = await folderWithTwoRevisions();
    const store0 = await openStore(dir);
    await store0.updateSettings({ uiLanguage: 'ru' });
    await closeAll();
    await openStore(dir);
    await closeAll();
    await rm(join(dir, SHARED_FILE));

    const store = await openStore(dir);

    expect(store.settings.uiLanguage).toBe('ru');
    expect(store.getVisit(id)?.title).toBe('Revision 2');
    expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([
      ['restoredFromSnapshot', SHARED_FILE],
    ]);
    expect(await readJson(join(dir, SHARED_FILE))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { uiLanguage: 'ru' },
      institution: null,
      hotels: [],
    });
  });
});

describe('a file from a newer version of Qonaq', () => {
  it.each(['visit', 'shared'] as const)(
    '(%s) stops the store from opening and is left byte for byte',
    async (which) => {
      const { dir, file: visitFile } = await folderWithTwoRevisions();
      const file = which === 'visit' ? visitFile : join(dir, SHARED_FILE);
      const doc = (await readJson(file)) as Record<string, unknown>;
      const newer = `${JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION + 1, somethingNew: [1, 2] })}\n`;
      await writeFile(file, newer);
      const filesBefore = await listFiles(dir);

      const error = await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));

      expect(error.code).toBe('storeNewerVersion');
      expect(error.params).toEqual({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
      expect(await readFile(file, 'utf8')).toBe(newer);
      expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
      expect(await listFiles(dir)).toEqual(filesBefore.filter((f) => f !== '.lock'));
    },
  );

  it('refuses again on a second try rather than reporting the folder locked', async () => {
    const { dir, file } = await folderWithTwoRevisions();
    await writeFile(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, visit: {} }));
    await rejection(() => Store.open(dir));

    const error = await rejection(() => Store.open(dir));

    expect(error.code).toBe('storeNewerVersion');
  });
});

describe('settings', () => {
  it('keeps a changed setting across a reopen', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);

    await store.updateSettings({ uiLanguage: 'en' });
    await closeAll();

    expect((await openStore(dir)).settings).toEqual({ uiLanguage: 'en' });
  });
});

describe('a closed store', () => {
  it('refuses changes once closed, with an error code', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    await store.close();

    const error = await rejection(() => store.updateSettings({ uiLanguage: 'en' }));

    expect(error.code).toBe('internal');
  });

  it('refuses a change asked for while it is closing', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const before = visits.create(visitData({ title: 'Before close' }));

    const closing = store.close();
    const during = await rejection(() => visits.create(visitData({ title: 'During close' })));
    await closing;

    expect(during.code).toBe('internal');
    expect((await before).visit.title).toBe('Before close');
    expect(await readdir(join(dir, 'visits'))).toHaveLength(1);
  });

  it('finishes every write under way before letting go of the folder', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const creating = Array.from({ length: 10 }, (_, i) => visits.create(visitData({ title: `V${i}` })));

    await store.close();

    expect((await Promise.all(creating)).map((d) => d.visit.title)).toHaveLength(10);
    expect(await readdir(join(dir, 'visits'))).toHaveLength(10);
    expect((await readdir(dir)).includes('.lock')).toBe(false);
  });
});

describe('a folder that cannot be used', () => {
  it('answers storeUnreadable when the data folder is a file', async () => {
    const parent = await dirs.make();
    const notAFolder = join(parent, 'data');
    await writeFile(notAFolder, 'I am a file');

    const error = await rejection(() => Store.open(notAFolder));

    expect(error.code).toBe('storeUnreadable');
    expect(await readFile(notAFolder, 'utf8')).toBe('I am a file');
  });
});
