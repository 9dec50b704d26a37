import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo, BackupSpace } from '../../shared/backups-contract';
import { AppError } from '../../shared/errors';
import { ATTACHMENTS_DIR, sha256Of } from './attachments';
import { fsyncFolder, toWriteError, writeFileDurably, type DurableFs } from './durable-write';
import {
  budgetFor,
  decideRetention,
  DEFAULT_RETENTION,
  spaceOf,
  type RetentionDecision,
  type RetentionPolicy,
  type SnapshotFacts,
  type StoredFile,
} from './snapshot-retention';

/**
 * Snapshots of the whole data folder, thinned as they age (`snapshot-retention.ts`). A snapshot never
 * shares a file with the live folder: a file edited in place (by hand in an editor, by a sync tool)
 * would otherwise be damaged in every snapshot that links it, and no good copy would be left. So a
 * file is copied the first time a snapshot takes it; while it stays unchanged, later snapshots
 * hard-link that copy, which costs a directory entry, not a copy. `sources.json` records which live
 * file each copy was taken from.
 *
 * A snapshot is built in a hidden sibling folder, synced, and renamed into place: a snapshot folder
 * is whole or absent. A snapshot is removed the same way backwards (renamed away, then deleted), so a
 * crash part-way never leaves one that looks whole but lacks files.
 */
export const SNAPSHOTS_DIR = 'snapshots';
const META = 'snapshot.json';
const SOURCES = 'sources.json';
const PARTIAL_PREFIX = '.partial-';

/** The calls that change the folder; tests pass a version that injects faults. */
export interface SnapshotFs extends DurableFs {
  mkdir: typeof nodeFs.mkdir;
  link: typeof nodeFs.link;
  rm: typeof nodeFs.rm;
}

const metaSchema = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  reason: z.enum(['start', 'manual', 'periodic', 'beforeRestore']),
  visitCount: z.number().int().min(0),
});
const sourcesSchema = z.record(z.string(), z.string());

