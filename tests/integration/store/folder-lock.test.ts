import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireFolderLock } from '../../../src/core/store/folder-lock';
import { Store } from '../../../src/core/store/store';
import { readJson } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';
import { startRacer } from '../../support/lock-racers';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

/** Sets a file's times `ms` into the past: the last heartbeat of a holder was that long ago. */
async function age(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(path, then, then);
}

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
    const viaOtherSpelling = await rejection(() =>
      Store.open(join(dir, '.', 'visits', '..'), { snapshotEveryMs: 0 }),
    );

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
    expect(refused).toEqual([
      expect.objectContaining({ code: 'storeLocked' }),
      expect.objectContaining({ code: 'storeLocked' }),
    ]);
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
    await age(join(dir, '.lock'), 60_000);

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
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: await deadPid(), host: `${hostname()}-other` }),
    );

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

describe('a lock whose holder is gone, though its pid or machine name says otherwise', () => {
  const quick = { heartbeatMs: 40 };

  it('takes over a lock whose pid now belongs to another live process, once nobody has touched it for a while', async () => {
    const dir = await dirs.make();
    const lock = join(dir, '.lock');
    // The parent process is alive: a crashed Qonaq's pid given to another program looks just like it.
    await writeFile(
      lock,
      JSON.stringify({
        pid: process.ppid,
        host: hostname(),
        nonce: 'crashed',
        since: '2026-11-20T08:00:00.000Z',
      }),
    );
    await age(lock, 31_000);

    const store = await Store.open(dir, { snapshotEveryMs: 0 });

    expect(await readJson(lock)).toMatchObject({ pid: process.pid, host: hostname() });
    await store.close();
  });

  it('takes over a lock from a machine name that no longer answers, after watching it stay untouched', async () => {
    const dir = await dirs.make();
    const lock = join(dir, '.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: process.ppid, host: `${hostname()}-old-name`, nonce: 'crashed' }),
    );
    await age(lock, 3_600_000);

    const release = await acquireFolderLock(dir, quick);

    expect(await readJson(lock)).toMatchObject({ pid: process.pid, host: hostname() });
    await release();
  });

  it('refuses a lock from another machine that is still being touched, however far behind its clock is', async () => {
    const dir = await dirs.make();
    const lock = join(dir, '.lock');
    const theirs = JSON.stringify({
      pid: 1,
      host: `${hostname()}-other`,
      nonce: 'theirs',
      since: '2026-11-24T09:05:00.000Z',
    });
    await writeFile(lock, theirs);
    await age(lock, 3_600_000);
    // The other machine's heartbeat, with its clock an hour behind ours.
    let beats = 0;
    const touching = setInterval(() => void age(lock, 3_600_000 - ++beats * 10), 20);

    const error = await rejection(() => acquireFolderLock(dir, quick)).finally(() => clearInterval(touching));

    expect(error.code).toBe('storeLocked');
    expect(await readFile(lock, 'utf8')).toBe(theirs);
  });

  it('refuses a fresh empty lock: it may be one being written this moment', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, '.lock'), '');

    const error = await rejection(() => acquireFolderLock(dir, quick));

    expect(error.code).toBe('storeLocked');
  });

  it('keeps its own lock fresh while it holds the folder', async () => {
    const dir = await dirs.make();
    const release = await acquireFolderLock(dir, quick);
    await age(join(dir, '.lock'), 3_600_000);

    await vi.waitFor(async () =>
      expect(Date.now() - (await stat(join(dir, '.lock'))).mtimeMs).toBeLessThan(60_000),
    );

    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('puts its lock back if the file is deleted while it holds the folder', async () => {
    const dir = await dirs.make();
    const release = await acquireFolderLock(dir, quick);
    const mine = await readFile(join(dir, '.lock'), 'utf8');
    await unlink(join(dir, '.lock'));

    await vi.waitFor(async () => expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(mine));

    expect(release.isLost()).toBe(false);
    await release();
  });
});

describe('telling the user who holds the folder, and taking it over', () => {
  it('says which machine holds the folder, since when, when it last showed signs of life, and that it looks alive', async () => {
    const dir = await dirs.make();
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({
        pid: process.ppid,
        host: 'reception-pc',
        nonce: 'x',
        since: '2026-11-24T05:05:00.000Z',
      }),
    );
    await utimes(join(dir, '.lock'), new Date('2026-11-24T05:10:00Z'), new Date(Date.now() - 1_000));
    const lastSeen = new Date((await stat(join(dir, '.lock'))).mtimeMs).toISOString();

    const error = await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));

    expect(error.params).toEqual({
      folder: dir,
      host: 'reception-pc',
      since: '2026-11-24T05:05:00.000Z',
      lastSeen,
      state: 'alive',
      lockId: expect.stringMatching(/^[0-9a-f]{24}$/),
    });
  });

  it("takes the folder over from a holder that looks alive when told to, and keeps the holder's lock otherwise", async () => {
    const dir = await dirs.make();
    const theirs = JSON.stringify({
      pid: process.ppid,
      host: hostname(),
      nonce: 'theirs',
      since: new Date().toISOString(),
    });
    await writeFile(join(dir, '.lock'), theirs);

    await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }));
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(theirs);
    const store = await Store.open(dir, { snapshotEveryMs: 0, takeOverLock: true });

    expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: process.pid });
    await store.close();
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('takes over only the holder the user was told of, never one that came since', async () => {
    const dir = await dirs.make();
    const lock = join(dir, '.lock');
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: hostname(), nonce: 'told-of' }));
    const toldOf = String((await rejection(() => acquireFolderLock(dir))).params?.lockId);
    const newcomer = JSON.stringify({ pid: process.ppid, host: hostname(), nonce: 'came-since' });
    await writeFile(`${lock}.new`, newcomer);
    await rename(`${lock}.new`, lock);

    const error = await rejection(() => acquireFolderLock(dir, { takeOver: toldOf }));
    expect(error.code).toBe('storeLocked');
    expect(await readFile(lock, 'utf8')).toBe(newcomer);
    const release = await acquireFolderLock(dir, { takeOver: String(error.params?.lockId) });

    expect(await readJson(lock)).toMatchObject({ pid: process.pid });
    await release();
  });

  it('tells a holder whose folder another process took over, which then keeps its hands off the new lock', async () => {
    const dir = await dirs.make();
    const onLost = vi.fn();
    const release = await acquireFolderLock(dir, { heartbeatMs: 40, onLost });
    const other = await startRacer();
    try {
      const answer = other.next(dir);
      other.race(dir, Date.now(), true);
      expect(await answer).toEqual(['won', dir]);

      await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1));
      expect(onLost).toHaveBeenCalledWith({ host: hostname(), since: expect.any(String) });
      expect(release.isLost()).toBe(true);
      await release();
      expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: other.child.pid });
      // Never told twice, and never again puts a lock of its own in place.
      await new Promise((done) => setTimeout(done, 200));
      expect(onLost).toHaveBeenCalledTimes(1);
    } finally {
      other.child.kill();
    }
  });
});
