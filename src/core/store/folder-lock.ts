import { link, open, readdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { renameWithRetry, TEMP_SUFFIX } from './durable-write';

/**
 * One writer per data folder (docs/decisions/0013-folder-lock.md). The holder writes `.lock`
 * naming itself and touches it every `heartbeatMs` while it runs. A lock is stale when its holder
 * ran on this machine and its pid is gone, or when nobody has touched it for `staleMs`: a reused pid
 * or a renamed machine cannot fake a heartbeat. Taking a lock over goes through a claim file named
 * after that very lock, created exclusively, so of several processes only one replaces it. A holder
 * whose lock was taken over finds out at its next heartbeat and is told through `onLost`.
 */
const LOCK_NAME = '.lock';
const CLAIM_PREFIX = '.lock.claim-';
export const HEARTBEAT_MS = 5_000;
/** How long an untouched lock is still believed: six missed heartbeats. */
const MISSED_BEATS = 6;
const CLAIM_WAIT_MS = 25;

/** Folders this process holds (and since when): a second store object on one folder is refused here. */
const heldHere = new Map<string, string>();

interface LockOwner {
  pid: number;
  host: string;
  /** Tells this holder's lock from any other, so a release never removes someone else's. */
  nonce: string;
  since: string;
}

/** A lock as read at one moment: `key` names this very lock (its file and content). */
interface SeenLock {
  owner: LockOwner | null;
  key: string;
  mtimeMs: number;
}

/** Who holds a folder, as the user is told about it. */
export interface LockHolder {
  host: string;
  since: string;
}

export interface FolderLockOptions {
  /**
   * Take the folder over from a holder that still looks alive (the user said so). Best given as the
   * `lockId` of the `storeLocked` error the user was shown: then only that holder's lock is taken,
   * never one placed since. `true` takes the lock found when this call begins.
   */
  takeOver?: boolean | string;
  /** Called once if another process takes the folder over: from then on this one must not write. */
  onLost?: (holder: LockHolder | null) => void;
  /** How often the holder touches its lock; tests shorten it. */
  heartbeatMs?: number;
  /** How long an untouched lock is believed; six heartbeats unless set. */
  staleMs?: number;
}

/** Lets go of the folder; `isLost()` tells whether another process has taken it over meanwhile. */
export type FolderLockRelease = (() => Promise<void>) & { isLost(): boolean };

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
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

async function readLock(path: string): Promise<SeenLock | null> {
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
async function writeTemp(path: string, text: string): Promise<string> {
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
async function placeLock(path: string, text: string): Promise<boolean> {
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
async function claim(folder: string, key: string, staleMs: number): Promise<string | null> {
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
async function sweepClaims(folder: string, staleMs: number): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(CLAIM_PREFIX))) {
    const made = await stat(join(folder, name)).catch(() => null);
    if (made && Date.now() - made.mtimeMs > staleMs) await unlink(join(folder, name)).catch(() => undefined);
  }
}

type Verdict = 'alive' | 'stale' | 'changed';

async function judge(path: string, lock: SeenLock, heartbeatMs: number, staleMs: number): Promise<Verdict> {
  const age = Date.now() - lock.mtimeMs;
  const { owner } = lock;
  // Half-written a moment ago, or left by an older version that died while writing it.
  if (owner === null) return age > heartbeatMs ? 'stale' : 'alive';
  const here = owner.host === hostname();
  if (here && owner.pid !== process.pid && !isAlive(owner.pid)) return 'stale';
  if (age <= staleMs) return 'alive';
  if (here) return 'stale';
  // Another machine's clock may be behind ours: watch for a heartbeat instead of trusting the age.
  await sleep(heartbeatMs * 2.5);
  const again = await readLock(path);
  if (again?.key !== lock.key) return 'changed';
  return again.mtimeMs === lock.mtimeMs ? 'stale' : 'alive';
}

function holderOf(lock: SeenLock | null): LockHolder {
  return { host: lock?.owner?.host ?? '', since: lock?.owner?.since ?? '' };
}

function locked(folder: string, lock: SeenLock | null, state: 'alive' | 'stale'): AppError {
  const lastSeen = lock ? new Date(lock.mtimeMs).toISOString() : '';
  return new AppError('storeLocked', { folder, ...holderOf(lock), lastSeen, state, lockId: lock?.key ?? '' });
}

/** Touches the lock while it is ours; finds out when it no longer is. */
function heartbeat(
  path: string,
  text: string,
  nonce: string,
  everyMs: number,
  onLost: (holder: LockHolder | null) => void,
) {
  let stopped = false;
  let lost = false;
  let timer: NodeJS.Timeout | undefined;
  let beating: Promise<void> = Promise.resolve();
  const beat = async (): Promise<void> => {
    try {
      const lock = await readLock(path);
      // Removed under us (by hand, or a release that raced a take-over): put it back if nobody has.
      if (lock === null ? !(await placeLock(path, text)) : lock.owner?.nonce !== nonce) {
        lost = true;
        stopped = true;
        onLost(holderOf(lock ?? (await readLock(path))));
        return;
      }
      const now = new Date();
      await utimes(path, now, now);
    } catch {
      // A passing failure (a busy network share): the next beat tries again.
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      beating = beat().then(schedule);
    }, everyMs);
    timer.unref();
  };
  schedule();
  return {
    isLost: () => lost,
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await beating;
    },
  };
}

