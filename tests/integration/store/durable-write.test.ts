import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempPathFor, toWriteError, writeFileDurably } from '../../../src/core/store/durable-write';
import { Store } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { guestData, visitData } from '../../support/builders';
import { fsError, fsWith, tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

/** A folder with `doc.json` holding the old bytes. */
async function folderWithOldFile(): Promise<{ dir: string; target: string }> {
  const dir = await dirs.make();
  const target = join(dir, 'doc.json');
  await writeFile(target, '{"old":true}\n');
  return { dir, target };
}

describe('writeFileDurably', () => {
  it('replaces the file with the new bytes and leaves nothing else behind', async () => {
    const { dir, target } = await folderWithOldFile();

    await writeFileDurably(target, '{"new":true}\n');

    expect(await readFile(target, 'utf8')).toBe('{"new":true}\n');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('writes a temp file beside the target, hidden, unique per call', () => {
    const a = tempPathFor('/data/visits/x.json');
    const b = tempPathFor('/data/visits/x.json');

    expect(a).toMatch(/^\/data\/visits\/\.x\.json\.\d+\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(a).not.toBe(b);
  });

  it.each([
    ['open', 'ENOSPC', 'diskFull'],
    ['open', 'EROFS', 'readOnly'],
    ['rename', 'ENOSPC', 'diskFull'],
    ['rename', 'EIO', 'writeFailed'],
    ['rename', 'EXDEV', 'writeFailed'],
  ] as const)(
    'when %s fails with %s: rejects %s, old file intact, no temp left',
    async (call, errno, code) => {
      const { dir, target } = await folderWithOldFile();
      const fs = fsWith({
        [call]: async () => {
          throw fsError(errno);
        },
      });

      const error = await rejection(() => writeFileDurably(target, '{"new":true}\n', fs));

      expect(error.code).toBe(code);
      expect(await readFile(target, 'utf8')).toBe('{"old":true}\n');
      expect(await tempFilesIn(dir)).toEqual([]);
    },
  );

  it('when the disk fills up halfway through the temp file: diskFull, old file intact, no temp left', async () => {
    const { dir, target } = await folderWithOldFile();
    const fs = fsWith({
      open: async (path, flags, mode) => {
        const handle = await nodeFs.open(path, flags, mode);
        if (String(path).endsWith('.tmp')) {
          handle.writeFile = async () => {
            await handle.write(Buffer.from('{"ne'));
            throw fsError('ENOSPC');
          };
        }
        return handle;
      },
    });

    const error = await rejection(() => writeFileDurably(target, '{"new":true}\n', fs));

    expect(error.code).toBe('diskFull');
    expect(await readFile(target, 'utf8')).toBe('{"old":true}\n');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('when fsync of the temp file fails: writeFailed, old file intact, no temp left', async () => {
    const { dir, target } = await folderWithOldFile();
    const fs = fsWith({
      open: async (path, flags, mode) => {
        const handle = await nodeFs.open(path, flags, mode);
        if (String(path).endsWith('.tmp')) {
          handle.sync = async () => {
            throw fsError('EIO');
          };
        }
        return handle;
      },
    });

    const error = await rejection(() => writeFileDurably(target, '{"new":true}\n', fs));

    expect(error).toMatchObject({ code: 'writeFailed', params: { reason: 'EIO' } });
    expect(await readFile(target, 'utf8')).toBe('{"old":true}\n');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('retries a rename refused once with EPERM (antivirus on Windows), then succeeds', async () => {
    const { dir, target } = await folderWithOldFile();
    let refusals = 0;
    const fs = fsWith({
      rename: async (from, to) => {
        if (refusals === 0) {
          refusals += 1;
          throw fsError('EPERM');
        }
        return nodeFs.rename(from, to);
      },
    });

    await writeFileDurably(target, '{"new":true}\n', fs);

    expect(refusals).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('{"new":true}\n');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('gives up after five refused renames, with no temp left', async () => {
    const { dir, target } = await folderWithOldFile();
    let attempts = 0;
    const fs = fsWith({
      rename: async () => {
        attempts += 1;
        throw fsError('EBUSY');
      },
    });

    const error = await rejection(() => writeFileDurably(target, '{"new":true}\n', fs));

    expect(attempts).toBe(5);
    expect(error.code).toBe('writeFailed');
    expect(await readFile(target, 'utf8')).toBe('{"old":true}\n');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('maps I/O error codes to codes the user can read', () => {
    expect(toWriteError(fsError('EDQUOT')).code).toBe('diskFull');
    expect(toWriteError(fsError('EACCES')).toData()).toEqual({
      code: 'readOnly',
      params: { reason: 'EACCES' },
    });
    expect(toWriteError(new Error('no code')).toData()).toEqual({
      code: 'writeFailed',
      params: { reason: 'unknown' },
    });
  });
});

describe('a store whose write fails', () => {
  /** A store whose writes of temp files fail with `errno` while `failing.on` is true. */
  async function storeWithFault(call: 'open' | 'rename', errno: string) {
    const dir = await dirs.make();
    const failing = { on: false };
    const fs = fsWith({
      open: async (path, flags, mode) => {
        if (failing.on && call === 'open' && String(path).endsWith('.tmp')) throw fsError(errno);
        return nodeFs.open(path, flags, mode);
      },
      rename: async (from, to) => {
        if (failing.on && call === 'rename') throw fsError(errno);
        return nodeFs.rename(from, to);
      },
    });
    const store = await Store.open(dir, { fs, snapshotEveryMs: 0 });
    return { dir, store, failing, visits: new VisitService(store) };
  }

  it.each([
    ['open', 'ENOSPC', 'diskFull'],
    ['rename', 'ENOSPC', 'diskFull'],
    ['rename', 'EIO', 'writeFailed'],
  ] as const)(
    'keeps the old visit file byte for byte and in memory (%s %s -> %s)',
    async (call, errno, code) => {
      const { dir, store, failing, visits } = await storeWithFault(call, errno);
      const { visit: v } = await visits.create(visitData({ title: 'Before' }));
      const file = join(dir, 'visits', `${v.id}.json`);
      const before = await readFile(file);
      failing.on = true;

      const errors = [
        await rejection(() => visits.update(v.id, visitData({ title: 'After' }))),
        await rejection(() => visits.addGuest(v.id, guestData())),
      ];

      expect(errors.map((e) => e.code)).toEqual([code, code]);
      expect(await readFile(file)).toEqual(before);
      expect(await tempFilesIn(dir)).toEqual([]);
      expect(store.getVisit(v.id)).toEqual(v);
      expect(visits.list({}).map((s) => s.title)).toEqual(['Before']);
      await store.close();
    },
  );

  it('does not list a new visit whose first write failed', async () => {
    const { dir, store, failing, visits } = await storeWithFault('open', 'ENOSPC');
    failing.on = true;

    const error = await rejection(() => visits.create(visitData()));

    expect(error.code).toBe('diskFull');
    expect(store.listVisits()).toEqual([]);
    expect(await readdir(join(dir, 'visits'))).toEqual([]);
    await store.close();
  });

  it('keeps the old settings on disk and in memory when their write fails', async () => {
    const { dir, store, failing } = await storeWithFault('rename', 'ENOSPC');
    const before = await readFile(join(dir, 'qonaq.json'));
    failing.on = true;

    const error = await rejection(() => store.updateSettings({ uiLanguage: 'ru' }));

    expect(error.code).toBe('diskFull');
    expect(store.settings.uiLanguage).toBe('az');
    expect(await readFile(join(dir, 'qonaq.json'))).toEqual(before);
    await store.close();
  });

  it('works again once the disk has room, and the next write carries only acknowledged changes', async () => {
    const { dir, store, failing, visits } = await storeWithFault('rename', 'ENOSPC');
    const { visit: v } = await visits.create(visitData({ title: 'Before' }));
    failing.on = true;
    await rejection(() => visits.update(v.id, visitData({ title: 'Lost' })));
    failing.on = false;

    await visits.addGuest(v.id, guestData());
    await store.close();

    const reopened = await Store.open(dir, { snapshotEveryMs: 0 });
    expect(reopened.getVisit(v.id)).toMatchObject({ title: 'Before', guests: [{ surname: 'Öztürk' }] });
    await reopened.close();
  });

  it('shows readers only the acknowledged state while a write is under way', async () => {
    const dir = await dirs.make();
    let releaseRename: () => void = () => undefined;
    const renameHeld = new Promise<void>((resolve) => (releaseRename = resolve));
    let holding = false;
    let renameStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (renameStarted = resolve));
    const fs = fsWith({
      rename: async (from, to) => {
        if (holding) {
          renameStarted();
          await renameHeld;
        }
        return nodeFs.rename(from, to);
      },
    });
    const store = await Store.open(dir, { fs, snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const { visit: v } = await visits.create(visitData({ title: 'Before' }));
    holding = true;

    const updating = visits.update(v.id, visitData({ title: 'After' }));
    await started;
    const seenDuringWrite = store.getVisit(v.id)?.title;
    releaseRename();
    await updating;

    expect(seenDuringWrite).toBe('Before');
    expect(store.getVisit(v.id)?.title).toBe('After');
    await store.close();
  });
});
