import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

const LOCK_NAME = '.lock';
/** Folders this process holds: a second store object on one folder is refused here. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<{ pid: number; host: string } | null> {
  try {
    const owner: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof owner === 'object' && owner !== null && 'pid' in owner && 'host' in owner) {
      return { pid: Number(owner.pid), host: String(owner.host) };
    }
  } catch {
    // An unreadable lock was left by a process that died while writing it.
  }
  return null;
}

/**
 * One writer per data folder: a lock file naming the owning process. A lock left by a process that
 * is gone (a crash) is taken over; one held by a live process, or by this process, is refused.
 */
export async function acquireFolderLock(folder: string): Promise<() => Promise<void>> {
  const key = resolve(folder);
  if (heldHere.has(key)) throw new AppError('storeLocked', { folder: key });
  const path = join(folder, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      await handle.sync();
      await handle.close();
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = await readOwner(path);
      const stale = owner === null || (owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid));
      if (!stale || attempt > 0) throw new AppError('storeLocked', { folder: key });
      await unlink(path).catch(() => undefined);
    }
  }
  throw new AppError('storeLocked', { folder: key });
}
