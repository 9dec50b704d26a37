import { link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/contract';
import { writeFileDurably } from './durable-write';

/**
 * Rolling snapshots of the whole data folder. A snapshot never shares a file with the live folder:
 * a file edited in place (by hand in an editor, by a sync tool) would otherwise be damaged in every
 * snapshot that links it, and no good copy would be left. So a file is copied the first time a
 * snapshot takes it; while it stays unchanged, later snapshots hard-link that copy, which costs a
 * directory entry, not a copy. `sources.json` records which live file each copy was taken from.
 */
export const SNAPSHOTS_DIR = 'snapshots';
const META = 'snapshot.json';
const SOURCES = 'sources.json';
const PARTIAL_PREFIX = '.partial-';

const metaSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(['start', 'manual', 'periodic', 'beforeRestore']),
  visitCount: z.number().int().min(0),
});
const sourcesSchema = z.record(z.string(), z.string());

/** Names one version of a live file; a write (a new inode) or an edit in place (mtime, size) changes it. */
async function versionOf(path: string): Promise<string> {
  const s = await stat(path, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

async function copyDurably(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  const handle = await open(to, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

async function readSources(snapshotDir: string): Promise<Record<string, string>> {
  try {
    return sourcesSchema.parse(JSON.parse(await readFile(join(snapshotDir, SOURCES), 'utf8')));
  } catch {
    return {};
  }
}

export function snapshotId(now: Date, reason: BackupInfo['reason']): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`;
}

export async function createSnapshot(
  dataDir: string,
  /** Paths relative to the data folder: `visits` are names in `visits/`, `register` whole relative paths. */
  files: { shared: string; visits: string[]; register: string[] },
  reason: BackupInfo['reason'],
  now: Date,
): Promise<BackupInfo> {
  const root = join(dataDir, SNAPSHOTS_DIR);
  // "Newest" must mean "taken last": two snapshots in one millisecond, or a clock set back, would
  // otherwise leave their order to chance, and with it which one a recovery or a prune picks.
  const newest = (await listSnapshots(dataDir))[0];
  const after = newest ? Date.parse(newest.createdAt) : Number.NaN;
  const stamp = after >= now.getTime() ? new Date(after + 1) : now;
  let id = snapshotId(stamp, reason);
  const existing = new Set(await readdir(root).catch(() => []));
  for (let n = 2; existing.has(id); n++) id = `${snapshotId(stamp, reason)}-${n}`;
  const partial = join(root, `${PARTIAL_PREFIX}${id}`);
  await mkdir(join(partial, 'visits'), { recursive: true });

  const previousDir = newest ? join(root, newest.id) : undefined;
  const previous = previousDir ? await readSources(previousDir) : {};
  const sources: Record<string, string> = {};
  const rels = [files.shared, ...files.visits.map((name) => join('visits', name)), ...files.register];
  const folders = [...new Set(rels.map((rel) => dirname(rel)).filter((d) => d !== '.' && d !== 'visits'))];
  for (const folder of folders) await mkdir(join(partial, folder), { recursive: true });
  for (const rel of rels) {
    const live = join(dataDir, rel);
    const version = await versionOf(live);
    const linked =
      previousDir !== undefined &&
      previous[rel] === version &&
      (await link(join(previousDir, rel), join(partial, rel)).then(
        () => true,
        () => false,
      ));
    if (!linked) await copyDurably(live, join(partial, rel));
    sources[rel] = version;
  }
  for (const folder of ['visits', ...folders]) await syncFolder(join(partial, folder));
  await writeFileDurably(join(partial, SOURCES), JSON.stringify(sources));
  const info: BackupInfo = { id, createdAt: stamp.toISOString(), reason, visitCount: files.visits.length };
  await writeFileDurably(join(partial, META), JSON.stringify(info, null, 2));
  await rename(partial, join(root, id));
  await syncFolder(root);
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
  return found.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1));
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
