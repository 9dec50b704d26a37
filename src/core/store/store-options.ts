import { errorCode } from '../../shared/error-code';
import { AppError } from '../../shared/errors';
import type { DurableFs } from './durable-write';
import type { LockHolder } from './folder-lock';
import type { RegisterEvent } from './register-lines';

export interface StoreOptions {
  /** File-system calls of the write path, replaced in tests to inject faults. */
  fs?: DurableFs;
  now?: () => Date;
  /** Take a snapshot this often while there are changes; 0 turns it off. */
  snapshotEveryMs?: number;
  /**
   * Resolve `open` as soon as the list of visits can be served, from the index of visits (decision
   * 0009), and read the visit documents in the background; every other use of a visit waits for them
   * (`ready`). Without it, `open` resolves once every document is read and the start snapshot taken.
   */
  background?: boolean;
  /** How long after the last change to a visit the index of visits is rewritten. */
  indexDelayMs?: number;
  /**
   * Take the folder's lock over from a holder that still looks alive (the user chose to): best the
   * `lockId` of the `storeLocked` error the user was shown, so that only that holder's lock is taken.
   */
  takeOverLock?: boolean | string;
  /**
   * Called once if another Qonaq takes the folder over while this store is open. From then on every
   * change is refused with `storeLocked` and nothing more is written, not even on close.
   */
  onLockLost?: (holder: LockHolder | null) => void;
  /** How often the folder's lock is touched (`acquireFolderLock`); tests shorten it. */
  lockHeartbeatMs?: number;
}

/** What a change of the register appends, and what it answers once that is on disk. */
export interface RegisterChange<T> {
  events: RegisterEvent[];
  result: T;
}

/** The UI can only translate codes: a folder it cannot read or create is `storeUnreadable`. */
export function asStoreError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error) ?? 'unknown';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('diskFull');
  return new AppError('storeUnreadable', { reason: code });
}
