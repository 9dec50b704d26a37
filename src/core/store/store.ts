import * as nodeFs from 'node:fs/promises';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { BackupInfo, Notice } from '../../shared/contract';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { renameWithRetry, toWriteError, type DurableFs } from './durable-write';
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
import { acquireFolderLock, type LockHolder } from './folder-lock';
import { IndexWriter, visitFile, VISITS } from './index-writer';
import { loadFolder, loadRest, SHARED_FILE, TRASH, type LoadedVisits } from './loader';
import { SCHEMA_VERSION } from './migrations';
import { QUARANTINE, readSnapshotDocuments, syncFolder, type RecoveryContext } from './recovery';
import { eventsOfFiles, REGISTER_DIR, type RegisterEvent } from './register-lines';
import { RegisterLog, type RegisterView } from './register-log';
import { REGISTER_MARK } from './register-mark';
import { replaceFolder } from './replace';
import { createSnapshot, listSnapshots, thinSnapshots } from './snapshots';
import { LetterFiles } from './letter-files';
import { visitListing, type VisitListing } from './visit-index';
import { WriteQueue } from './write-queue';

export { SHARED_FILE } from './loader';
/** The write queue's key for the register log (not a visit: its changes never touch the index of visits). */
const REGISTER_KEY = 'register/';

export interface StoreOptions {
  /** File-system calls of the write path, replaced in tests to inject faults. */
  fs?: DurableFs;
  now?: () => Date;
  /** Take a snapshot this often while there are changes; 0 turns it off. */
  snapshotEveryMs?: number;
  /**
   * Resolve `open` as soon as the list of visits can be served, from the index of visits (decision
   * 0009), and read the visit documents in the background; every other use of a visit waits for them
   * (`ready`). Without it, `open` resolves once every document is read and the start snapshot taken.
   */
  background?: boolean;
  /** How long after the last change to a visit the index of visits is rewritten. */
  indexDelayMs?: number;
  /**
   * Take the folder's lock over from a holder that still looks alive (the user chose to): best the
   * `lockId` of the `storeLocked` error the user was shown, so that only that holder's lock is taken.
   */
  takeOverLock?: boolean | string;
  /**
   * Called once if another Qonaq takes the folder over while this store is open. From then on every
   * change is refused with `storeLocked` and nothing more is written, not even on close.
   */
  onLockLost?: (holder: LockHolder | null) => void;
  /** How often the folder's lock is touched (`acquireFolderLock`); tests shorten it. */
  lockHeartbeatMs?: number;
}

/** What a change of the register appends, and what it answers once that is on disk. */
export interface RegisterChange<T> {
  events: RegisterEvent[];
  result: T;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/**
 * A document written through lowdb: a new database over the document's durable adapter, holding the
 * next state, is written, and only then handed back to take the place of the one before. So readers
 * of the one before keep seeing the acknowledged state until the new one is on disk (decision 0013).
 */
async function written<T>(adapter: DocumentFile<T>, doc: T): Promise<Low<T>> {
  const db = new Low(adapter, doc);
  await db.write();
  return db;
}

/**
 * The data folder: one small shared document (settings, the institution, hotels), one document per
 * visit, each a lowdb database over a durable adapter, and the letter register as append-only logs per
 * year (`register-log.ts`). The rooms it composes: `loader.ts` reads, checks and repairs the folder;
 * `index-writer.ts` keeps the index of visits; `replace.ts` restores and imports, all or nothing;
 * `register-log.ts` keeps the register, in a queue of its own. Every change resolves only once it is on disk.
 */
export class Store {
  readonly notices: Notice[] = [];
  private shared!: Low<SharedDoc>;
  private readonly visits = new Map<string, Low<VisitDoc>>();
  /** What the list of visits shows, by visit id: complete from the end of `load`, before the documents are. */
  private readonly listing = new Map<string, VisitListing>();
  private readonly queue = new WriteQueue();
  private readonly index: IndexWriter;
  private registerLog: RegisterLog | undefined;
  private changedSinceSnapshot = false;
  private timer: NodeJS.Timeout | undefined;
  /** Whether every visit document is in `visits`. */
  private loadedAll = false;
  private loadSettled = false;
  /** Settles when every visit document is read (rejects if that failed); see `ready`. */
  private visitsLoaded: Promise<void> = Promise.resolve();
  /** Settles when the start is over: documents read, start snapshot taken, index written. */
  private started: Promise<void> = Promise.resolve();
  private closing: Promise<void> | undefined;
  /** Set by `close`: new tasks are refused. */
  private refusing = false;
  /** Set when another process took the folder over: nothing more is written. */
  private lockLost = false;

