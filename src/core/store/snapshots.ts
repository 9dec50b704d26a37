import { copyFile, link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/contract';
import { writeFileDurably } from './durable-write';

/**
 * Rolling snapshots of the whole data folder. Stored files are only ever replaced by rename, never
 * changed in place, so a snapshot can hard-link them: it costs a directory entry per file, not a copy.
 */
export const SNAPSHOTS_DIR = 'snapshots';
const META = 'snapshot.json';
const PARTIAL_PREFIX = '.partial-';

const metaSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(['start', 'manual', 'periodic', 'beforeRestore']),
  visitCount: z.number().int().min(0),
});

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

export function snapshotId(now: Date, reason: BackupInfo['reason']): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`;
}

export async function createSnapshot(
  dataDir: string,
  files: { shared: string; visits: string[] },
  reason: BackupInfo['reason'],
  now: Date,
): Promise<BackupInfo> {
  const root = join(dataDir, SNAPSHOTS_DIR);
  let id = snapshotId(now, reason);
  const existing = new Set(await readdir(root).catch(() => []));
  for (let n = 2; existing.has(id); n++) id = `${snapshotId(now, reason)}-${n}`;
  const partial = join(root, `${PARTIAL_PREFIX}${id}`);
  await mkdir(join(partial, 'visits'), { recursive: true });
  await linkOrCopy(join(dataDir, files.shared), join(partial, files.shared));
  for (const name of files.visits) await linkOrCopy(join(dataDir, 'visits', name), join(partial, 'visits', name));
  const info: BackupInfo = { id, createdAt: now.toISOString(), reason, visitCount: files.visits.length };
  await writeFileDurably(join(partial, META), JSON.stringify(info, null, 2));
  await rename(partial, join(root, id));
  return info;
}

/** Complete snapshots, newest first; half-made ones (a crash while taking one) are removed. */
export async function listSnapshots(dataDir: string): Promise<BackupInfo[]> {
  const root = join(dataDir, SNAPSHOTS_DIR);
  const names = await readdir(root).catch(() => [] as string[]);
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (name.startsWith(PARTIAL_PREFIX)) {
      await rm(join(root, name), { recursive: true, force: true });
      continue;
    }
    try {
      const meta = metaSchema.parse(JSON.parse(await readFile(join(root, name, META), 'utf8')));
      if (meta.id === name) found.push(meta);
    } catch {
      // Not a snapshot of ours; leave it alone.
    }
  }
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id)));
}

export function snapshotPath(dataDir: string, id: string, ...rest: string[]): string {
  return join(dataDir, SNAPSHOTS_DIR, id, ...rest);
}

/** Keeps the newest `keep` snapshots. */
export async function pruneSnapshots(dataDir: string, keep: number): Promise<void> {
  const all = await listSnapshots(dataDir);
  for (const old of all.slice(keep)) {
    await rm(join(dataDir, SNAPSHOTS_DIR, old.id), { recursive: true, force: true });
  }
}
