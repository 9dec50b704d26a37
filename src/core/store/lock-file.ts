import { errorCode } from '../../shared/error-code';
import { link, open, readdir, stat, unlink } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './durable-write';

/**
 * The files of the data folder's lock (see folder-lock.ts): reading a lock as one moment's view,
 * placing one only where there is none, and the claims that let one process replace a given lock.
 */
export const CLAIM_PREFIX = '.lock.claim-';

export interface LockOwner {
  pid: number;
  host: string;
  /** Tells this holder's lock from any other, so a release never removes someone else's. */
  nonce: string;
  since: string;
}

/** A lock as read at one moment: `key` names this very lock (its file and content). */
export interface SeenLock {
  owner: LockOwner | null;
  key: string;
  mtimeMs: number;
}

function parseOwner(raw: string): LockOwner | null {
  try {
    const owner: unknown = JSON.parse(raw);
    if (typeof owner === 'object' && owner !== null && 'pid' in owner && 'host' in owner) {
      const field = (name: string): string =>
        name in owner ? String((owner as Record<string, unknown>)[name]) : '';
      return {
        pid: Number(owner.pid),
        host: String(owner.host),
        nonce: field('nonce'),
        since: field('since'),
      };
    }
  } catch {
    // Unreadable: half-written on a file system without hard links, or by an older version that died.
  }
  return null;
}

export async function readLock(path: string): Promise<SeenLock | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    const raw = await handle.readFile('utf8');
    const key = createHash('sha256').update(`${info.ino}\n${raw}`).digest('hex').slice(0, 24);
    return { owner: parseOwner(raw), key, mtimeMs: info.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** A fully written and synced temp file beside `path`, for linking or renaming into place. */
export async function writeTemp(path: string, text: string): Promise<string> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Puts the lock in place if there is none, its content already written, so no other process ever
 * reads it half-made. Hard links give that atomically; on a file system without them (FAT, some
 * network shares) an exclusive create is the fallback. Answers false when a lock is there.
 */
export async function placeLock(path: string, text: string): Promise<boolean> {
  const temp = await writeTemp(path, text);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(text).finally(() => handle.close());
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * The right to replace the lock `key`: a file named after it, created exclusively, so only one
 * process has it. A claim left by a process that died while taking over is passed by: the next
 * generation is claimed instead. Answers null while another process is at it.
 */
export async function claim(folder: string, key: string, staleMs: number): Promise<string | null> {
  for (let generation = 0; ; generation++) {
    const path = join(folder, `${CLAIM_PREFIX}${key}.${generation}`);
    try {
      await (await open(path, 'wx')).close();
      return path;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const made = await stat(path).catch(() => null);
    if (made === null || Date.now() - made.mtimeMs <= staleMs) return null;
  }
}

/** Claims older than `staleMs` are left over from take-overs that died; they hold nothing. */
export async function sweepClaims(folder: string, staleMs: number): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(CLAIM_PREFIX))) {
    const made = await stat(join(folder, name)).catch(() => null);
    if (made && Date.now() - made.mtimeMs > staleMs) await unlink(join(folder, name)).catch(() => undefined);
  }
}
