import { errorCode } from '../shared/error-code';
import { randomBytes } from 'node:crypto';
import { link, open, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppError, type FieldError } from '../shared/errors';
import { numberedFileName, safeFileName } from '../shared/file-names';
import { toWriteError } from './store/durable-write';
import { syncFolder } from './store/recovery';

/**
 * Writes files the user asked for (letters, the register as CSV) into a folder the user chose.
 * The folder is the user's, not ours: nothing in it is ever replaced, nothing is written outside
 * it, and every name is made safe again here whatever the caller sent.
 */

export interface OutgoingFile {
  name: string;
  base64: string;
}

export interface DecodedFile {
  name: string;
  bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Numbered names tried before giving up on a folder full of copies. */
const MAX_COPIES = 999;
/** Hard links are not everywhere (FAT and exFAT sticks, some network shares): write in place there. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES']);

/** Every file decoded before any is written: one bad file refuses the batch, not half of it. */
export function decodeFiles(files: readonly OutgoingFile[]): DecodedFile[] {
  const errors: FieldError[] = [];
  const decoded = files.map((file, i) => {
    if (file.base64.length % 4 !== 0 || !BASE64.test(file.base64))
      errors.push({ path: `files.${i}.base64`, code: 'invalid' });
    return { name: safeFileName(file.name), bytes: Buffer.from(file.base64, 'base64') };
  });
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
  return decoded;
}

/** The path of `name` in `folder`, or null when it would land anywhere else. */
export function pathInFolder(folder: string, name: string): string | null {
  const root = resolve(folder);
  const target = resolve(root, name);
  return dirname(target) === root && name !== '' && name !== '.' && name !== '..' ? target : null;
}

async function writeSynced(path: string, bytes: Buffer): Promise<void> {
  // `wx` fails on an existing name, a symbolic link included: nothing outside is written through one.
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts `bytes` under `name`, or `name (2)`, `name (3)` ... when taken. The bytes go to a hidden temp
 * file first, synced, then are hard-linked under the free name: `link` refuses an existing name in one
 * step, so no other file is ever replaced and no half-written letter appears under a real name.
 */
async function writeUnder(folder: string, name: string, bytes: Buffer): Promise<string> {
  let linkable = true;
  // Short and hidden: a temp name built from a long Cyrillic name could pass the 255-byte limit.
  const temp = join(folder, `.qonaq-${randomBytes(6).toString('hex')}.tmp`);
  await writeSynced(temp, bytes);
  try {
    for (let n = 1; n <= MAX_COPIES; n++) {
      const candidate = numberedFileName(name, n);
      const target = pathInFolder(folder, candidate);
      if (!target) throw new AppError('forbidden', { name: candidate });
      try {
        if (linkable) await link(temp, target);
        else await writeSynced(target, bytes);
        return candidate;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') continue;
        if (linkable && code !== undefined && NO_HARD_LINKS.has(code)) {
          linkable = false;
          n -= 1; // the same name again, written in place
          continue;
        }
        throw error;
      }
    }
    throw new AppError('writeFailed', { reason: 'tooManyCopies' });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Writes every file into `folder` and answers the names they got, in order. */
export async function saveFiles(
  folder: string,
  files: readonly DecodedFile[],
): Promise<{ folder: string; written: string[] }> {
  const root = resolve(folder);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('notFound', { folder: root });
  const written: string[] = [];
  try {
    for (const file of files) written.push(await writeUnder(root, safeFileName(file.name), file.bytes));
    await syncFolder(root);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw toWriteError(error);
  }
  return { folder: root, written };
}
