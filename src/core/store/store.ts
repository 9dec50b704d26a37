import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { BackupInfo, Notice, VisitSummary } from '../../shared/contract';
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
import { LetterFiles } from './letter-files';
import { eventsOfFiles, REGISTER_DIR, RegisterLog, type RegisterEvent, type RegisterView } from './register-log';
import {
  readVisitFiles,
  readVisitIndex,
  stampOf,
  stampOfPath,
  stampsOf,
  visitListing,
  writeVisitIndex,
  INDEX_FORMAT,
  type VisitIndex,
  type VisitListing,
  type VisitRead,
} from './visit-index';

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
  /**
   * Resolve `open` as soon as the list of visits can be served, from the index of visits (decision
   * 0009), and read the visit documents in the background; every other use of a visit waits for them
   * (`ready`). Without it, `open` resolves once every document is read and the start snapshot taken.
   */
  background?: boolean;
  /** How long after the last change to a visit the index of visits is rewritten. */
  indexDelayMs?: number;
  /** Take the folder's lock over from a holder that still looks alive (the user chose to). */
  takeOverLock?: boolean;
}

const visitFile = (id: string) => `${id}.json`;

function sameListing(a: VisitListing, b: VisitListing): boolean {
  return (
    a.stamp === b.stamp &&
    a.search === b.search &&
    a.countries.join() === b.countries.join() &&
    (Object.keys(b.summary) as (keyof VisitSummary)[]).every((key) => a.summary[key] === b.summary[key])
  );
}
const idOfFile = (name: string) => name.slice(0, -'.json'.length);

/**
 * A folder modified this recently may be modified again within the same tick of a coarse file-system
 * clock, leaving its times as they were: its stamp is not recorded in the index until it is older.
 */
const RACY_MS = 1000;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/**
 * The data folder: one small shared document (settings, the institution, hotels), one document per
 * visit, each a lowdb database over a durable adapter, and the letter register as append-only logs per
 * year (`register-log.ts`), read the first time it is needed. Every method that changes data resolves
 * only once the change is on disk.
 */
/** What a change of the register appends, and what it answers once that is on disk. */
export interface RegisterChange<T> {
  events: RegisterEvent[];
  result: T;
}

export class Store {
  readonly notices: Notice[] = [];
  private shared!: Low<SharedDoc>;
  private readonly visits = new Map<string, Low<VisitDoc>>();
  private readonly queue = new WriteQueue();
  private registerLog: RegisterLog | undefined;
  private changedSinceSnapshot = false;
  private timer: NodeJS.Timeout | undefined;
  /** What the list of visits shows, by visit id: complete from the end of `load`, before the documents are. */
  private readonly listing = new Map<string, VisitListing>();
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
  /** Whether the index on disk may differ from `listing`. */
  private indexDirty = false;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWriting: Promise<void> = Promise.resolve();
  /** Counts every change to `visits/` begun or ended, so that the index writer sees one under way. */
  private visitChanges = 0;
  private visitWritesInFlight = 0;

