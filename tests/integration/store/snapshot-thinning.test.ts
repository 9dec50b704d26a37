import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createSnapshot,
  listSnapshots,
  snapshotSpace,
  thinSnapshots,
  type SnapshotFs,
} from '../../../src/core/store/snapshots';
import { DEFAULT_RETENTION } from '../../../src/core/store/snapshot-retention';
import { fsError } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/** Thinning applied to a real folder of snapshots, taken on a fake clock. */
const dirs = tempDirs('qonaq-thin-');
afterEach(() => dirs.removeAll());

const FILES = { shared: 'qonaq.json', visits: ['a.json'], register: [] };

async function dataFolder(): Promise<string> {
  const dir = await dirs.make();
  await mkdir(join(dir, 'visits'));
  await writeFile(join(dir, 'qonaq.json'), 'S'.repeat(100));
  await writeFile(join(dir, 'visits', 'a.json'), 'A'.repeat(3000));
  return dir;
}

/** A new version of the visit file (a new inode, as the store's writes make). */
async function changeVisit(dir: string, text: string): Promise<void> {
  await rm(join(dir, 'visits', 'a.json'));
  await writeFile(join(dir, 'visits', 'a.json'), text);
}

const baku = (day: string, time: string) => new Date(`${day}T${time}:00.000+04:00`);

describe('thinSnapshots on a real folder', () => {
  it('after 40 days of three snapshots a day, keeps the last day and one a day for 30 days', async () => {
    const dir = await dataFolder();
    for (let d = 0; d < 40; d++) {
      const day = new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10);
      await changeVisit(dir, `${day} `.repeat(300));
      for (const time of ['09:00', '13:00', '17:00']) {
        await createSnapshot(dir, FILES, time === '09:00' ? 'start' : 'periodic', baku(day, time));
        await thinSnapshots(dir);
      }
    }

    const kept = await listSnapshots(dir);
    const times = kept.map((s) =>
      new Date(Date.parse(s.createdAt) + 4 * 3600_000).toISOString().slice(0, 16),
    );
    const expected = ['2026-04-09T17:00', '2026-04-09T13:00', '2026-04-09T09:00'];
    for (let d = 8; d >= 1; d--) expected.push(`2026-04-0${d}T17:00`);
    for (let d = 31; d >= 11; d--) expected.push(`2026-03-${d}T17:00`);
    expect(times).toEqual(expected);
    expect(kept).toHaveLength(32);
    expect((await readdir(join(dir, 'snapshots'))).sort()).toEqual(kept.map((s) => s.id).sort());
  });

  it('counts a file that several snapshots hard-link once', async () => {
    const dir = await dataFolder();
    const first = await createSnapshot(dir, FILES, 'start', baku('2026-03-01', '09:00'));
    const second = await createSnapshot(dir, FILES, 'manual', baku('2026-03-01', '09:05'));
    const own = async (id: string) =>
      (await stat(join(dir, 'snapshots', id, 'snapshot.json'))).size +
      (await stat(join(dir, 'snapshots', id, 'sources.json'))).size;

    const space = await snapshotSpace(dir);

    // The shared document and the visit once, and each snapshot's own two small files.
    expect(space.usedBytes).toBe(100 + 3000 + (await own(first.id)) + (await own(second.id)));
    expect(space.budgetBytes).toBe(500 * 1024 * 1024);
    expect(space.policy).toEqual(DEFAULT_RETENTION);
  });

  it('within a small budget removes the oldest, but keeps the newest and the protected', async () => {
    const dir = await dataFolder();
    const taken = [];
    for (let i = 0; i < 6; i++) {
      await changeVisit(dir, String(i).repeat(3000));
      taken.push(await createSnapshot(dir, FILES, 'periodic', baku('2026-03-01', `1${i}:00`)));
    }
    const restoring = taken[0]?.id ?? '';
    const policy = { ...DEFAULT_RETENTION, budgetBytes: 0, budgetDataMultiple: 3 };

    const decision = await thinSnapshots(dir, { policy, protect: [restoring] });

    // The budget is three times the data (3100 bytes and the newest's own small files); the protected
    // one is counted first, then the newest two fit, the third does not.
    expect(decision.keep).toEqual([taken[5]?.id, taken[4]?.id, restoring]);
    expect((await listSnapshots(dir)).map((s) => s.id)).toEqual(decision.keep);
    expect(decision.usedBytes).toBeLessThanOrEqual(decision.budgetBytes);
    expect((await snapshotSpace(dir, policy)).usedBytes).toBe(decision.usedBytes);
  });

  it('hides a snapshot before deleting it, and finishes a removal a crash cut short', async () => {
    const dir = await dataFolder();
    const old = await createSnapshot(dir, FILES, 'start', baku('2026-03-01', '09:00'));
    await changeVisit(dir, 'changed');
    const newer = await createSnapshot(dir, FILES, 'start', baku('2026-03-05', '09:00'));
    // Removal cut short after the rename: what is left is hidden and not listed.
    const crashing: SnapshotFs = {
      ...nodeFs,
      rm: async (path, options) => {
        if (String(path).includes(old.id)) throw fsError('EIO');
        return nodeFs.rm(path, options);
      },
    };

    await thinSnapshots(dir, { now: baku('2026-05-01', '09:00'), fs: crashing });

    expect((await listSnapshots(dir)).map((s) => s.id)).toEqual([newer.id]);
    expect(await readdir(join(dir, 'snapshots'))).toContain(`.partial-${old.id}`);
    await thinSnapshots(dir);
    expect((await readdir(join(dir, 'snapshots'))).sort()).toEqual([newer.id]);
  });
});
