import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { BackupInfo, Notice } from '../../shared/contract';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { renameWithRetry, toWriteError, writeFileDurably, type DurableFs } from './durable-write';
import {
  defaultSharedDoc,
  DocumentFile,
  parseDocument,
  serializeDocument,
  sharedDocChangeValid,
  sharedDocSchema,
  visitDocSchema,
  type SharedDoc,
  type VisitDoc,
} from './documents';
import { acquireFolderLock } from './folder-lock';
import { WriteQueue } from './write-queue';
import { SCHEMA_VERSION } from './migrations';
import {
  listDocuments,
  QUARANTINE,
  quarantine,
  readDocument,
  recoverDocument,
  readSnapshotDocuments,
  syncFolder,
  type RecoveryContext,
} from './recovery';
import { createSnapshot, listSnapshots, pruneSnapshots } from './snapshots';
import { eventsOfFiles, REGISTER_DIR, RegisterLog, type RegisterEvent, type RegisterView } from './register-log';

export const SHARED_FILE = 'qonaq.json';
const VISITS = 'visits';
const TRASH = 'trash';
/** The write queue's key for the register log. */
const REGISTER_KEY = 'register/';

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

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/**
 * The data folder: one small shared document (settings, the institution, hotels), one document per
 * visit, each a lowdb database over a durable adapter, and the letter register as append-only logs per
 * year (`register-log.ts`), read the first time it is needed. Every method that changes data resolves
 * only once the change is on disk.
 */