  private constructor(
    readonly dataDir: string,
    private readonly options: Required<Omit<StoreOptions, 'fs' | 'background' | 'takeOverLock' | 'onLockLost' | 'lockHeartbeatMs'>> & {
      fs: DurableFs | undefined;
    },
    private readonly releaseLock: () => Promise<void>,
  ) {
    this.index = new IndexWriter(dataDir, this.listing, options.indexDelayMs);
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    try {
      return await Store.openOrThrow(dataDir, options);
    } catch (error) {
      throw Store.asAppError(error);
    }
  }

  /** The UI can only translate codes: a folder it cannot read or create is `storeUnreadable`. */
  private static asAppError(error: unknown): AppError {
    if (error instanceof AppError) return error;
    const code = errorCode(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('diskFull');
    return new AppError('storeUnreadable', { reason: code });
  }

  /**
   * Resolves once every visit document is read and checked (at once unless opened with `background`);
   * rejects with the reason if they could not be. Everything but the list of visits needs them.
   */
  ready(): Promise<void> {
    return this.visitsLoaded;
  }

  /** Whether `ready` has resolved: the store has every visit, not only its summary. */
  get isReady(): boolean {
    return this.loadedAll;
  }

  /** Whether the visits are still being read in the background (notices may still come). */
  get isLoading(): boolean {
    return !this.loadedAll && !this.loadSettled;
  }

  private static async openOrThrow(dataDir: string, options: StoreOptions): Promise<Store> {
    for (const sub of ['', VISITS, TRASH, QUARANTINE]) await mkdir(join(dataDir, sub), { recursive: true });
    // The lock may be lost before the store exists; `opened.store` is set as soon as it does.
    const opened: { store?: Store } = {};
    const release = await acquireFolderLock(dataDir, {
      takeOver: options.takeOverLock,
      heartbeatMs: options.lockHeartbeatMs,
      onLost: (holder) => {
        opened.store?.stopWriting();
        options.onLockLost?.(holder);
      },
    });
    const store = new Store(
      dataDir,
      {
        fs: options.fs,
        now: options.now ?? (() => new Date()),
        snapshotEveryMs: options.snapshotEveryMs ?? 10 * 60 * 1000,
        indexDelayMs: options.indexDelayMs ?? 2000,
      },
      release,
    );
    opened.store = store;
    let rest: string[];
    try {
      rest = await store.load(true);
    } catch (error) {
      await release();
      throw error;
    }
    store.visitsLoaded = store
      .loadVisits(rest)
      .catch((error: unknown) => {
        throw Store.asAppError(error);
      })
      .finally(() => {
        store.loadSettled = true;
      });
    store.started = store.visitsLoaded.then(() => store.finishStart());
    // Whoever needs the visits hears of a failure through `ready`; the start itself need not be awaited.
    store.started.catch(() => undefined);
    if (!options.background) {
      try {
        await store.started;
      } catch (error) {
        await release();
        throw error;
      }
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

  /**
   * Reads the folder (`loadFolder`) into the store; answers the visit files still to read. A shared
   * document from before version 5 has its register moved to the log first.
   */
  private async load(useIndex: boolean): Promise<string[]> {
    const folder = await loadFolder(this.recovery, useIndex);
    const sharedFile = this.documentFile(SHARED_FILE, sharedDocSchema);
    this.visits.clear();
    this.listing.clear();
    if (folder.shared) {
      this.shared = new Low(sharedFile, folder.shared);
      await this.moveRegisterToLog();
    } else {
      this.shared = await written(sharedFile, defaultSharedDoc());
    }
    this.take(folder);
    if (folder.rest.length === 0) this.loadedAll = true;
    return folder.rest;
  }

  private take(loaded: LoadedVisits): void {
    for (const [id, doc] of loaded.docs) {
      this.visits.set(id, new Low(this.documentFile(join(VISITS, visitFile(id)), visitDocSchema), doc));
    }
    for (const [id, entry] of loaded.listing) this.listing.set(id, entry);
    if (loaded.indexDirty) this.index.dirty = true;
  }

  /** Reads the visit files the index vouched for, and checks them; see `ready`. */
  private async loadVisits(names: string[]): Promise<void> {
    const loaded = await loadRest(this.recovery, names, this.listing);
    // A file that could not be read nor put back is no longer listed.
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      if (!loaded.docs.has(id)) this.listing.delete(id);
    }
    this.take(loaded);
    this.loadedAll = true;
  }

  /** After the documents are read: the start snapshot, then the index if it was out of date. */
  private async finishStart(): Promise<void> {
    if (this.closing) return;
    try {
      await this.snapshot('start');
    } catch (error) {
      if (this.closing) return;
      // Every document read well: a snapshot that cannot be taken (a full disk) must not keep the
      // office from its data. The user is told, and the periodic snapshot tries again.
      this.changedSinceSnapshot = true;
      this.notices.push({ code: 'snapshotFailed', params: { reason: errorCode(error) } });
    }
    if (this.index.dirty) await this.index.write();
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
    this.shared = await written(this.shared.adapter as DocumentFile<SharedDoc>, rest);
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
  async updateRegister<T>(
    change: (current: RegisterView) => RegisterChange<T> | Promise<RegisterChange<T>>,
  ): Promise<T> {
    return this.serialize(REGISTER_KEY, async () => {
      const log = await this.loadedRegister();
      const { events, result } = await change(log);
      if (events.length > 0) {
        await log.append(events);
        this.changedSinceSnapshot = true;
      }
      return result;
    });
  }

  /** The files of issued letters (`letter-files.ts`); written inside `updateRegister`, before the append. */
  letterFiles(): LetterFiles {
    return new LetterFiles(this.dataDir, this.options.fs);
  }

  private documentFile<T>(rel: string, schema: z.ZodType<T>): DocumentFile<T> {
    return new DocumentFile(join(this.dataDir, rel), schema, this.options.fs);
  }

  /**
   * Changes to one document run one after another; see `WriteQueue`. A visit's changes (every key but
   * the shared file's and the register's) go through the index writer, which must see them under way.
   */
  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    if (key === SHARED_FILE || key === REGISTER_KEY) return this.queue.serialize(key, task);
    return this.queue.serialize(key, () =>
      this.index.track(task, () => {
        // The file may have been replaced: the next load reads it rather than trust the index.
        const entry = this.listing.get(key);
        if (entry) this.listing.set(key, { ...entry, stamp: null });
      }),
    );
  }

  /** Runs a task over the whole folder once every change under way is done, holding new ones back. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.queue.exclusive(task);
  }

  /** From the moment `close` is called, no new task is taken (as `WriteQueue` does once it is closed). */
  private assertOpen(): void {
    if (this.lockLost) throw new AppError('storeLocked', { reason: 'takenOver' });
    if (this.refusing) throw new AppError('internal', { reason: 'storeClosed' });
  }

  /** Another process holds the folder now: no change, snapshot or index is written from here on. */
  private stopWriting(): void {
    this.lockLost = true;
    if (this.timer) clearInterval(this.timer);
    this.index.halt();
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
      this.shared = await written(this.shared.adapter as DocumentFile<SharedDoc>, doc);
      this.changedSinceSnapshot = true;
      return result;
    });
  }

