import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSnapshot, listSnapshots, type SnapshotFs } from '../../../src/core/store/snapshots';
import { Store } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { visitData } from '../../support/builders';
import { rejection } from '../../support/rejection';
import { fsError, listFiles } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/**
 * A snapshot on a disk that fills up or cannot be written: the user is told so in words
 * (`diskFull`, `readOnly`), and no snapshot folder is left half-made, neither a hidden one nor one
 * that looks whole.
 */
const dirs = tempDirs('qonaq-snapfaults-');
afterEach(() => dirs.removeAll());

const FILES = { shared: 'qonaq.json', visits: ['a.json', 'b.json'], register: ['register/2026.jsonl'] };

async function dataFolder(): Promise<string> {
  const dir = await dirs.make();
  await mkdir(join(dir, 'visits'));
  await mkdir(join(dir, 'register'));
  await writeFile(join(dir, 'qonaq.json'), '{"schemaVersion":1}');
  await writeFile(join(dir, 'visits', 'a.json'), 'A'.repeat(3000));
  await writeFile(join(dir, 'visits', 'b.json'), 'B'.repeat(5000));
  await writeFile(join(dir, 'register', '2026.jsonl'), '{"n":1}\n');
  return dir;
}

/**
 * The real file system, but the `failAt`-th call that changes something (a folder made, a file
 * opened for writing, written, synced, linked, renamed) fails with `code`. A failing write writes
 * half its bytes first, as a disk that fills up mid-write does.
 */
class StepFaults {
  steps = 0;
  failAt = Number.POSITIVE_INFINITY;
  code = 'ENOSPC';

  private step(): void {
    this.steps += 1;
    if (this.steps === this.failAt) throw fsError(this.code);
  }

  readonly fs: SnapshotFs = {
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const [, flags] = args;
      if (flags !== undefined && flags !== 'r') this.step();
      const handle = await nodeFs.open(...args);
      const writeFileOf = handle.writeFile.bind(handle);
      const sync = handle.sync.bind(handle);
      handle.writeFile = async (data) => {
        try {
          this.step();
        } catch (error) {
          if (typeof data === 'string' || data instanceof Uint8Array) {
            const bytes = Buffer.from(data);
            await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          }
          throw error;
        }
        return writeFileOf(data);
      };
      handle.sync = async () => {
        this.step();
        return sync();
      };
      return handle;
    },
    mkdir: (async (...args: Parameters<typeof nodeFs.mkdir>) => {
      this.step();
      return nodeFs.mkdir(...args);
    }) as typeof nodeFs.mkdir,
    link: async (from, to) => {
      this.step();
      return nodeFs.link(from, to);
    },
    rename: async (from, to) => {
      this.step();
      return nodeFs.rename(from, to);
    },
    unlink: nodeFs.unlink,
    rm: nodeFs.rm,
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute));

describe('createSnapshot with a fault injected at every step', () => {
  it.each([
    ['ENOSPC', { code: 'diskFull' }],
    ['EROFS', { code: 'readOnly', params: { reason: 'EROFS' } }],
  ])('(%s) answers the code the user reads and leaves no snapshot folder behind', async (code, expected) => {
    const dir = await dataFolder();
    const first = await createSnapshot(dir, FILES, 'start', at(0));
    // One file changed since: the next snapshot copies it and hard-links the others.
    await rm(join(dir, 'visits', 'a.json'));
    await writeFile(join(dir, 'visits', 'a.json'), 'a'.repeat(4000));
    const clean = new StepFaults();
    const probeDir = await dataFolder();
    await createSnapshot(probeDir, FILES, 'start', at(0));
    await rm(join(probeDir, 'visits', 'a.json'));
    await writeFile(join(probeDir, 'visits', 'a.json'), 'a'.repeat(4000));
    await createSnapshot(probeDir, FILES, 'manual', at(1), clean.fs);
    // Folders made, copies written and synced, links, the two small files, renames, folder syncs.
    expect(clean.steps).toBeGreaterThan(15);
    const before = await readdir(join(dir, 'snapshots'));
    const liveBefore = await listFiles(join(dir, 'visits'));

    for (let step = 1; step <= clean.steps; step++) {
      const faults = new StepFaults();
      faults.failAt = step;
      faults.code = code;

      const error = await rejection(() => createSnapshot(dir, FILES, 'manual', at(1), faults.fs));

      expect({ step, error: error.toData() }).toEqual({ step, error: expected });
      expect({ step, folders: await readdir(join(dir, 'snapshots')) }).toEqual({ step, folders: before });
    }

    expect((await listSnapshots(dir)).map((s) => s.id)).toEqual([first.id]);
    expect(await listFiles(join(dir, 'visits'))).toEqual(liveBefore);
    const taken = await createSnapshot(dir, FILES, 'manual', at(1));
    expect(await readFile(join(dir, 'snapshots', taken.id, 'visits', 'a.json'), 'utf8')).toBe(
      'a'.repeat(4000),
    );
    expect((await listSnapshots(dir)).map((s) => s.id)).toEqual([taken.id, first.id]);
  });
});

