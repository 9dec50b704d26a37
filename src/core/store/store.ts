import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { BackupInfo, Notice } from '../../shared/contract';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { TEMP_SUFFIX, writeFileDurably, type DurableFs } from './durable-write';
import {
  defaultSharedDoc,
  DocumentFile,
  parseDocument,
  sharedDocSchema,
  visitDocSchema,
  type SharedDoc,
  type VisitDoc,
} from './documents';
import { acquireFolderLock } from './folder-lock';
import { SCHEMA_VERSION } from './migrations';
import { createSnapshot, listSnapshots, pruneSnapshots, snapshotPath } from './snapshots';

export const SHARED_FILE = 'qonaq.json';
const VISITS = 'visits';
const TRASH = 'trash';
const QUARANTINE = 'quarantine';

export interface StoreOptions {
  /** File-system calls of the write path, replaced in tests to inject faults. */
  fs?: DurableFs;
  now?: () => Date;
  /** How many rolling snapshots to keep. */
  snapshotsKept?: number;
  /** Take a snapshot this often while there are changes; 0 turns it off. */
  snapshotEveryMs?: number;
}

const visitFile = (id: string) => `${id}.json`;

async function fsyncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * The data folder: one small shared document (settings; later hotels, partners, the letter
 * register) and one document per visit, each a lowdb database over a durable adapter.
 * Every method that changes data resolves only once the change is on disk.
 */
