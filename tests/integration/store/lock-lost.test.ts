import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../../src/core/store/store';
import { storedVisit } from '../../support/builders';
import { rejection } from '../../support/rejection';
import { tempDirs } from '../../support/temp-dir';
import { startRacer } from '../../support/lock-racers';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

describe('a store whose folder another Qonaq takes over', () => {
  it('is told once, refuses every later change with storeLocked, and writes nothing more, not even on close', async () => {
    const dir = await dirs.make();
    const onLockLost = vi.fn();
    const first = await Store.open(dir, {
      snapshotEveryMs: 0,
      lockHeartbeatMs: 40,
      indexDelayMs: 60_000,
      onLockLost,
    });
    await first.saveVisit('v-before', () => storedVisit('v-before'));

    // The officer at another Qonaq is shown who holds the folder, and takes it over from that holder.
    const other = await startRacer();
    other.race(dir, Date.now(), true);
    expect(await other.next(dir)).toEqual(['won', dir]);

    await vi.waitFor(() => expect(onLockLost).toHaveBeenCalledTimes(1), { timeout: 3000, interval: 20 });
    const refused = await rejection(() => first.saveVisit('v-after', () => storedVisit('v-after')));
    expect(refused.code).toBe('storeLocked');

    const visitsBefore = (await readdir(join(dir, 'visits'))).sort();
    const cacheBefore = await readdir(join(dir, 'cache')).catch(() => [] as string[]);
    const indexBefore = await readFile(join(dir, 'cache', 'visits.json'), 'utf8').catch(() => null);
    await first.close();
    expect((await readdir(join(dir, 'visits'))).sort()).toEqual(visitsBefore);
    expect(visitsBefore).not.toContain('v-after.json');
    expect(await readdir(join(dir, 'cache')).catch(() => [] as string[])).toEqual(cacheBefore);
    expect(await readFile(join(dir, 'cache', 'visits.json'), 'utf8').catch(() => null)).toBe(indexBefore);

    // The one that took the folder over still has it: this process cannot open the folder until it lets go.
    expect((await rejection(() => Store.open(dir, { snapshotEveryMs: 0 }))).code).toBe('storeLocked');
    other.release(dir);
    expect(await other.next(dir)).toEqual(['released', dir]);
    other.child.kill();
    const reopened = await Store.open(dir, { snapshotEveryMs: 0 });
    await reopened.ready();
    expect(reopened.listVisits().map((v) => v.id)).toEqual(['v-before']);
    await reopened.close();
  });
});
