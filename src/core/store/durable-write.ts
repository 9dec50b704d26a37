import { errorCode } from '../../shared/error-code';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';

/** The file-system calls the write path makes; tests pass a version that injects faults. */
export interface DurableFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
}

export const TEMP_SUFFIX = '.tmp';

let counter = 0;

/** A temp name beside the target, unique across processes and calls, and hidden from the loader. */
export function tempPathFor(target: string): string {
  counter += 1;
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${counter}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
  );
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;

/** Maps an I/O failure to an error the user can read. */
export function toWriteError(error: unknown): AppError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('diskFull');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new AppError('readOnly', { reason: code });
  return new AppError('writeFailed', { reason: code ?? 'unknown' });
}

/** The folder's fsync, failing loudly where it can fail (not where the platform cannot do it). */
export async function fsyncFolder(fs: DurableFs, folder: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or sync a folder; the rename is as durable as that platform allows.
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/** Renames, waiting out the brief refusals of antivirus and sync tools; see RETRYABLE_RENAME. */
export async function renameWithRetry(fs: DurableFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      // Antivirus and sync tools hold files open for a moment on Windows: wait and try again.
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE_RENAME.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/**
 * Replaces `target` with `data` so that after a crash or power cut the file holds either the old
 * bytes or the new ones: write a temp file, fsync it, rename it over the target, fsync the folder.
 * Resolves only once all of that is done; on failure the old file is untouched and no temp is left.
 */
export async function writeFileDurably(
  target: string,
  data: string | Uint8Array,
  fs: DurableFs = nodeFs,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw toWriteError(error);
  }
  try {
    await fsyncFolder(fs, dirname(target));
  } catch (error) {
    throw toWriteError(error);
  }
}