export class Store {
  readonly notices: Notice[] = [];
  private shared!: Low<SharedDoc>;
  private readonly visits = new Map<string, Low<VisitDoc>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private changedSinceSnapshot = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly options: Required<Omit<StoreOptions, 'fs'>> & { fs: DurableFs | undefined },
    private readonly releaseLock: () => Promise<void>,
  ) {}

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    for (const sub of ['', VISITS, TRASH, QUARANTINE]) await mkdir(join(dataDir, sub), { recursive: true });
    const release = await acquireFolderLock(dataDir);
    const store = new Store(
      dataDir,
      {
        fs: options.fs,
        now: options.now ?? (() => new Date()),
        snapshotsKept: options.snapshotsKept ?? 20,
        snapshotEveryMs: options.snapshotEveryMs ?? 10 * 60 * 1000,
      },
      release,
    );
    try {
      await store.load();
      await store.snapshot('start');
    } catch (error) {
      await release();
      throw error;
    }
    if (store.options.snapshotEveryMs > 0) {
      store.timer = setInterval(() => {
        if (store.changedSinceSnapshot) void store.snapshot('periodic').catch(() => undefined);
      }, store.options.snapshotEveryMs);
      store.timer.unref();
    }
    return store;
  }

  private async removeTempLeftovers(folder: string): Promise<string[]> {
    const names = await readdir(folder);
    for (const name of names.filter((n) => n.endsWith(TEMP_SUFFIX))) {
      await unlink(join(folder, name)).catch(() => undefined);
    }
    return names.filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  }

  private async load(): Promise<void> {
    this.shared = new Low(this.documentFile(SHARED_FILE, sharedDocSchema), defaultSharedDoc());
    this.visits.clear();
    await this.removeTempLeftovers(this.dataDir);
    const visitNames = await this.removeTempLeftovers(join(this.dataDir, VISITS));
    const hadData = visitNames.length > 0 || (await listSnapshots(this.dataDir)).length > 0;

    const shared = await this.readOrRecover(SHARED_FILE, sharedDocSchema, hadData);
    if (shared) {
      this.shared.data = shared;
    } else {
      this.shared.data = defaultSharedDoc();
      await this.shared.write();
    }
    for (const name of visitNames) {
      const rel = join(VISITS, name);
      const doc = await this.readOrRecover(rel, visitDocSchema, true);
      if (!doc) continue;
      if (visitFile(doc.visit.id) !== name) {
        // A file renamed by hand: keep it aside rather than guess which visit it is.
        await this.quarantine(rel);
        this.notices.push({ code: 'quarantinedNoSnapshot', params: { file: rel } });
        continue;
      }
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      db.data = doc;
      this.visits.set(doc.visit.id, db);
    }
  }

  private documentFile<T>(rel: string, schema: z.ZodType<T>): DocumentFile<T> {
    return new DocumentFile(join(this.dataDir, rel), schema, this.options.fs);
  }

  /**
   * Reads one document. A file that does not parse or validate is moved to `quarantine/` and the
   * newest good copy from a snapshot takes its place; the user is told either way. A document from
   * a newer app version stops the whole load: nothing is moved or written.
   */
  private async readOrRecover<T>(rel: string, schema: z.ZodType<T>, expected: boolean): Promise<T | null> {
    const file = this.documentFile(rel, schema);
    try {
      const doc = await file.read();
      if (doc !== null || !expected) return doc;
    } catch (error) {
      if (error instanceof AppError) throw error;
      await this.quarantine(rel);
    }
    for (const snap of await listSnapshots(this.dataDir)) {
      try {
        const bytes = await readFile(snapshotPath(this.dataDir, snap.id, rel), 'utf8');
        const doc = parseDocument(bytes, schema);
        await writeFileDurably(join(this.dataDir, rel), bytes, this.options.fs);
        this.notices.push({ code: 'restoredFromSnapshot', params: { file: rel, snapshot: snap.createdAt } });
        return doc;
      } catch {
        // Missing or bad in this snapshot too: try an older one.
      }
    }
    this.notices.push({ code: 'quarantinedNoSnapshot', params: { file: rel } });
    return null;
  }

  private async quarantine(rel: string): Promise<void> {
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    const target = join(this.dataDir, QUARANTINE, `${stamp}-${rel.replace(/[\\/]/g, '_')}`);
    await rename(join(this.dataDir, rel), target);
    await fsyncFolder(join(this.dataDir, QUARANTINE));
  }

  /** Runs changes to one document one after another, so each write carries all before it. */
  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('internal', { reason: 'storeClosed' });
  }

  get settings(): SharedDoc['settings'] {
    return this.shared.data.settings;
  }

  async updateSettings(patch: Partial<SharedDoc['settings']>): Promise<SharedDoc['settings']> {
    return this.serialize(SHARED_FILE, async () => {
      const before = this.shared.data;
      this.shared.data = { ...before, settings: { ...before.settings, ...patch } };
      try {
        await this.shared.write();
      } catch (error) {
        this.shared.data = before;
        throw error;
      }
      this.changedSinceSnapshot = true;
      return this.shared.data.settings;
    });
  }

  listVisits(): Visit[] {
    return [...this.visits.values()].map((db) => db.data.visit);
  }

  getVisit(id: string): Visit | undefined {
    return this.visits.get(id)?.data.visit;
  }

  /** Writes a visit's document; the in-memory copy changes only once the file is on disk. */
  async saveVisit(id: string, change: (current: Visit | undefined) => Visit): Promise<Visit> {
    return this.serialize(id, async () => {
      const existing = this.visits.get(id);
      const next: VisitDoc = { schemaVersion: SCHEMA_VERSION, visit: change(existing?.data.visit) };
      const db = existing ?? new Low(this.documentFile(join(VISITS, visitFile(id)), visitDocSchema), next);
      const before = db.data;
      db.data = next;
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        throw error;
      }
      this.visits.set(id, db);
      this.changedSinceSnapshot = true;
      return next.visit;
    });
  }

  /** Moves a visit's file to `trash/`, from where `restoreVisit` brings it back. */
  async deleteVisit(id: string): Promise<void> {
    return this.serialize(id, async () => {
      if (!this.visits.has(id)) throw new AppError('notFound', { id });
      await rename(join(this.dataDir, VISITS, visitFile(id)), join(this.dataDir, TRASH, visitFile(id)));
      await fsyncFolder(join(this.dataDir, VISITS));
      await fsyncFolder(join(this.dataDir, TRASH));
      this.visits.delete(id);
      this.changedSinceSnapshot = true;
    });
  }

  async restoreVisit(id: string): Promise<Visit> {
    return this.serialize(id, async () => {
      if (this.visits.has(id)) throw new AppError('notFound', { id });
      const trashed = join(this.dataDir, TRASH, visitFile(id));
      let doc: VisitDoc;
      try {
        doc = parseDocument(await readFile(trashed, 'utf8'), visitDocSchema);
      } catch {
        throw new AppError('notFound', { id });
      }
      const rel = join(VISITS, visitFile(id));
      await rename(trashed, join(this.dataDir, rel));
      await fsyncFolder(join(this.dataDir, VISITS));
      await fsyncFolder(join(this.dataDir, TRASH));
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      this.visits.set(id, db);
      this.changedSinceSnapshot = true;
      return doc.visit;
    });
  }

  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.serialize('snapshots', async () => {
      const info = await createSnapshot(
        this.dataDir,
        { shared: SHARED_FILE, visits: [...this.visits.keys()].map(visitFile) },
        reason,
        this.options.now(),
      );
      this.changedSinceSnapshot = false;
      await pruneSnapshots(this.dataDir, this.options.snapshotsKept);
      return info;
    });
  }

  listSnapshots(): Promise<BackupInfo[]> {
    return listSnapshots(this.dataDir);
  }

  /**
   * Puts the whole folder back as it was in a snapshot. The current state is snapshotted first,
   * so a restore can itself be undone by restoring that one.
   */
  async restoreSnapshot(id: string): Promise<BackupInfo> {
    const target = (await this.listSnapshots()).find((s) => s.id === id);
    if (!target) throw new AppError('notFound', { id });
    await this.snapshot('beforeRestore');
    return this.serialize('snapshots', async () => {
      const sharedBytes = await readFile(snapshotPath(this.dataDir, id, SHARED_FILE), 'utf8');
      parseDocument(sharedBytes, sharedDocSchema);
      const names = await readdir(snapshotPath(this.dataDir, id, VISITS));
      const docs = new Map<string, string>();
      for (const name of names) {
        const bytes = await readFile(snapshotPath(this.dataDir, id, VISITS, name), 'utf8');
        parseDocument(bytes, visitDocSchema);
        docs.set(name, bytes);
      }
      for (const [name, bytes] of docs) {
        await writeFileDurably(join(this.dataDir, VISITS, name), bytes, this.options.fs);
      }
      for (const name of await readdir(join(this.dataDir, VISITS))) {
        if (name.endsWith('.json') && !docs.has(name)) {
          await rename(join(this.dataDir, VISITS, name), join(this.dataDir, TRASH, name));
        }
      }
      await fsyncFolder(join(this.dataDir, VISITS));
      await writeFileDurably(join(this.dataDir, SHARED_FILE), sharedBytes, this.options.fs);
      await this.load();
      this.notices.push({ code: 'restoredBackup', params: { snapshot: target.createdAt } });
      return target;
    });
  }

  /** Waits for every write under way, then lets go of the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.queues.values()]);
    this.closed = true;
    await this.releaseLock();
  }
}