export class Store {
  readonly notices: Notice[] = [];
  private shared!: Low<SharedDoc>;
  private readonly visits = new Map<string, Low<VisitDoc>>();
  private readonly queue = new WriteQueue();
  private registerLog: RegisterLog | undefined;
  private changedSinceSnapshot = false;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    readonly dataDir: string,
    private readonly options: Required<Omit<StoreOptions, 'fs'>> & { fs: DurableFs | undefined },
    private readonly releaseLock: () => Promise<void>,
  ) {}

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    try {
      return await Store.openOrThrow(dataDir, options);
    } catch (error) {
      // The UI can only translate codes: a folder it cannot read or create is `storeUnreadable`.
      if (error instanceof AppError) throw error;
      const code = errorCode(error);
      if (code === 'ENOSPC' || code === 'EDQUOT') throw new AppError('diskFull');
      throw new AppError('storeUnreadable', { reason: code });
    }
  }

  private static async openOrThrow(dataDir: string, options: StoreOptions): Promise<Store> {
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
    } catch (error) {
      await release();
      throw error;
    }
    try {
      await store.snapshot('start');
    } catch (error) {
      // Every document read well: a snapshot that cannot be taken (a full disk) must not keep the
      // office from its data. The user is told, and the periodic snapshot tries again.
      store.changedSinceSnapshot = true;
      store.notices.push({ code: 'snapshotFailed', params: { reason: errorCode(error) } });
    }
    if (store.options.snapshotEveryMs > 0) {
      store.timer = setInterval(() => {
        if (store.changedSinceSnapshot) void store.snapshot('periodic').catch(() => undefined);
      }, store.options.snapshotEveryMs);
      store.timer.unref();
    }
    return store;
  }

  private get recovery(): RecoveryContext {
    return { dataDir: this.dataDir, fs: this.options.fs, now: this.options.now, notices: this.notices };
  }

  private async load(): Promise<void> {
    this.shared = new Low(this.documentFile(SHARED_FILE, sharedDocSchema), defaultSharedDoc());
    this.visits.clear();
    await listDocuments(this.dataDir);
    const visitNames = await listDocuments(join(this.dataDir, VISITS));
    const hadData = visitNames.length > 0 || (await listSnapshots(this.dataDir)).length > 0;

    // Everything is read before anything is repaired, so that a document from a newer version
    // stops the load with nothing moved or written.
    const shared = await readDocument(this.recovery, SHARED_FILE, sharedDocSchema);
    const visits: { rel: string; name: string; read: { doc: VisitDoc | null; damaged: boolean } }[] = [];
    for (const name of visitNames) {
      const rel = join(VISITS, name);
      visits.push({ rel, name, read: await readDocument(this.recovery, rel, visitDocSchema) });
    }

    const sharedDoc =
      shared.doc ??
      (shared.damaged || hadData ? await recoverDocument(this.recovery, SHARED_FILE, sharedDocSchema, shared.damaged) : null);
    if (sharedDoc) {
      this.shared.data = sharedDoc;
      await this.moveRegisterToLog();
    } else {
      this.shared.data = defaultSharedDoc();
      await this.shared.write();
    }
    for (const { rel, name, read } of visits) {
      const doc = read.doc ?? (await recoverDocument(this.recovery, rel, visitDocSchema, read.damaged));
      if (!doc) continue;
      if (visitFile(doc.visit.id) !== name) {
        // A file renamed by hand: keep it aside rather than guess which visit it is.
        await quarantine(this.recovery, rel);
        this.notices.push({ code: 'quarantinedNoSnapshot', params: { file: rel } });
        continue;
      }
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      db.data = doc;
      this.visits.set(doc.visit.id, db);
    }
  }

  /**
   * A shared document from before version 5 holds the register: its letters go to the log first,
   * durably, then the document is written without them. A crash between the two leaves both, and the
   * next load unites them by entry id, adding nothing twice.
   */
  private async moveRegisterToLog(): Promise<void> {
    const { register, ...rest } = this.shared.data;
    if (!register) return;
    const log = await this.loadedRegister();
    await log.append(log.missingFrom(RegisterLog.eventsOf(register, this.options.now().getUTCFullYear())));
    await this.shared.adapter.write(rest);
    this.shared.data = rest;
  }

  /** The register log, read on first use; only inside its queue or a whole-store task. */
  private async loadedRegister(): Promise<RegisterLog> {
    this.registerLog ??= await RegisterLog.load(this.recovery);
    return this.registerLog;
  }

  /** The outgoing register as last acknowledged (read from disk the first time). Never mutate it. */
  register(): Promise<RegisterView> {
    return this.serialize(REGISTER_KEY, () => this.loadedRegister());
  }

  /**
   * Adds to the register. `change` gets the acknowledged register and answers the events to append
   * and a result; changes run one after another, so two never see the same state (numbering relies on
   * this). The events are appended and synced in one write before the register in memory changes; if
   * `change` throws, nothing is written.
   */
  async updateRegister<T>(change: (current: RegisterView) => { events: RegisterEvent[]; result: T }): Promise<T> {
    return this.serialize(REGISTER_KEY, async () => {
      const log = await this.loadedRegister();
      const { events, result } = change(log);
      if (events.length > 0) {
        await log.append(events);
        this.changedSinceSnapshot = true;
      }
      return result;
    });
  }

  private documentFile<T>(rel: string, schema: z.ZodType<T>): DocumentFile<T> {
    return new DocumentFile(join(this.dataDir, rel), schema, this.options.fs);
  }

  /** Changes to one document run one after another; see `WriteQueue`. */
  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.queue.serialize(key, task);
  }

  /** Runs a task over the whole folder once every change under way is done, holding new ones back. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.exclusive(task);
  }

  get settings(): SharedDoc['settings'] {
    return this.shared.data.settings;
  }

  async updateSettings(patch: Partial<SharedDoc['settings']>): Promise<SharedDoc['settings']> {
    return this.updateShared((current) => {
      const settings = { ...current.settings, ...patch };
      return { doc: { ...current, settings }, result: settings };
    });
  }

  /** The shared document as last acknowledged: settings, institution, hotels. Never mutate it. */
  get sharedDoc(): Readonly<SharedDoc> {
    return this.shared.data;
  }

  /**
   * Changes the shared document. `change` gets the acknowledged state and returns the next one and a
   * result; it runs in the shared file's queue, so two changes never see the same state. Readers see
   * the new state only once it is on disk; if `change` throws, nothing is written.
   */
  async updateShared<T>(change: (current: SharedDoc) => { doc: SharedDoc; result: T }): Promise<T> {
    return this.serialize(SHARED_FILE, async () => {
      const { doc, result } = change(this.shared.data);
      // A document that would fail to load is quarantined on the next start: never write one.
      if (!sharedDocChangeValid(this.shared.data, doc)) throw new AppError('internal', { reason: 'invalidSharedDoc' });
      await this.shared.adapter.write(doc);
      this.shared.data = doc;
      this.changedSinceSnapshot = true;
      return result;
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
      // Readers keep seeing the acknowledged state until the new one is on disk.
      await db.adapter.write(next);
      db.data = next;
      this.visits.set(id, db);
      this.changedSinceSnapshot = true;
      return next.visit;
    });
  }

  /** Moves a file within the data folder through the same (injectable, retrying) file calls as writes. */
  private async move(fromRel: string, toRel: string): Promise<void> {
    await renameWithRetry(this.options.fs ?? nodeFs, join(this.dataDir, fromRel), join(this.dataDir, toRel)).catch(
      (error: unknown) => {
        throw toWriteError(error);
      },
    );
  }

  /** Moves a visit's file to `trash/`, from where `restoreVisit` brings it back. */
  async deleteVisit(id: string): Promise<void> {
    return this.serialize(id, async () => {
      if (!this.visits.has(id)) throw new AppError('notFound', { id });
      await this.move(join(VISITS, visitFile(id)), join(TRASH, visitFile(id)));
      await syncFolder(join(this.dataDir, VISITS));
      await syncFolder(join(this.dataDir, TRASH));
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
      await this.move(join(TRASH, visitFile(id)), rel);
      await syncFolder(join(this.dataDir, VISITS));
      await syncFolder(join(this.dataDir, TRASH));
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      this.visits.set(id, db);
      this.changedSinceSnapshot = true;
      return doc.visit;
    });
  }

  /** A snapshot of the folder as it stands between changes: none is half-applied in it. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const info = await this.takeSnapshot(reason);
      await pruneSnapshots(this.dataDir, this.options.snapshotsKept);
      return info;
    });
  }

  private async takeSnapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const info = await createSnapshot(
      this.dataDir,
      {
        shared: SHARED_FILE,
        visits: [...this.visits.keys()].map(visitFile),
        register: (await RegisterLog.fileNames(this.dataDir)).map((name) => join(REGISTER_DIR, name)),
      },
      reason,
      this.options.now(),
    );
    this.changedSinceSnapshot = false;
    return info;
  }

  listSnapshots(): Promise<BackupInfo[]> {
    return listSnapshots(this.dataDir);
  }

  /**
   * Puts the whole folder back as it was in a snapshot, but for the letter register, which only grows
   * (see `replaceContents`). The current state is snapshotted first, so a restore can itself be
   * undone by restoring that one.
   */
  async restoreSnapshot(id: string): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const target = (await this.listSnapshots()).find((s) => s.id === id);
      if (!target) throw new AppError('notFound', { id });
      const { sharedBytes, docs, register } = await readSnapshotDocuments(
        this.dataDir,
        id,
        SHARED_FILE,
        VISITS,
        REGISTER_DIR,
      );
      await this.replaceContents(sharedBytes, docs, register);
      this.notices.push({ code: 'restoredBackup', params: { snapshot: target.createdAt } });
      return target;
    });
  }

  /** The bytes of every document and register file as they are on disk, read while no change is under way. */
  async readAllDocuments(): Promise<{ sharedBytes: string; docs: Map<string, string>; register: Map<string, string> }> {
    return this.exclusive(async () => {
      // Read (and so repaired, were a line damaged) before its files are copied.
      await this.loadedRegister();
      const docs = new Map<string, string>();
      for (const id of [...this.visits.keys()].sort()) {
        docs.set(visitFile(id), await readFile(join(this.dataDir, VISITS, visitFile(id)), 'utf8'));
      }
      const register = new Map<string, string>();
      for (const name of await RegisterLog.fileNames(this.dataDir)) {
        register.set(name, await readFile(join(this.dataDir, REGISTER_DIR, name), 'utf8'));
      }
      return { sharedBytes: await readFile(join(this.dataDir, SHARED_FILE), 'utf8'), docs, register };
    });
  }

  /**
   * Replaces everything with documents brought in from elsewhere (an archive), already checked by
   * the caller. The current state is snapshotted first, so the import can be undone.
   */
  async replaceAllDocuments(
    sharedBytes: string,
    docs: Map<string, string>,
    register: ReadonlyMap<string, string>,
  ): Promise<void> {
    return this.exclusive(() => this.replaceContents(sharedBytes, docs, register));
  }

  /**
   * Puts the given documents in place of the current ones; visits not among them go to `trash/`.
   * The letter register is never taken back: letters once issued are in the world, and putting back
   * an older register would give their numbers again. The register brought in (its files, or the one
   * inside an older shared document) is united with the live one by entry id: letters only it has are
   * appended, first, so a crash part-way leaves every number ever given still taken.
   */
  private async replaceContents(
    sharedBytes: string,
    docs: Map<string, string>,
    register: ReadonlyMap<string, string>,
  ): Promise<void> {
    // Not pruned until the restore is done: pruning now could delete the snapshot being restored.
    await this.takeSnapshot('beforeRestore');
    const { register: older, ...restored } = parseDocument(sharedBytes, sharedDocSchema);
    const log = await this.loadedRegister();
    const events = eventsOfFiles(register);
    if (older) events.push(...RegisterLog.eventsOf(older, this.options.now().getUTCFullYear()));
    await log.append(log.missingFrom(events));
    for (const [name, bytes] of docs) {
      await writeFileDurably(join(this.dataDir, VISITS, name), bytes, this.options.fs);
    }
    for (const name of await readdir(join(this.dataDir, VISITS))) {
      if (name.endsWith('.json') && !docs.has(name)) {
        await this.move(join(VISITS, name), join(TRASH, name));
      }
    }
    await syncFolder(join(this.dataDir, VISITS));
    await syncFolder(join(this.dataDir, TRASH));
    await writeFileDurably(join(this.dataDir, SHARED_FILE), serializeDocument(restored), this.options.fs);
    await this.load();
    await pruneSnapshots(this.dataDir, this.options.snapshotsKept);
  }

  /** Waits for every write under way, then lets go of the folder. */
  async close(): Promise<void> {
    if (this.queue.isClosed) return;
    if (this.timer) clearInterval(this.timer);
    await this.queue.close();
    await this.releaseLock();
  }
}
