import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import type { Visit } from '../../../src/shared/domain';
import { FaultyFs, type FaultPoint } from '../../support/faulty-fs';
import { rejection } from '../../support/rejection';
import { guestData, visitData } from '../../support/builders';
import { listFiles, tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/**
 * I/O errors as a laptop meets them: antivirus and sync tools holding a file (EPERM, EBUSY on
 * rename, Windows), a full disk (ENOSPC mid-write), a folder that cannot be written (EACCES, EROFS).
 * Each goes through the store, and each time both the store's memory and the file on disk must
 * still hold the last acknowledged state, no temp file may be left, and the store must work again
 * once the fault is gone.
 */
const dirs = tempDirs('qonaq-io-');
const injected = { count: 0 };
afterEach(() => dirs.removeAll());
afterAll(() => console.info(`[io-faults] ${injected.count} faults injected through the store`));

async function storeWithVisit(faults = new FaultyFs()) {
  const dir = await dirs.make();
  const store = await Store.open(dir, { fs: faults.fs, snapshotEveryMs: 0 });
  const visits = new VisitService(store);
  const { visit } = await visits.create(visitData({ title: 'Acknowledged' }));
  const file = join(dir, 'visits', `${visit.id}.json`);
  return { dir, store, visits, visit, file, faults, shared: join(dir, SHARED_FILE) };
}

/** Opens the folder afresh, with the real file system, and gives back what a restarted app would see. */
async function afterRestart(dir: string): Promise<{ visits: Visit[]; uiLanguage: string }> {
  const store = await Store.open(dir, { snapshotEveryMs: 0 });
  try {
    expect(store.notices).toEqual([]);
    return { visits: store.listVisits(), uiLanguage: store.settings.uiLanguage };
  } finally {
    await store.close();
  }
}

describe('a rename refused by antivirus or a sync tool', () => {
  it.each(['EPERM', 'EBUSY'])('(%s, twice) is retried and the change is saved', async (code) => {
    const { dir, store, visits, visit, file, faults } = await storeWithVisit();
    faults.failNext('rename', code, 2);

    const { visit: saved } = await visits.update(visit.id, visitData({ title: 'Saved after retries' }));

    injected.count += faults.injected;
    expect(faults.injected).toBe(2);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      visit: { title: 'Saved after retries' },
    });
    expect(store.getVisit(visit.id)).toEqual(saved);
    expect(await tempFilesIn(dir)).toEqual([]);
    await store.close();
  });

  it.each([
    ['EPERM', 'readOnly'],
    ['EBUSY', 'writeFailed'],
  ])(
    '(%s, lasting) answers %s, keeps the old file and state, and works once released',
    async (code, appCode) => {
      const { dir, store, visits, visit, file, faults } = await storeWithVisit();
      const before = await readFile(file);
      faults.failNext('rename', code);

      const error = await rejection(() => visits.update(visit.id, visitData({ title: 'Refused' })));

      injected.count += faults.injected;
      expect(error.code).toBe(appCode);
      expect(faults.injected).toBe(5);
      expect(await readFile(file)).toEqual(before);
      expect(store.getVisit(visit.id)).toEqual(visit);
      expect(await tempFilesIn(dir)).toEqual([]);

      faults.heal();
      await visits.addGuest(visit.id, guestData());
      await store.close();
      const { visits: reopened } = await afterRestart(dir);
      expect(reopened).toMatchObject([{ title: 'Acknowledged', guests: [{ surname: 'Öztürk' }] }]);
    },
  );

  it('(EBUSY, lasting, on the settings) keeps the old settings on disk and in memory', async () => {
    const { dir, store, shared, faults } = await storeWithVisit();
    const before = await readFile(shared);
    faults.failNext('rename', 'EBUSY');

    const error = await rejection(() => store.updateSettings({ uiLanguage: 'ru' }));

    injected.count += faults.injected;
    expect(error.code).toBe('writeFailed');
    expect(await readFile(shared)).toEqual(before);
    expect(store.settings.uiLanguage).toBe('az');
    expect(await tempFilesIn(dir)).toEqual([]);
    await store.close();
    expect((await afterRestart(dir)).uiLanguage).toBe('az');
  });
});

describe('a disk that fills up', () => {
  it.each([
    ['writeTemp', 'halfway through the new file'],
    ['openTemp', 'before the new file exists'],
    ['rename', 'at the rename'],
  ] as [FaultPoint, string][])(
    '(%s: %s) answers diskFull and keeps the acknowledged visit',
    async (point) => {
      const { dir, store, visits, visit, file, faults } = await storeWithVisit();
      const before = await readFile(file);
      faults.failNext(point, 'ENOSPC');

      const errors = [
        await rejection(() => visits.update(visit.id, visitData({ title: 'Not saved' }))),
        await rejection(() => visits.addGuest(visit.id, guestData())),
        await rejection(() => store.updateSettings({ uiLanguage: 'en' })),
      ];

      injected.count += faults.injected;
      expect(errors.map((e) => e.code)).toEqual(['diskFull', 'diskFull', 'diskFull']);
      expect(await readFile(file)).toEqual(before);
      expect(store.getVisit(visit.id)).toEqual(visit);
      expect(store.settings.uiLanguage).toBe('az');
      expect(await tempFilesIn(dir)).toEqual([]);
      await store.close();
      expect(await afterRestart(dir)).toEqual({ visits: [visit], uiLanguage: 'az' });
    },
  );
});