const isRoot = process.getuid?.() === 0;

/** Mounts a small tmpfs on `dir`, or skips the test saying why. */
function mountTmpfs(dir: string, skip: (reason: string) => void): boolean {
  try {
    if (!isRoot) throw new Error('not running as root');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    const reason = `cannot mount a small tmpfs (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`;
    console.info(`[snapshot-faults] ${reason}: test skipped`);
    skip(reason);
    return false;
  }
}

/** Fills the disk: the filler is written until the disk refuses more. */
async function fill(dir: string): Promise<void> {
  await writeFile(join(dir, 'filler'), Buffer.alloc(1024 * 1024)).catch(() => undefined);
}

describe('a snapshot on a real disk', () => {
  it('that is full (a 256 KiB tmpfs, as root) answers diskFull, leaves nothing, and works once space is freed', async (ctx) => {
    const dir = await dirs.make();
    if (!mountTmpfs(dir, (reason) => ctx.skip(reason))) return;
    try {
      await mkdir(join(dir, 'visits'));
      await mkdir(join(dir, 'register'));
      await writeFile(join(dir, 'qonaq.json'), '{"schemaVersion":1}');
      await writeFile(join(dir, 'visits', 'a.json'), 'A'.repeat(40_000));
      await writeFile(join(dir, 'visits', 'b.json'), 'B'.repeat(5000));
      await writeFile(join(dir, 'register', '2026.jsonl'), '{"n":1}\n');
      const first = await createSnapshot(dir, FILES, 'start', at(0));
      await rm(join(dir, 'visits', 'a.json'));
      await writeFile(join(dir, 'visits', 'a.json'), 'a'.repeat(40_000));
      await fill(dir);
      const live = await Promise.all(['visits/a.json', 'visits/b.json'].map((f) => readFile(join(dir, f))));

      const error = await rejection(() => createSnapshot(dir, FILES, 'manual', at(1)));

      expect(error.toData()).toEqual({ code: 'diskFull' });
      expect(await readdir(join(dir, 'snapshots'))).toEqual([first.id]);
      expect(
        await Promise.all(['visits/a.json', 'visits/b.json'].map((f) => readFile(join(dir, f)))),
      ).toEqual(live);
      await rm(join(dir, 'filler'));
      const taken = await createSnapshot(dir, FILES, 'manual', at(1));
      expect((await listSnapshots(dir)).map((s) => s.id)).toEqual([taken.id, first.id]);
    } finally {
      execFileSync('umount', [dir]);
    }
  });

  it('that is full answers diskFull through the store (backups.create), which keeps working', async (ctx) => {
    const dir = await dirs.make();
    if (!mountTmpfs(dir, (reason) => ctx.skip(reason))) return;
    try {
      const store = await Store.open(dir, { snapshotEveryMs: 0 });
      try {
        const visits = new VisitService(store);
        const { visit } = await visits.create(visitData({ title: 'Before the disk filled' }));
        const listed = await store.listSnapshots();
        await fill(dir);

        const error = await rejection(() => store.snapshot('manual'));

        expect(error.code).toBe('diskFull');
        expect(await store.listSnapshots()).toEqual(listed);
        expect((await readdir(join(dir, 'snapshots'))).filter((n) => n.startsWith('.'))).toEqual([]);
        expect(store.getVisit(visit.id)).toEqual(visit);
        await rm(join(dir, 'filler'));
        expect(await store.snapshot('manual')).toMatchObject({ reason: 'manual', visitCount: 1 });
      } finally {
        await store.close();
      }
    } finally {
      execFileSync('umount', [dir]);
    }
  });

  it('that is read-only (a read-only bind mount, as root) answers readOnly and leaves nothing', async (ctx) => {
    const dir = await dataFolder();
    const first = await createSnapshot(dir, FILES, 'start', at(0));
    const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
    try {
      if (!isRoot) throw new Error('not running as root');
      mount('--bind', dir, dir);
    } catch (error) {
      const reason = `cannot bind-mount (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'}); the injected EROFS covers it`;
      console.info(`[snapshot-faults] ${reason}: test skipped`);
      ctx.skip(reason);
      return;
    }
    try {
      mount('-o', 'remount,bind,ro', dir);

      const error = await rejection(() => createSnapshot(dir, FILES, 'manual', at(1)));

      expect(error.toData()).toEqual({ code: 'readOnly', params: { reason: 'EROFS' } });
      expect(await readdir(join(dir, 'snapshots'))).toEqual([first.id]);
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});
