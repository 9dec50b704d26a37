import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DurableFs } from '../../../src/core/store/durable-write';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import type { RegisterEntry } from '../../../src/shared/letters';
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
  JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8')) as { register: unknown };

describe('Store.updateShared', () => {
  it('resolves with the result once the change is on disk', async () => {
    const { dir, store } = await open();

    const result = await store.updateShared((doc) => ({
      doc: { ...doc, register: { ...doc.register, counters: { '2026': 7 } } },
      result: 'seven',
    }));

    expect(result).toBe('seven');
    expect(store.sharedDoc.register.counters).toEqual({ '2026': 7 });
    expect((await onDisk(dir)).register).toEqual({ entries: [], counters: { '2026': 7 } });
  });

  it('leaves memory and disk as they were when the write fails', async () => {
    const { fs, failing } = switchableFs();
    const { dir, store } = await open(fs);
    failing.on = true;

    await expect(
      store.updateShared((doc) => ({
        doc: { ...doc, register: { ...doc.register, counters: { '2026': 1 } } },
        result: 1,
      })),
    ).rejects.toMatchObject({ code: 'diskFull' });

    expect(store.sharedDoc.register.counters).toEqual({});
    expect((await onDisk(dir)).register).toEqual({ entries: [], counters: {} });
  });

  it('refuses a change that would not load again, and writes nothing', async () => {
    const { dir, store } = await open();
    const before = await readFile(join(dir, SHARED_FILE), 'utf8');
    const broken = { id: 'x', sequence: 0 } as unknown as RegisterEntry;

    await expect(
      store.updateShared((doc) => ({
        doc: { ...doc, register: { ...doc.register, entries: [broken] } },
        result: 1,
      })),
    ).rejects.toMatchObject({ code: 'internal' });

    expect(await readFile(join(dir, SHARED_FILE), 'utf8')).toBe(before);
    expect(store.sharedDoc.register.entries).toEqual([]);
  });

  it('runs changes one after another, each seeing the one before', async () => {
    const { dir, store } = await open();

    const seen = await Promise.all(
      Array.from({ length: 20 }, () =>
        store.updateShared((doc) => {
          const next = (doc.register.counters.all ?? 0) + 1;
          return { doc: { ...doc, register: { ...doc.register, counters: { all: next } } }, result: next };
        }),
      ),
    );

    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await onDisk(dir)).register).toEqual({ entries: [], counters: { all: 20 } });
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
