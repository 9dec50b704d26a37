import { constants } from 'node:fs';
import { access, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireFolderLock, type LockHolder } from './folder-lock';
import { VISITS } from './index-writer';
import { TRASH } from './loader';
import { QUARANTINE } from './recovery';
import { errorCode } from '../../shared/error-code';
import type { StoreOptions } from './store-options';

/** How a store holds its folder: how to let go of it, and whether it may write there at all. */
export interface FolderHold {
  release: () => Promise<void>;
  /**
   * The folder can be read but not written (a read-only disk or share, a folder of another user):
   * no lock is placed, and nothing is written in it, not even a repair.
   */
  readOnly: boolean;
}

/** What a folder the user may not write to answers when a file or folder is made in it. */
const NOT_WRITABLE = new Set(['EACCES', 'EROFS', 'EPERM']);

/**
 * Takes hold of a data folder before it is read: its sub-folders are made, and its lock placed
 * (`folder-lock.ts`). `onLost` is told if another process takes the folder over later. A folder
 * that exists and can be read, but where neither can be done, is held read-only.
 */
export async function holdFolder(
  dataDir: string,
  options: Pick<StoreOptions, 'takeOverLock' | 'lockHeartbeatMs'>,
  onLost: (holder: LockHolder | null) => void,
): Promise<FolderHold> {
  try {
    for (const sub of ['', VISITS, TRASH, QUARANTINE]) await mkdir(join(dataDir, sub), { recursive: true });
    const release = await acquireFolderLock(dataDir, {
      takeOver: options.takeOverLock,
      heartbeatMs: options.lockHeartbeatMs,
      onLost,
    });
    return { release, readOnly: false };
  } catch (error) {
    if (!NOT_WRITABLE.has(errorCode(error) ?? '') || !(await readable(dataDir))) throw error;
    return { release: async () => undefined, readOnly: true };
  }
}

async function readable(dataDir: string): Promise<boolean> {
  try {
    await access(dataDir, constants.R_OK | constants.X_OK);
    await readdir(dataDir);
    return true;
  } catch {
    return false;
  }
}