  /** What the list of visits shows of each visit; complete as soon as `open` resolves. */
  visitListings(): IterableIterator<VisitListing> {
    return this.listing.values();
  }

  /** Every visit. Only once `ready` has resolved: before, the store holds their summaries only. */
  listVisits(): Visit[] {
    this.assertReady();
    return [...this.visits.values()].map((db) => db.data.visit);
  }

  getVisit(id: string): Visit | undefined {
    this.assertReady();
    return this.visits.get(id)?.data.visit;
  }

  private assertReady(): void {
    if (!this.loadedAll) throw new AppError('internal', { reason: 'visitsNotLoaded' });
  }

  /** Writes a visit's document; the in-memory copy changes only once the file is on disk. */
  async saveVisit(id: string, change: (current: Visit | undefined) => Visit): Promise<Visit> {
    return this.serialize(id, async () => {
      await this.ready();
      const next: VisitDoc = { schemaVersion: SCHEMA_VERSION, visit: change(this.visits.get(id)?.data.visit) };
      this.visits.set(id, await written(this.documentFile(join(VISITS, visitFile(id)), visitDocSchema), next));
      this.listing.set(id, visitListing(next.visit, null));
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
      await this.ready();
      if (!this.visits.has(id)) throw new AppError('notFound', { id });
      await this.move(join(VISITS, visitFile(id)), join(TRASH, visitFile(id)));
      await syncFolder(join(this.dataDir, VISITS));
      await syncFolder(join(this.dataDir, TRASH));
      this.visits.delete(id);
      this.listing.delete(id);
      this.changedSinceSnapshot = true;
    });
  }