  private constructor(
    readonly dataDir: string,
    private readonly options: Required<Omit<StoreOptions, 'fs' | 'background' | 'takeOverLock'>> & {
      fs: DurableFs | undefined;
    },
    private readonly releaseLock: () => Promise<void>,
  ) {}

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
    if (this.indexDirty) await this.writeIndex();
  }

  private static async openOrThrow(dataDir: string, options: StoreOptions): Promise<Store> {
    for (const sub of ['', VISITS, TRASH, QUARANTINE]) await mkdir(join(dataDir, sub), { recursive: true });
    const release = await acquireFolderLock(dataDir, { takeOver: options.takeOverLock });
    const store = new Store(
      dataDir,
      {
        fs: options.fs,
        now: options.now ?? (() => new Date()),
        snapshotsKept: options.snapshotsKept ?? 20,
        snapshotEveryMs: options.snapshotEveryMs ?? 10 * 60 * 1000,
        indexDelayMs: options.indexDelayMs ?? 2000,
      },
      release,
    );
    let rest: string[];
    try {
      rest = await store.load(true);
    } catch (error) {
      await release();
      throw error;
    }
    store.visitsLoaded = store
      .loadRest(rest)
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
   * Reads the shared document, the index of visits and the visit files the index cannot vouch for,
   * and fills `listing` for every visit. Answers the names of the visit files still to read (the
   * index vouches for their summaries); `loadRest` reads them. Without `useIndex` every file is read.
   */
  private async load(useIndex: boolean): Promise<string[]> {
    this.shared = new Low(this.documentFile(SHARED_FILE, sharedDocSchema), defaultSharedDoc());
    this.visits.clear();
    this.listing.clear();
    await listDocuments(this.dataDir);
    const folder = join(this.dataDir, VISITS);
    const index = useIndex ? await readVisitIndex(this.dataDir) : null;
    const { trusted, folderUnchanged } = index
      ? await this.trustedEntries(index)
      : { trusted: new Map<string, VisitListing>(), folderUnchanged: false };
    const visitNames = folderUnchanged && index ? Object.keys(index.visits) : await listDocuments(folder);
    const stale = visitNames.filter((name) => !trusted.has(name));

    // Everything is read before anything is repaired, so that a document from a newer version
    // stops the load with nothing moved or written.
    const shared = await readDocument(this.recovery, SHARED_FILE, sharedDocSchema);
    const reads = await readVisitFiles(folder, stale);

    const hadData = async () => visitNames.length > 0 || (await listSnapshots(this.dataDir)).length > 0;
    const sharedDoc =
      shared.doc ??
      (shared.damaged || (await hadData()) ? await recoverDocument(this.recovery, SHARED_FILE, sharedDocSchema, shared.damaged) : null);
    if (sharedDoc) {
      this.shared.data = sharedDoc;
      await this.moveRegisterToLog();
    } else {
      this.shared.data = defaultSharedDoc();
      await this.shared.write();
    }
    await this.applyReads(reads);
    for (const [name, entry] of trusted) this.listing.set(idOfFile(name), entry);
    // A folder without visits needs no index until it has some.
    if (reads.length > 0 || (!index && visitNames.length > 0)) this.indexDirty = true;
    if (trusted.size === 0) this.loadedAll = true;
    return [...trusted.keys()];
  }

  /**
   * The entries of the index that still hold, by file name. While the folder's stamp is the one the
   * index recorded, no file in it was created, replaced or removed, and every entry with a stamp holds;
   * otherwise each file's own stamp is compared.
   */
  private async trustedEntries(
    index: VisitIndex,
  ): Promise<{ trusted: Map<string, VisitListing>; folderUnchanged: boolean }> {
    const folder = join(this.dataDir, VISITS);
    const trusted = new Map<string, VisitListing>();
    const folderUnchanged =
      index.folder !== null && index.folder === (await stampOfPath(folder).catch(() => null));
    const named = Object.entries(index.visits).filter(
      ([name, entry]) => entry.stamp !== null && visitFile(entry.summary.id) === name,
    );
    const stamps = folderUnchanged
      ? undefined
      : await stampsOf(
          folder,
          named.map(([name]) => name),
        );
    for (const [name, entry] of named) {
      if (!stamps || stamps.get(name) === entry.stamp) trusted.set(name, entry);
    }
    return { trusted, folderUnchanged };
  }

  /** Reads the visit files the index vouched for, and checks them; see `ready`. */
  private async loadRest(names: string[]): Promise<void> {
    if (names.length > 0) {
      const known = new Map(names.map((name) => [name, this.listing.get(idOfFile(name))]));
      const reads = await readVisitFiles(join(this.dataDir, VISITS), names);
      await this.applyReads(reads, known);
    }
    this.loadedAll = true;
  }

  /**
   * Puts the visits read into the store, repairing those damaged or missing (see `recoverDocument`).
   * `known` holds the entries the list showed until now, to tell whether the index needs rewriting.
   */
  private async applyReads(reads: VisitRead[], known?: Map<string, VisitListing | undefined>): Promise<void> {
    for (const { name, doc: read, damaged, stamp } of reads) {
      const rel = join(VISITS, name);
      let doc = read;
      if (!doc) {
        this.visitChanges++;
        this.indexDirty = true;
        doc = await recoverDocument(this.recovery, rel, visitDocSchema, damaged);
      }
      if (!doc) {
        this.listing.delete(idOfFile(name));
        continue;
      }
      if (visitFile(doc.visit.id) !== name) {
        // A file renamed by hand: keep it aside rather than guess which visit it is.
        this.visitChanges++;
        this.indexDirty = true;
        await quarantine(this.recovery, rel);
        this.notices.push({ code: 'quarantinedNoSnapshot', params: { file: rel } });
        this.listing.delete(idOfFile(name));
        continue;
      }
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      db.data = doc;
      this.visits.set(doc.visit.id, db);
      // Made anew from the visit (its strings are the visit's own); the index is rewritten if it said otherwise.
      const entry = visitListing(doc.visit, read ? stamp : null);
      const before = known?.get(name);
      if (!before || !sameListing(before, entry)) this.indexDirty = true;
      this.listing.set(doc.visit.id, entry);
    }
  }

  /**
   * Rewrites the index of visits from `listing`, unless a change to `visits/` is under way or begins
   * meanwhile (then it tries again later): the folder's stamp it records must be of a folder whose
   * every file is as `listing` says. Entries whose file's stamp is unknown are stat'ed first. A failure
   * is not the user's concern: the index is a cache, and the next load reads what it cannot trust.
   */
  private writeIndex(final = false): Promise<void> {
    const run = async (): Promise<void> => {
      if (!this.indexDirty) return;
      if (this.visitWritesInFlight > 0) return this.scheduleIndex();
      const before = this.visitChanges;
      const folder = join(this.dataDir, VISITS);
      const folderStat = await stat(folder, { bigint: true }).catch(() => null);
      const unknown = [...this.listing].filter(([, e]) => e.stamp === null).map(([id]) => visitFile(id));
      const stamps = await stampsOf(folder, unknown);
      if (this.visitChanges !== before || this.visitWritesInFlight > 0) return this.scheduleIndex();
      for (const [name, stamp] of stamps) {
        const entry = this.listing.get(idOfFile(name));
        if (entry && stamp !== null) this.listing.set(idOfFile(name), { ...entry, stamp });
      }
      // On closing no change can follow; otherwise a folder changed a moment ago is vouched for later.
      const racy = !final && (!folderStat || Date.now() - Number(folderStat.mtimeMs) < RACY_MS);
      const visits: VisitIndex['visits'] = {};
      for (const [id, entry] of this.listing) visits[visitFile(id)] = entry;
      const index: VisitIndex = {
        format: INDEX_FORMAT,
        schemaVersion: SCHEMA_VERSION,
        folder: folderStat && !racy ? stampOf(folderStat) : null,
        visits,
      };
      this.indexDirty = racy;
      try {
        await writeVisitIndex(this.dataDir, index);
      } catch {
        this.indexDirty = true;
      }
      if (racy) this.scheduleIndex(RACY_MS);
    };
    this.indexWriting = this.indexWriting.then(run, run);
    return this.indexWriting;
  }

  private scheduleIndex(delay = this.options.indexDelayMs): void {
    if (this.closing) return;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => void this.writeIndex().catch(() => undefined), delay);
    this.indexTimer.unref();
  }

  /**
   * Runs a change to `visits/`, for the index writer to see (`visitChanges`, `visitWritesInFlight`).
   * When it fails after its file was replaced, the visit's entry loses its stamp: the next load reads the file.
   */
  private async changingVisits<T>(id: string, task: () => Promise<T>): Promise<T> {
    this.visitWritesInFlight++;
    this.visitChanges++;
    try {
      return await task();
    } catch (error) {
      const entry = this.listing.get(id);
      if (entry) this.listing.set(id, { ...entry, stamp: null });
      throw error;
    } finally {
      this.visitWritesInFlight--;
      this.visitChanges++;
      this.indexDirty = true;
      this.scheduleIndex();
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

  /** Changes to one document run one after another; see `WriteQueue`. */
  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    // Every other key is a visit's id: its changes are counted for the index writer.
    return this.queue.serialize(key, key === SHARED_FILE ? task : () => this.changingVisits(key, task));
  }

  /** Runs a task over the whole folder once every change under way is done, holding new ones back. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.queue.exclusive(task);
  }

  /** From the moment `close` is called, no new task is taken (as `WriteQueue` does once it is closed). */
  private assertOpen(): void {
    if (this.refusing) throw new AppError('internal', { reason: 'storeClosed' });
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
      const existing = this.visits.get(id);
      const next: VisitDoc = { schemaVersion: SCHEMA_VERSION, visit: change(existing?.data.visit) };
      const db = existing ?? new Low(this.documentFile(join(VISITS, visitFile(id)), visitDocSchema), next);
      // Readers keep seeing the acknowledged state until the new one is on disk.
      await db.adapter.write(next);
      db.data = next;
      this.visits.set(id, db);
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
      const db = new Low(this.documentFile(rel, visitDocSchema), doc);
      this.visits.set(id, db);
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
      await this.replaceContents(sharedBytes, docs, register);
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
    this.visitWritesInFlight++;
    this.visitChanges++;
    try {
      await this.replaceFiles(sharedBytes, docs, register);
    } finally {
      this.visitWritesInFlight--;
      this.visitChanges++;
      this.indexDirty = true;
      this.scheduleIndex();
    }
  }

  private async replaceFiles(
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
    await this.loadRest(await this.load(false));
    await pruneSnapshots(this.dataDir, this.options.snapshotsKept);
  }

  /**
   * Refuses new changes at once; waits for the visits to be read (changes asked for before may be
   * waiting for them) and for every write under way; brings the index up to date; lets go of the folder.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      if (this.indexTimer) clearTimeout(this.indexTimer);
      // Changes asked for while the visits were being read wait for them: they are taken, not refused.
      if (!this.loadSettled) await this.visitsLoaded.catch(() => undefined);
      this.refusing = true;
      await this.started.catch(() => undefined);
      await this.queue.close();
      await this.indexWriting.catch(() => undefined);
      await this.writeIndex(true).catch(() => undefined);
      await this.releaseLock();
    })();
    return this.closing;
  }
}
