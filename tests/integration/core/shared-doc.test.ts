import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DurableFs } from '../../../src/core/store/durable-write';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import type { Hotel } from '../../../src/shared/accommodation';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs('qonaq-shared-');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

/** The real file system, but renames fail while `failing` is set, as on a full or read-only disk. */
function switchableFs(): { fs: DurableFs; failing: { on: boolean } } {
  const failing = { on: false };
  const fs: DurableFs = {
    open: nodeFs.open,
    unlink: nodeFs.unlink,
    rename: async (from, to) => {
      if (failing.on) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return nodeFs.rename(from, to);
    },
  };
  return { fs, failing };
}

async function open(fs?: DurableFs) {
  const dir = await dirs.make();
  const store = await Store.open(dir, { snapshotEveryMs: 0, ...(fs ? { fs } : {}) });
  stores.push(store);
  return { dir, store };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8')) as { settings: unknown; hotels: unknown[] };

describe('Store.updateShared', () => {
  it('resolves with the result once the change is on disk', async () => {
    const { dir, store } = await open();

    const result = await store.updateShared((doc) => ({
      doc: { ...doc, settings: { uiLanguage: 'ru' } },
      result: 'russian',
    }));

    expect(result).toBe('russian');
    expect(store.sharedDoc.settings).toEqual({ uiLanguage: 'ru' });
    expect((await onDisk(dir)).settings).toEqual({ uiLanguage: 'ru' });
  });

  it('leaves memory and disk as they were when the write fails', async () => {
    const { fs, failing } = switchableFs();
    const { dir, store } = await open(fs);
    failing.on = true;

    await expect(
      store.updateShared((doc) => ({
        doc: { ...doc, settings: { uiLanguage: 'ru' } },
        result: 1,
      })),
    ).rejects.toMatchObject({ code: 'diskFull' });

    expect(store.sharedDoc.settings).toEqual({ uiLanguage: 'az' });
    expect((await onDisk(dir)).settings).toEqual({ uiLanguage: 'az' });
  });

  it('refuses a change that would not load again, and writes nothing', async () => {
    const { dir, store } = await open();
    const before = await readFile(join(dir, SHARED_FILE), 'utf8');
    const broken = { id: 'x', rooms: -1 } as unknown as Hotel;

    await expect(
      store.updateShared((doc) => ({
        doc: { ...doc, hotels: [broken] },
        result: 1,
      })),
    ).rejects.toMatchObject({ code: 'internal' });

    expect(await readFile(join(dir, SHARED_FILE), 'utf8')).toBe(before);
    expect(store.sharedDoc.hotels).toEqual([]);
  });

  it('runs changes one after another, each seeing the one before', async () => {
    const { dir, store } = await open();

    const seen = await Promise.all(
      Array.from({ length: 20 }, () =>
        store.updateShared((doc) => {
          const next = doc.hotels.length + 1;
          const hotel: Hotel = {
            name: `Hotel ${next}`,
            address: '',
            city: '',
            phone: '',
            email: '',
            notes: '',
            id: `hotel-${next}`,
          };
          return { doc: { ...doc, hotels: [...doc.hotels, hotel] }, result: next };
        }),
      ),
    );

    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await onDisk(dir)).hotels).toHaveLength(20);
  });

  it('writes nothing when the change itself throws, and the next change still runs', async () => {
    const { store } = await open();

    await expect(
      store.updateShared(() => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await store.updateSettings({ uiLanguage: 'ru' });

    expect(store.settings.uiLanguage).toBe('ru');
  });
});
