import { access, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Notice } from '../../shared/app-contract';
import { AppError } from '../../shared/errors';
import { TEMP_SUFFIX, writeFileDurably, type DurableFs } from './durable-write';
import { DocumentFile, parseDocument, sharedDocSchema, visitDocSchema } from './documents';
import { listSnapshots, snapshotPath } from './snapshots';

export const QUARANTINE = 'quarantine';

/** What reading a folder needs to repair it and to tell the user what it did. */
export interface RecoveryContext {
  dataDir: string;
  fs: DurableFs | undefined;
  now: () => Date;
  notices: Notice[];
  /** A folder that cannot be written (`hold-folder.ts`): damage is told and read around, never repaired on disk. */
  readOnly?: boolean;
}

export async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/** The documents in a folder. Temp files of writes that never finished are removed: they hold nothing acknowledged. */
export async function listDocuments(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  for (const name of names.filter((n) => n.endsWith(TEMP_SUFFIX))) {
    await unlink(join(folder, name)).catch(() => undefined);
  }
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.'));
}

/** A path in `quarantine/` for a copy of `rel` that no other quarantined file has. */
export async function quarantinePath(ctx: RecoveryContext, rel: string): Promise<string> {
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const base = join(ctx.dataDir, QUARANTINE, `${stamp}-${rel.replace(/[\\/]/g, '_')}`);
  // rename() replaces silently: never let a second bad copy take the place of the first.
  let target = base;
  for (
    let n = 2;
    await access(target).then(
      () => true,
      () => false,
    );
    n++
  )
    target = `${base}.${n}`;
  return target;
}

/** Moves a file aside, byte for byte, under a name no other quarantined file has. */
export async function quarantine(ctx: RecoveryContext, rel: string): Promise<void> {
  await rename(join(ctx.dataDir, rel), await quarantinePath(ctx, rel));
  await syncFolder(join(ctx.dataDir, QUARANTINE));
}

/**
 * Reads one document. A file that does not parse or validate is moved to `quarantine/` and the
 * newest good copy from a snapshot takes its place; the user is told either way. A document from
 * a newer app version stops the whole load: nothing is moved or written. A missing file is null,
 * and is looked for in the snapshots only when `expected`.
 */
/** Reads one document without repairing anything; a newer-version document throws. */
export async function readDocument<T>(
  ctx: RecoveryContext,
  rel: string,
  schema: z.ZodType<T>,
): Promise<{ doc: T | null; damaged: boolean }> {
  try {
    return { doc: await new DocumentFile(join(ctx.dataDir, rel), schema, ctx.fs).read(), damaged: false };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return { doc: null, damaged: true };
  }
}

/**
 * Puts back a document that is damaged (moved to `quarantine/` first) or missing: the newest good
 * copy from a snapshot takes its place, and the user is told either way.
 */
export async function recoverDocument<T>(
  ctx: RecoveryContext,
  rel: string,
  schema: z.ZodType<T>,
  damaged: boolean,
): Promise<T | null> {
  if (ctx.readOnly) return readAround(ctx, rel, schema);
  if (damaged) await quarantine(ctx, rel);
  for (const snap of await listSnapshots(ctx.dataDir)) {
    try {
      const bytes = await readFile(snapshotPath(ctx.dataDir, snap.id, rel), 'utf8');
      const doc = parseDocument(bytes, schema);
      await writeFileDurably(join(ctx.dataDir, rel), bytes, ctx.fs);
      ctx.notices.push({ code: 'restoredFromSnapshot', params: { file: rel, snapshot: snap.createdAt } });
      return doc;
    } catch {
      // Missing or bad in this snapshot too: try an older one.
    }
  }
  ctx.notices.push({ code: damaged ? 'quarantinedNoSnapshot' : 'missingNoSnapshot', params: { file: rel } });
  return null;
}

/** In a read-only folder: the newest good copy from a snapshot is shown, nothing is written, and the user is told. */
async function readAround<T>(ctx: RecoveryContext, rel: string, schema: z.ZodType<T>): Promise<T | null> {
  ctx.notices.push({ code: 'notRepairedReadOnly', params: { file: rel } });
  for (const snap of await listSnapshots(ctx.dataDir)) {
    const bytes = await readFile(snapshotPath(ctx.dataDir, snap.id, rel), 'utf8').catch(() => null);
    if (bytes === null) continue;
    try {
      return parseDocument(bytes, schema);
    } catch {
      // Bad in this snapshot too: try an older one.
    }
  }
  return null;
}

/** Every document of a snapshot, checked before any is put back: a damaged snapshot changes nothing. */
export async function readSnapshotDocuments(
  dataDir: string,
  id: string,
  sharedFile: string,
  visitsDir: string,
  registerDir: string,
): Promise<{ sharedBytes: string; docs: Map<string, string>; register: Map<string, string> }> {
  try {
    const sharedBytes = await readFile(snapshotPath(dataDir, id, sharedFile), 'utf8');
    parseDocument(sharedBytes, sharedDocSchema);
    const docs = new Map<string, string>();
    for (const name of await readdir(snapshotPath(dataDir, id, visitsDir))) {
      const bytes = await readFile(snapshotPath(dataDir, id, visitsDir, name), 'utf8');
      parseDocument(bytes, visitDocSchema);
      docs.set(name, bytes);
    }
    // Snapshots taken before the register had files of its own have none.
    const register = new Map<string, string>();
    for (const name of await readdir(snapshotPath(dataDir, id, registerDir)).catch(() => [] as string[])) {
      register.set(name, await readFile(snapshotPath(dataDir, id, registerDir, name), 'utf8'));
    }
    return { sharedBytes, docs, register };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storeUnreadable', { snapshot: id });
  }
}