  async restoreVisit(id: string): Promise<Visit> {
    return this.serialize(id, async () => {
      await this.ready();
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
      this.visits.set(id, new Low(this.documentFile(rel, visitDocSchema), doc));
      this.listing.set(id, visitListing(doc.visit, null));
      this.changedSinceSnapshot = true;
      return doc.visit;
    });
  }

  /** A snapshot of the folder as it stands between changes: none is half-applied in it. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.exclusive(async () => {
      await this.ready();
      const info = await this.takeSnapshot(reason);
      await thinSnapshots(this.dataDir);
      return info;
    });
  }

  /** Only inside `exclusive`. The register is read (so repaired, were it damaged) before its files are copied. */
  private async takeSnapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    await this.loadedRegister();
    const mark = await access(join(this.dataDir, REGISTER_MARK)).then(
      () => [REGISTER_MARK],
      () => [],
    );
    const info = await createSnapshot(
      this.dataDir,
      {
        shared: SHARED_FILE,
        visits: [...this.visits.keys()].map(visitFile),
        register: [...(await RegisterLog.fileNames(this.dataDir)).map((name) => join(REGISTER_DIR, name)), ...mark],
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
      await this.ready();
      const target = (await this.listSnapshots()).find((s) => s.id === id);
      if (!target) throw new AppError('notFound', { id });
      const { sharedBytes, docs, register } = await readSnapshotDocuments(
        this.dataDir,
        id,
        SHARED_FILE,
        VISITS,
        REGISTER_DIR,
      );
      await this.replaceContents(sharedBytes, docs, register, [id]);
      this.notices.push({ code: 'restoredBackup', params: { snapshot: target.createdAt } });
      return target;
    });
  }

  /** The bytes of every document and register file as they are on disk, read while no change is under way. */
  async readAllDocuments(): Promise<{ sharedBytes: string; docs: Map<string, string>; register: Map<string, string> }> {
    return this.exclusive(async () => {
      await this.ready();
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
    return this.exclusive(async () => {
      await this.ready();
      await this.replaceContents(sharedBytes, docs, register);
    });
  }

  /**
   * Puts the given documents in place of the current ones, all or nothing (`replace.ts`); visits not
   * among them go to `trash/`. The letter register is never taken back: letters once issued are in
   * the world, and putting back an older register would give their numbers again. The register
   * brought in (its files, or the one inside an older shared document) is united with the live one by
   * entry id: letters only it has are appended before the replace is committed.
   */
  private async replaceContents(
    sharedBytes: string,
    docs: Map<string, string>,
    register: ReadonlyMap<string, string>,
    /** Snapshots the prune after it must keep: the one restored. */
    keep: readonly string[] = [],
  ): Promise<void> {
    // Not pruned until the restore is done: pruning now could delete the snapshot being restored.
    await this.takeSnapshot('beforeRestore');
    const { register: older, ...restored } = parseDocument(sharedBytes, sharedDocSchema);
    const log = await this.loadedRegister();
    const events = eventsOfFiles(register);
    if (older) events.push(...RegisterLog.eventsOf(older, this.options.now().getUTCFullYear()));
    const savepoint = await log.savepoint();
    const unite = {
      run: () => log.append(log.missingFrom(events)),
      undo: async () => {
        await log.rollBackTo(savepoint);
        this.registerLog = undefined;
      },
    };
    try {
      await this.index.track(() =>
        replaceFolder(this.recovery, { sharedBytes: serializeDocument(restored), docs }, unite),
      );
    } finally {
      // What is on disk is read again, whatever happened: memory and the index never describe a folder that is not there.
      await this.index.track(async () => {
        await this.loadVisits(await this.load(false));
      });
    }
    await thinSnapshots(this.dataDir, { protect: keep });
  }

  /**
   * Refuses new changes at once; waits for the visits to be read (changes asked for before may be
   * waiting for them) and for every write under way; brings the index up to date; lets go of the folder.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      this.index.halt();
      // Changes asked for while the visits were being read wait for them: they are taken, not refused.
      if (!this.loadSettled) await this.visitsLoaded.catch(() => undefined);
      this.refusing = true;
      await this.started.catch(() => undefined);
      await this.queue.close();
      if (!this.lockLost) await this.index.finish();
      await this.releaseLock();
    })();
    return this.closing;
  }
}
