import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { writeFileDurably } from './durable-write';
import type { RecoveryContext } from './recovery';

/** Signed copies of agreements, each named by the SHA-256 of its bytes (written once, never changed). */
export const ATTACHMENTS_DIR = 'attachments';

const SHA256 = /^[0-9a-f]{64}$/;

export function attachmentPath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppError('internal', { reason: 'badAttachmentName' });
  return join(dataDir, ATTACHMENTS_DIR, sha256);
}

/** Keeps `bytes` in `attachments/` durably and answers their SHA-256; bytes already kept are not written again. */
export async function putAttachment(ctx: RecoveryContext, bytes: Uint8Array): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = attachmentPath(ctx.dataDir, sha256);
  const kept = await stat(path).then(
    (s) => s.size === bytes.byteLength,
    () => false,
  );
  if (kept) return sha256;
  await mkdir(join(ctx.dataDir, ATTACHMENTS_DIR), { recursive: true });
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
