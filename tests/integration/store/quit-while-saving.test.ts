import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { FaultyFs } from '../../support/faulty-fs';
import { guestData, visitData } from '../../support/builders';
import { fsWith, tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/**
 * The officer changes something and quits at once (the app calls `store.close()` from `before-quit`,
 * see src/main/lifecycle.ts). Whatever change was under way must be on disk after a restart, and
 * the folder must not be let go of while it is still being written.
 */
const dirs = tempDirs('qonaq-quit-');
afterEach(() => dirs.removeAll());

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function reopen(dir: string): Promise<Store> {
  return Store.open(dir, { snapshotEveryMs: 0 });
}

describe('quitting while a change is being saved', () => {
  it('keeps a change started just before close()', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const { visit } = await visits.create(visitData({ title: 'Before' }));

    const changing = visits.update(visit.id, visitData({ title: 'Changed just before quitting' }));
    const settings = store.updateSettings({ uiLanguage: 'ru' });
    await store.close();

    const { visit: saved } = await changing;
    await settings;
    const reopened = await reopen(dir);
    expect(reopened.getVisit(visit.id)).toEqual(saved);
    expect(reopened.settings.uiLanguage).toBe('ru');
    const onDisk = JSON.parse(await readFile(join(dir, 'visits', `${visit.id}.json`), 'utf8')) as {
      visit: unknown;
    };
    // The file also keeps the history, which the store does not hold (decision 0029).
    expect(onDisk.visit).toEqual({ ...saved, history: [expect.anything(), expect.anything()] });
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toMatchObject({
      settings: { uiLanguage: 'ru' },
    });
    await reopened.close();
  });

  it('holds the folder until a write held up at its rename has finished', async () => {
    const dir = await dirs.make();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached: () => void = () => undefined;
    const atRename = new Promise<void>((resolve) => (reached = resolve));
    let holding = false;
    const fs = fsWith({
      rename: async (from, to) => {
        if (holding) {
          reached();
          await held;
          events.push(`rename, lock still held: ${await exists(join(dir, '.lock'))}`);
        }
        return nodeFs.rename(from, to);
      },
    });
    const store = await Store.open(dir, { fs, snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const { visit } = await visits.create(visitData({ title: 'Before' }));
    holding = true;

    const changing = visits.addGuest(visit.id, guestData({ surname: 'Quitter' }));
    await atRename;
    const closing = store.close().then(() => events.push('closed'));
    release();
    await closing;

    expect(events).toEqual(['rename, lock still held: true', 'closed']);
    expect(await exists(join(dir, '.lock'))).toBe(false);
    const { visit: saved } = await changing;
    const reopened = await reopen(dir);
    expect(reopened.getVisit(visit.id)).toEqual(saved);
    expect(saved.guests.map((g) => g.surname)).toEqual(['Quitter']);
    await reopened.close();
  });

  it('waits for a rename being retried (antivirus holding the file) and keeps its change', async () => {
    const dir = await dirs.make();
    const faults = new FaultyFs();
    const store = await Store.open(dir, { fs: faults.fs, snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const { visit } = await visits.create(visitData({ title: 'Before' }));
    faults.failNext('rename', 'EBUSY', 3);

    const changing = visits.update(visit.id, visitData({ title: 'Saved on the fourth try' }));
    await store.close();

    expect(faults.injected).toBe(3);
    const { visit: saved } = await changing;
    const reopened = await reopen(dir);
    expect(reopened.getVisit(visit.id)).toEqual(saved);
    expect(saved.title).toBe('Saved on the fourth try');
    expect(await tempFilesIn(dir)).toEqual([]);
    await reopened.close();
  });
});
