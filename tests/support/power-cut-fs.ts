import * as nodeFs from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DurableFs } from '../../src/core/store/durable-write';

/**
 * A file-system layer for power-cut tests. It passes every call of the write path to the real file
 * system and records, in order, what a disk would have to make durable: files created, data written,
 * fsync of a file, renames and unlinks, fsync of a folder. `possibleAfterCut` then answers what a
 * file could hold had the power gone after any prefix of those operations.
 *
 * The model is deliberately pessimistic, more so than ext4, XFS, APFS or NTFS:
 * - data written to a file is durable only once that file is fsynced; before that, the file may
 *   hold its last fsynced bytes, nothing, the first half of the new bytes, or zeros of their length;
 * - a folder entry (create, rename, unlink) is durable only once that folder is fsynced; before
 *   that, any subset of the pending entries may have reached the disk, in any combination;
 * - fsync of a file makes its data durable but not its name.
 */
export type FsOp =
  | { kind: 'create'; path: string; inode: number }
  | { kind: 'truncate'; inode: number }
  | { kind: 'write'; inode: number; bytes: Buffer }
  | { kind: 'fsync'; inode: number }
  | { kind: 'rename'; from: string; to: string; inode: number }
  | { kind: 'unlink'; path: string }
  | { kind: 'fsyncDir'; dir: string }
  /** Not a disk operation: the caller was told its change to `path` is on disk. */
  | { kind: 'ack'; path: string };

type EntryOp = Extract<FsOp, { kind: 'create' | 'rename' | 'unlink' }>;
/** A file's content, or `null` when there is no file of that name. */
export type Content = Buffer | null;

/** Which steps a faulty disk or a faulty write path silently skips; all off for a correct one. */
export interface Lies {
  dropFileSync?: boolean;
  dropFolderSync?: boolean;
}

export class PowerCutRecorder {
  readonly ops: FsOp[] = [];
  readonly initial = new Map<string, { inode: number; bytes: Buffer }>();
  private readonly names = new Map<string, number>();
  private nextInode = 1;
  private recording = false;

  constructor(private readonly lies: Lies = {}) {}

  /** Starts recording; the files named are taken as already durable, as they are now on disk. */
  async start(paths: string[]): Promise<void> {
    for (const path of paths.map((p) => resolve(p))) {
      const bytes = await nodeFs.readFile(path);
      const inode = this.nextInode++;
      this.initial.set(path, { inode, bytes });
      this.names.set(path, inode);
    }
    this.recording = true;
  }

  ack(path: string): void {
    this.ops.push({ kind: 'ack', path: resolve(path) });
  }

  private record(op: FsOp): void {
    this.ops.push(op);
  }

  readonly fs: DurableFs = {
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      if (!this.recording) return handle;
      const [path, flags] = args;
      const full = resolve(String(path));
      if ((await handle.stat()).isDirectory()) {
        const sync = handle.sync.bind(handle);
        handle.sync = async () => {
          await sync();
          if (!this.lies.dropFolderSync) this.record({ kind: 'fsyncDir', dir: full });
        };
        return handle;
      }
      let inode = this.names.get(full);
      if (flags === 'wx' || (flags === 'w' && inode === undefined)) {
        inode = this.nextInode++;
        this.names.set(full, inode);
        this.record({ kind: 'create', path: full, inode });
      } else if (flags === 'w' && inode !== undefined) {
        this.record({ kind: 'truncate', inode });
      } else {
        throw new Error(`power-cut model: open with flags ${String(flags)} is not modelled`);
      }
      const known = inode;
      const writeFile = handle.writeFile.bind(handle);
      const sync = handle.sync.bind(handle);
      handle.writeFile = async (data) => {
        if (typeof data !== 'string' && !(data instanceof Uint8Array))
          throw new Error('power-cut model: only strings and bytes are modelled');
        await writeFile(data);
        this.record({ kind: 'write', inode: known, bytes: Buffer.from(data) });
      };
      handle.sync = async () => {
        await sync();
        if (!this.lies.dropFileSync) this.record({ kind: 'fsync', inode: known });
      };
      handle.write = () => {
        throw new Error('power-cut model: FileHandle.write is not modelled');
      };
      return handle;
    },
    rename: async (from, to) => {
      await nodeFs.rename(from, to);
      if (!this.recording) return;
      const [src, dst] = [resolve(String(from)), resolve(String(to))];
      const inode = this.names.get(src);
      if (inode === undefined) return;
      if (dirname(src) !== dirname(dst))
        throw new Error('power-cut model: renames across folders are not modelled');
      this.names.delete(src);
      this.names.set(dst, inode);
      this.record({ kind: 'rename', from: src, to: dst, inode });
    },
    unlink: async (path) => {
      await nodeFs.unlink(path);
      if (!this.recording) return;
      const full = resolve(String(path));
      if (this.names.delete(full)) this.record({ kind: 'unlink', path: full });
    },
  };
}

interface Inode {
  durable: Buffer;
  written: Buffer;
  synced: boolean;
}

/** The disk as the model sees it after a prefix of the operations. */
class Disk {
  readonly durableNames = new Map<string, number>();
  readonly inodes = new Map<number, Inode>();
  pending: EntryOp[] = [];

  constructor(initial: ReadonlyMap<string, { inode: number; bytes: Buffer }>) {
    for (const [path, { inode, bytes }] of initial) {
      this.durableNames.set(path, inode);
      this.inodes.set(inode, { durable: bytes, written: bytes, synced: true });
    }
  }