/** Names one version of a live file; a write (a new inode) or an edit in place (mtime, size) changes it. */
async function versionOf(path: string): Promise<string> {
  const s = await stat(path, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** Copies `from` and syncs the copy; answers the bytes copied. */
async function copyDurably(fs: SnapshotFs, from: string, to: string): Promise<Buffer> {
  const bytes = await readFile(from);
  const handle = await fs.open(to, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return bytes;
}

/**
 * An attachment never changes (its name is the SHA-256 of its bytes), so a snapshot hard-links the
 * previous snapshot's copy whenever there is one, whatever the live file's stamp: a 20 MB scan costs
 * its bytes once, not once per snapshot. The first copy is checked against its name; a live file whose
 * bytes no longer hash to it (damaged on disk) is left out, so that no snapshot keeps damage as a copy.
 */
async function takeAttachment(
  fs: SnapshotFs,
  live: string,
  previous: string | undefined,
  to: string,
): Promise<void> {
  if (previous !== undefined && (await linkOrFalse(fs, previous, to))) return;
  const bytes = await copyDurably(fs, live, to);
  if (sha256Of(bytes) !== to.slice(-64)) await fs.rm(to, { force: true });
}

/** Hard-links `from` as `to`; false where the link cannot be made (a copy is taken instead). */
async function linkOrFalse(fs: SnapshotFs, from: string, to: string): Promise<boolean> {
  return fs.link(from, to).then(
    () => true,
    (error: unknown) => {
      // A full disk refuses a link too: that is not a reason to try a copy.
      const code = toWriteError(error).code;
      if (code === 'diskFull' || code === 'readOnly') throw error;
      return false;
    },
  );
}

async function readSources(snapshotDir: string): Promise<Record<string, string>> {
  try {
    return sourcesSchema.parse(JSON.parse(await readFile(join(snapshotDir, SOURCES), 'utf8')));
  } catch {
    return {};
  }
}

/** Removes what a crash left half-made or half-removed. Never while a snapshot is being taken or removed. */
async function removePartials(fs: SnapshotFs, root: string): Promise<void> {
  for (const name of await readdir(root).catch(() => [] as string[])) {
    // A read-only folder keeps them; they are hidden and are tried again next time.
    if (name.startsWith(PARTIAL_PREFIX))
      await fs.rm(join(root, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

export function snapshotId(now: Date, reason: BackupInfo['reason']): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`;
}

/**
 * Takes a snapshot. Either it resolves and the snapshot is whole on disk, or it fails with a code the
 * user can read (`diskFull`, `readOnly`, `writeFailed`) and leaves no trace of it.
 */
export async function createSnapshot(
  dataDir: string,
  /**
   * Paths relative to the data folder: `visits` are names in `visits/`, `register` whole relative paths
   * (the register's files and mark, the partners document), `attachments` names in `attachments/`.
   */
  files: { shared: string; visits: string[]; register: string[]; attachments?: string[] },
  reason: BackupInfo['reason'],
  now: Date,
  fs: SnapshotFs = nodeFs,
): Promise<BackupInfo> {
  const root = join(dataDir, SNAPSHOTS_DIR);
  await removePartials(fs, root);
  // "Newest" must mean "taken last": two snapshots in one millisecond, or a clock set back, would
  // otherwise leave their order to chance, and with it which one a recovery or a prune picks.
  const newest = (await listSnapshots(dataDir))[0];
  const after = newest ? Date.parse(newest.createdAt) : Number.NaN;
  const stamp = after >= now.getTime() ? new Date(after + 1) : now;
  let id = snapshotId(stamp, reason);
  const existing = new Set(await readdir(root).catch(() => []));
  for (let n = 2; existing.has(id); n++) id = `${snapshotId(stamp, reason)}-${n}`;
  const partial = join(root, `${PARTIAL_PREFIX}${id}`);
  const final = join(root, id);
  let renamed = false;
  try {
    await fs.mkdir(root, { recursive: true });
    // One by one: a recursive mkdir on a read-only disk answers ENOENT, not EROFS.
    await fs.mkdir(partial);
    await fs.mkdir(join(partial, 'visits'));
    const previousDir = newest ? join(root, newest.id) : undefined;
    const previous = previousDir ? await readSources(previousDir) : {};
    const sources: Record<string, string> = {};
    const rels = [files.shared, ...files.visits.map((name) => join('visits', name)), ...files.register];
    const folders = [...new Set(rels.map((rel) => dirname(rel)).filter((d) => d !== '.' && d !== 'visits'))];
    for (const folder of folders) await fs.mkdir(join(partial, folder), { recursive: true });
    for (const rel of rels) {
      const live = join(dataDir, rel);
      const version = await versionOf(live);
      const linked =
        previousDir !== undefined &&
        previous[rel] === version &&
        (await linkOrFalse(fs, join(previousDir, rel), join(partial, rel)));
      if (!linked) await copyDurably(fs, live, join(partial, rel));
      sources[rel] = version;
    }
    const attachments = files.attachments ?? [];
    if (attachments.length > 0) {
      await fs.mkdir(join(partial, ATTACHMENTS_DIR));
      folders.push(ATTACHMENTS_DIR);
    }
    for (const name of attachments) {
      const rel = join(ATTACHMENTS_DIR, name);
      const before = previousDir !== undefined ? join(previousDir, rel) : undefined;
      const held =
        before !== undefined &&
        (await stat(before).then(
          (s) => s.isFile(),
          () => false,
        ));
      await takeAttachment(fs, join(dataDir, rel), held ? before : undefined, join(partial, rel));
    }
    for (const folder of ['visits', ...folders]) await fsyncFolder(fs, join(partial, folder));
    await writeFileDurably(join(partial, SOURCES), JSON.stringify(sources), fs);
    const info: BackupInfo = { id, createdAt: stamp.toISOString(), reason, visitCount: files.visits.length };
    await writeFileDurably(join(partial, META), JSON.stringify(info, null, 2), fs);
    await fs.rename(partial, final);
    renamed = true;
    await fsyncFolder(fs, root);
    return info;
  } catch (error) {
    // Not acknowledged, so not kept: a snapshot that may not survive a power cut is no snapshot.
    await fs.rm(renamed ? final : partial, { recursive: true, force: true }).catch(() => undefined);
    throw error instanceof AppError ? error : toWriteError(error);
  }
}

/** Complete snapshots, newest first. Half-made ones (hidden) and folders not ours are passed over. */
export async function listSnapshots(dataDir: string): Promise<BackupInfo[]> {
  const root = join(dataDir, SNAPSHOTS_DIR);
  const names = await readdir(root).catch(() => [] as string[]);
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (name.startsWith(PARTIAL_PREFIX)) continue;
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

/**
 * The files of a snapshot as the disk holds them. A snapshot never changes once taken, so what was
 * found is remembered for as long as the folder is there (until it is removed here).
 */
const filesSeen = new Map<string, StoredFile[]>();

async function filesOf(dir: string): Promise<StoredFile[]> {
  const known = filesSeen.get(dir);
  if (known) return known;
  const found: StoredFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const s = await stat(path, { bigint: true });
        found.push({ key: `${s.dev}:${s.ino}`, bytes: Number(s.size) });
      }
    }
  };
  await walk(dir);
  filesSeen.set(dir, found);
  return found;
}

async function factsOf(dataDir: string): Promise<SnapshotFacts[]> {
  const facts: SnapshotFacts[] = [];
  for (const snap of await listSnapshots(dataDir)) {
    // One removed while this looked (the space asked for beside a prune) is passed over.
    const files = await filesOf(snapshotPath(dataDir, snap.id)).catch(() => null);
    if (files) facts.push({ ...snap, files });
  }
  return facts;
}

/**
 * Removes the snapshots the policy lets go (see `decideRetention`). The rules count back from `now`,
 * by default the time of the newest snapshot (a prune follows the snapshot just taken). Run it only
 * while no snapshot is being taken or restored.
 */
export async function thinSnapshots(
  dataDir: string,
  options: { policy?: RetentionPolicy; now?: Date; protect?: readonly string[]; fs?: SnapshotFs } = {},
): Promise<RetentionDecision> {
  const fs = options.fs ?? nodeFs;
  const root = join(dataDir, SNAPSHOTS_DIR);
  await removePartials(fs, root);
  const snapshots = await factsOf(dataDir);
  const decision = decideRetention({
    snapshots,
    now: options.now ?? new Date(snapshots[0]?.createdAt ?? Date.now()),
    policy: options.policy ?? DEFAULT_RETENTION,
    ...(options.protect ? { protect: options.protect } : {}),
  });
  for (const id of decision.remove) {
    const gone = join(root, `${PARTIAL_PREFIX}${id}`);
    try {
      // Renamed first: were the removal cut short, what is left is hidden, not a snapshot lacking files.
      await fs.rename(join(root, id), gone);
      filesSeen.delete(join(root, id));
      await fs.rm(gone, { recursive: true, force: true });
    } catch {
      // A snapshot that cannot be removed now (a read-only disk, a file held open) is tried again
      // at the next prune; the snapshot just taken stands either way.
    }
  }
  return decision;
}

/** What the snapshots take on disk, against the budget. */
export async function snapshotSpace(
  dataDir: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<BackupSpace> {
  const snapshots = await factsOf(dataDir);
  return { policy, usedBytes: spaceOf(snapshots), budgetBytes: budgetFor(policy, snapshots) };
}
