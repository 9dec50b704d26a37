import { link, open, readFile, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { TEMP_SUFFIX } from './durable-write';

const LOCK_NAME = '.lock';
/** Folders this process holds: a second store object on one folder is refused here. */
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  host: string;
  /** Tells this holder's lock from a later one, so a release never removes someone else's. */
  nonce: string;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof owner === 'object' && owner !== null && 'pid' in owner && 'host' in owner) {
      return { pid: Number(owner.pid), host: String(owner.host), nonce: 'nonce' in owner ? String(owner.nonce) : '' };
    }
  } catch {
    // Unreadable: a lock written by an older version that died while writing it.
  }
  return null;
}

async function writeSynced(path: string, text: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts the lock file in place with its content already written, so that no other process can
 * ever read it half-made (and take an empty lock for a dead one). Hard links give that atomically;
 * on a file system without them (FAT, some network shares) an exclusive create is the fallback.
 */
async function placeLock(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  let linked = false;
  try {
    await writeSynced(temp, text, 'wx');
    await link(temp, path);
    linked = true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  if (!linked) await writeSynced(path, text, 'wx');
}

/**
 * One writer per data folder: a lock file naming the owning process. A lock left by a process that
 * is gone (a crash) is taken over; one held by a live process, or by this process, is refused.
 */
export interface FolderLockOptions {
  /** Take the folder over from a holder that still looks alive (the user said so). */
  takeOver?: boolean;
}

export async function acquireFolderLock(
  folder: string,
  _options: FolderLockOptions = {},
): Promise<() => Promise<void>> {
  const key = resolve(folder);
  if (heldHere.has(key)) throw new AppError('storeLocked', { folder: key });
  const path = join(folder, LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await placeLock(path, JSON.stringify({ ...me, since: new Date().toISOString() }));
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        if ((await readOwner(path))?.nonce === me.nonce) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const owner = await readOwner(path);
      const stale = owner === null || (owner.host === me.host && owner.pid !== process.pid && !isAlive(owner.pid));
      if (!stale || attempt > 0) throw new AppError('storeLocked', { folder: key });
      await unlink(path).catch(() => undefined);
    }
  }
  throw new AppError('storeLocked', { folder: key });
}