  apply(op: FsOp): void {
    const inode = 'inode' in op ? this.inodes.get(op.inode) : undefined;
    switch (op.kind) {
      case 'create':
        this.inodes.set(op.inode, { durable: Buffer.alloc(0), written: Buffer.alloc(0), synced: true });
        this.pending.push(op);
        return;
      case 'rename':
      case 'unlink':
        this.pending.push(op);
        return;
      case 'truncate':
      case 'write':
        if (!inode) throw new Error(`power-cut model: ${op.kind} of an unknown file`);
        inode.written = op.kind === 'write' ? op.bytes : Buffer.alloc(0);
        inode.synced = false;
        return;
      case 'fsync':
        if (!inode) throw new Error('power-cut model: fsync of an unknown file');
        inode.durable = inode.written;
        inode.synced = true;
        return;
      case 'fsyncDir': {
        const inDir = (op2: EntryOp) => dirname(op2.kind === 'rename' ? op2.from : op2.path) === op.dir;
        for (const entry of this.pending.filter(inDir)) applyEntry(this.durableNames, entry);
        this.pending = this.pending.filter((entry) => !inDir(entry));
        return;
      }
      case 'ack':
        return;
    }
  }

  /** Every content `path` could have after a power cut now. */
  possible(path: string): Content[] {
    if (this.pending.length > 12)
      throw new Error('power-cut model: too many unsynced folder entries to enumerate');
    const found: Content[] = [];
    for (let mask = 0; mask < 2 ** this.pending.length; mask++) {
      const names = new Map(this.durableNames);
      this.pending.forEach((entry, bit) => {
        if (mask & (2 ** bit)) applyEntry(names, entry);
      });
      const id = names.get(path);
      const inode = id === undefined ? undefined : this.inodes.get(id);
      if (!inode) found.push(null);
      else if (inode.synced) found.push(inode.durable);
      else {
        const w = inode.written;
        found.push(
          inode.durable,
          w,
          Buffer.alloc(0),
          w.subarray(0, Math.floor(w.length / 2)),
          Buffer.alloc(w.length),
        );
      }
    }
    return found;
  }

  current(path: string): Content {
    const names = new Map(this.durableNames);
    for (const entry of this.pending) applyEntry(names, entry);
    const id = names.get(path);
    const inode = id === undefined ? undefined : this.inodes.get(id);
    return inode ? inode.written : null;
  }
}

function applyEntry(names: Map<string, number>, entry: EntryOp): void {
  if (entry.kind === 'create') names.set(entry.path, entry.inode);
  else if (entry.kind === 'unlink') names.delete(entry.path);
  else {
    names.delete(entry.from);
    names.set(entry.to, entry.inode);
  }
}

export interface Violation {
  cut: number;
  path: string;
  found: string;
  allowed: string[];
}

export interface CutReport {
  cuts: number;
  /** Disk states examined: every cut point times every combination of unsynced entries and data. */
  states: number;
  violations: Violation[];
}

const show = (content: Content): string =>
  content === null
    ? '(no file)'
    : content.length > 40
      ? `${content.length} bytes ${content.subarray(0, 24).toString('hex')}...`
      : JSON.stringify(content.toString('latin1'));

/**
 * Cuts the power after every prefix of the recorded operations and checks each of `paths`: it must
 * hold the content last acknowledged (or its initial one) or the content of a write under way to it,
 * whole. A write is "to" a path when the file written is later renamed onto it or is that file.
 */
export function checkEveryCut(recorder: PowerCutRecorder, paths: string[]): CutReport {
  const ops = recorder.ops;
  const targets = paths.map((p) => resolve(p));
  const disk = new Disk(recorder.initial);
  const acked = new Map<string, Content>(targets.map((p) => [p, recorder.initial.get(p)?.bytes ?? null]));
  const report: CutReport = { cuts: 0, states: 0, violations: [] };
  const destinationOf = new Map<number, Set<string>>();
  for (const [path, { inode }] of recorder.initial) destinationOf.set(inode, new Set([path]));
  for (const op of ops) {
    if (op.kind === 'rename')
      destinationOf.set(op.inode, new Set([...(destinationOf.get(op.inode) ?? []), op.to]));
    if (op.kind === 'create')
      destinationOf.set(op.inode, new Set([...(destinationOf.get(op.inode) ?? []), op.path]));
  }
  const inFlight = new Map<string, Buffer[]>(targets.map((p) => [p, []]));
  for (let cut = 0; cut <= ops.length; cut++) {
    report.cuts += 1;
    for (const path of targets) {
      const allowed = [acked.get(path) ?? null, ...(inFlight.get(path) ?? [])];
      for (const found of disk.possible(path)) {
        report.states += 1;
        if (!allowed.some((a) => (a === null ? found === null : found !== null && a.equals(found)))) {
          report.violations.push({ cut, path, found: show(found), allowed: allowed.map(show) });
        }
      }
    }
    const op = ops[cut];
    if (!op) break;
    disk.apply(op);
    if (op.kind === 'write') {
      for (const path of destinationOf.get(op.inode) ?? []) inFlight.get(path)?.push(op.bytes);
    }
    if (op.kind === 'ack' && acked.has(op.path)) {
      acked.set(op.path, disk.current(op.path));
      inFlight.set(op.path, []);
    }
  }
  return report;
}