describe('a folder that cannot be written', () => {
  it('(EACCES, injected) answers readOnly and keeps the acknowledged visit', async () => {
    const { dir, store, visits, visit, file, faults } = await storeWithVisit();
    const before = await readFile(file);
    faults.failNext('openTemp', 'EACCES');

    const error = await rejection(() => visits.update(visit.id, visitData({ title: 'Not saved' })));

    injected.count += faults.injected;
    expect(error.toData()).toEqual({ code: 'readOnly', params: { reason: 'EACCES' } });
    expect(await readFile(file)).toEqual(before);
    expect(store.getVisit(visit.id)).toEqual(visit);
    expect(await tempFilesIn(dir)).toEqual([]);
    await store.close();
  });

  const isRoot = process.getuid?.() === 0;

  it('(EACCES, a real folder made read-only with chmod) answers readOnly and keeps the visit', async (ctx) => {
    if (isRoot || process.platform === 'win32') {
      const reason =
        'running as root (or on Windows), where chmod does not stop writes; see the bind-mount test';
      console.info(`[io-faults] chmod test skipped: ${reason}`);
      ctx.skip(reason);
    }
    const { dir, store, visits, visit, file } = await storeWithVisit();
    const before = await readFile(file);
    await chmod(join(dir, 'visits'), 0o555);
    try {
      const error = await rejection(() => visits.update(visit.id, visitData({ title: 'Not saved' })));
      expect(error.code).toBe('readOnly');
      expect(await readFile(file)).toEqual(before);
      expect(store.getVisit(visit.id)).toEqual(visit);
    } finally {
      await chmod(join(dir, 'visits'), 0o755);
    }
    expect(await tempFilesIn(dir)).toEqual([]);
    await visits.update(visit.id, visitData({ title: 'Saved once writable' }));
    await store.close();
    expect((await afterRestart(dir)).visits).toMatchObject([{ title: 'Saved once writable' }]);
  });

  it('(EROFS, a real read-only bind mount, as root) answers readOnly and keeps the visit', async (ctx) => {
    const { dir, store, visits, visit, file } = await storeWithVisit();
    const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
    try {
      if (!isRoot) throw new Error('not running as root');
      mount('--bind', dir, dir);
    } catch (error) {
      await store.close();
      const reason = `cannot bind-mount (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'}); the chmod test covers this`;
      console.info(`[io-faults] read-only mount test skipped: ${reason}`);
      ctx.skip(reason);
      return;
    }
    const before = await readFile(file);
    try {
      mount('-o', 'remount,bind,ro', dir);
      const errors = [
        await rejection(() => visits.update(visit.id, visitData({ title: 'Not saved' }))),
        await rejection(() => store.updateSettings({ uiLanguage: 'ru' })),
      ];
      expect(errors.map((e) => e.toData())).toEqual([
        { code: 'readOnly', params: { reason: 'EROFS' } },
        { code: 'readOnly', params: { reason: 'EROFS' } },
      ]);
      expect(await readFile(file)).toEqual(before);
      expect(store.getVisit(visit.id)).toEqual(visit);
      expect(store.settings.uiLanguage).toBe('az');
    } finally {
      execFileSync('umount', [dir]);
    }
    expect(await tempFilesIn(dir)).toEqual([]);
    await visits.update(visit.id, visitData({ title: 'Saved once writable' }));
    await store.close();
    expect((await afterRestart(dir)).visits).toMatchObject([{ title: 'Saved once writable' }]);
  });
});

describe('a disk that is already full when the app starts', () => {
  it('opens the data, or refuses with diskFull, and changes no file (a real full tmpfs, as root)', async (ctx) => {
    const dir = await dirs.make();
    try {
      if (process.getuid?.() !== 0) throw new Error('not running as root');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' });
    } catch (error) {
      const reason = `cannot mount a small tmpfs (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`;
      console.info(`[io-faults] full-disk start test skipped: ${reason}`);
      ctx.skip(reason);
      return;
    }
    try {
      const first = await Store.open(dir, { snapshotEveryMs: 0 });
      const { visit } = await new VisitService(first).create(visitData({ title: 'On a disk about to fill' }));
      await first.close();
      await writeFile(join(dir, 'filler'), Buffer.alloc(1024 * 1024)).catch(() => undefined);
      const files = await listFiles(dir);
      const bytes = await Promise.all(files.map((f) => readFile(join(dir, f))));

      const opened = await Store.open(dir, { snapshotEveryMs: 0 }).catch((error: unknown) => error);

      if (opened instanceof Store) {
        expect(opened.getVisit(visit.id)).toEqual(visit);
        await opened.close();
      } else {
        expect(opened).toMatchObject({ code: 'diskFull' });
      }
      expect(await Promise.all(files.map((f) => readFile(join(dir, f))))).toEqual(bytes);
      await rm(join(dir, 'filler'));
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});