export async function acquireFolderLock(
  folder: string,
  options: FolderLockOptions = {},
): Promise<FolderLockRelease> {
  const key = resolve(folder);
  const path = join(folder, LOCK_NAME);
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const staleMs = options.staleMs ?? heartbeatMs * MISSED_BEATS;
  const mine = heldHere.get(key);
  if (mine !== undefined) {
    throw new AppError('storeLocked', {
      folder: key,
      host: hostname(),
      since: mine,
      lastSeen: new Date().toISOString(),
      state: 'alive',
    });
  }
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    nonce: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
  const text = JSON.stringify(me);
  const hold = (): FolderLockRelease => {
    heldHere.set(key, me.since);
    const beats = heartbeat(path, text, me.nonce, heartbeatMs, (holder) => {
      if (options.onLost) options.onLost(holder);
      else
        console.error(
          `[qonaq] the data folder ${key} was taken over by ${holder?.host ?? 'another process'}`,
        );
    });
    return Object.assign(
      async () => {
        await beats.stop();
        heldHere.delete(key);
        if ((await readLock(path))?.owner?.nonce === me.nonce) await unlink(path).catch(() => undefined);
      },
      { isLost: beats.isLost },
    );
  };

  // The user's "take over" is about the holder they were told of: never a process that won meanwhile.
  let firstSeen = typeof options.takeOver === 'string' ? options.takeOver : undefined;
  if (options.takeOver === true) firstSeen = (await readLock(path))?.key;
  const giveUpAt = Date.now() + staleMs + heartbeatMs * 4;
  for (;;) {
    if (await placeLock(path, text)) return hold();
    const lock = await readLock(path);
    if (lock === null) continue;
    const verdict = await judge(path, lock, heartbeatMs, staleMs);
    if (verdict === 'changed') continue;
    firstSeen ??= lock.key;
    const forced = options.takeOver !== undefined && options.takeOver !== false && firstSeen === lock.key;
    if (verdict === 'alive' && !forced) throw locked(key, lock, 'alive');
    const claimed = await claim(folder, lock.key, staleMs);
    if (claimed === null) {
      if (Date.now() > giveUpAt) throw locked(key, lock, verdict);
      await sleep(CLAIM_WAIT_MS);
      continue;
    }
    try {
      // Only the lock that was judged is replaced: if it changed meanwhile, judge again.
      if ((await readLock(path))?.key !== lock.key) continue;
      const temp = await writeTemp(path, text);
      await renameWithRetry({ open, rename, unlink }, temp, path).catch(async (error: unknown) => {
        await unlink(temp).catch(() => undefined);
        throw error;
      });
      await sweepClaims(folder, staleMs);
      return hold();
    } finally {
      await unlink(claimed).catch(() => undefined);
    }
  }
}
