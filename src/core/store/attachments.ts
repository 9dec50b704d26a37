import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import * as nodeFs from 'node:fs/promises';
import { fsyncFolder, TEMP_SUFFIX, writeFileDurably, type DurableFs } from './durable-write';

/** What writing an attachment needs of the store: its folder and the file layer (tests inject faults). */
interface AttachmentsContext {
  dataDir: string;
  fs: DurableFs | undefined;
}

/** Signed copies of agreements, each named by the SHA-256 of its bytes (written once, never changed). */
export const ATTACHMENTS_DIR = 'attachments';

const SHA256 = /^[0-9a-f]{64}$/;

export const isAttachmentName = (name: string): boolean => SHA256.test(name);

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function attachmentPath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppError('internal', { reason: 'badAttachmentName' });
  return join(dataDir, ATTACHMENTS_DIR, sha256);
}

/**
 * Keeps `bytes` in `attachments/` durably and answers their SHA-256. Bytes already kept whole are not
 * written again; a file under that name whose bytes no longer hash to it (damaged on disk) is replaced.
 * On a full disk nothing is left behind: the write goes through a temp file (`writeFileDurably`).
 */
export async function putAttachment(ctx: AttachmentsContext, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  const path = attachmentPath(ctx.dataDir, sha256);
  const kept = await readFile(path).then(
    (old) => sha256Of(old) === sha256,
    () => false,
  );
  if (kept) return sha256;
  const folder = join(ctx.dataDir, ATTACHMENTS_DIR);
  const made = await mkdir(folder, { recursive: true });
  // A folder just made is durable only once its parent is synced.
  if (made !== undefined) await fsyncFolder(ctx.fs ?? nodeFs, ctx.dataDir);
  await writeFileDurably(path, bytes, ctx.fs);
  return sha256;
}

/** The bytes of a kept attachment; `notFound` when the file is gone. */
export async function readAttachment(dataDir: string, sha256: string): Promise<Buffer> {
  try {
    return await readFile(attachmentPath(dataDir, sha256));
  } catch {
    throw new AppError('notFound', { reason: 'attachment' });
  }
}

/** The names (SHA-256) of the attachments kept, sorted; none when the folder is not there. */
export async function attachmentNames(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, ATTACHMENTS_DIR)).catch(() => [] as string[]);
  return names.filter(isAttachmentName).sort();
}

/** At start, in a folder that can be written: temp files of attachments never acknowledged are removed. */
export async function removeAttachmentTemps(dataDir: string): Promise<void> {
  const folder = join(dataDir, ATTACHMENTS_DIR);
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (name.endsWith(TEMP_SUFFIX)) await unlink(join(folder, name)).catch(() => undefined);
  }
}
