import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireFolderLock } from '../../../src/core/store/folder-lock';
import { Store } from '../../../src/core/store/store';
import { readJson } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

/** The pid of a process that has run and exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('the child did not start');
  return child.pid;
}

describe('one writer per folder', () => {
  it('refuses a second store on the same folder in this process', async () => {
    const dir = await dirs.make();
    const first = await Store.open(dir, { snapshotEveryMs: 0 });

    const error = await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));
    const viaOtherSpelling = await rejection(() => Store.open(join(dir, '.', 'visits', '..'), { snapshotEveryMs: 0 }));

    expect(error.code).toBe('storeLocked');
    expect(viaOtherSpelling.code).toBe('storeLocked');
    await first.close();
  });

  it('lets exactly one of two stores opened at the same moment have the folder', async () => {
    const dir = await dirs.make();

    const results = await Promise.allSettled([1, 2, 3].map(() => Store.open(dir, { snapshotEveryMs: 0 })));

    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(opened).toHaveLength(1);
    expect(refused).toEqual([expect.objectContaining({ code: 'storeLocked' }), expect.objectContaining({ code: 'storeLocked' })]);
    await Promise.all(opened.map((s) => s.close()));
  });

  it('lets the folder be opened again once the first store is closed', async () => {
    const dir = await dirs.make();
    const first = await Store.open(dir, { snapshotEveryMs: 0 });
    await first.close();

    const second = await Store.open(dir, { snapshotEveryMs: 0 });

    expect(second.notices).toEqual([]);
    await second.close();
  });

  it('names its owner in the lock file, written whole', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });

    expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: await deadPid(), host: hostname() }));

    const store = await Store.open(dir, { snapshotEveryMs: 0 });

    expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('takes over an empty lock file (a crash while an older version wrote it)', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, '.lock'), '');

    const store = await Store.open(dir, { snapshotEveryMs: 0 });

    await store.close();
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('refuses a folder held by another live process on this machine', async () => {
    const dir = await dirs.make();
    const lock = JSON.stringify({ pid: process.ppid, host: hostname() });
    await writeFile(join(dir, '.lock'), lock);

    const error = await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));

    expect(error.code).toBe('storeLocked');
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(lock);
  });

  it('refuses a folder held from another machine, whose processes it cannot see', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: await deadPid(), host: `${hostname()}-other` }));

    const error = await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));

    expect(error.code).toBe('storeLocked');
  });

  it('on release does not remove a lock that another holder has since taken', async () => {
    const dir = await dirs.make();
    const release = await acquireFolderLock(dir);
    const someoneElse = JSON.stringify({ pid: process.ppid, host: hostname(), nonce: 'theirs' });
    await writeFile(join(dir, '.lock'), someoneElse);

    await release();

    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(someoneElse);
  });
});
