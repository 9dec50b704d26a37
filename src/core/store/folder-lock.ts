import { open, rename, unlink, utimes } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { errorCode } from '../../shared/error-code';
import { AppError } from '../../shared/errors';
import { renameWithRetry } from './durable-write';
import {
  claim,
  placeLock,
  readLock,
  sweepClaims,
  writeTemp,
  type LockOwner,
  type SeenLock,
} from './lock-file';

/**
 * One writer per data folder (docs/decisions/0013-folder-lock.md). The holder writes `.lock`
 * naming itself and touches it every `heartbeatMs` while it runs. A lock is stale when its holder
 * ran on this machine and its pid is gone, or when nobody has touched it for `staleMs`: a reused pid
 * or a renamed machine cannot fake a heartbeat. Taking a lock over goes through a claim file named
 * after that very lock, created exclusively, so of several processes only one replaces it. A holder
 * whose lock was taken over finds out at its next heartbeat and is told through `onLost`.
 */
const LOCK_NAME = '.lock';
export const HEARTBEAT_MS = 5_000;
/** How long an untouched lock is still believed: six missed heartbeats. */
const MISSED_BEATS = 6;
const CLAIM_WAIT_MS = 25;

/** Folders this process holds (and since when): a second store object on one folder is refused here. */
const heldHere = new Map<string, string>();

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

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
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
      lockId: '',
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
