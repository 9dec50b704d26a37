import { remembered } from '../calendar/memory';
import type { BackupInfo } from '../../shared/backups-contract';
import type { Notice } from '../../shared/app-contract';
import type { Visit } from '../../shared/domain';
import type { DurableFs } from './durable-write';
import type { SharedDoc } from './documents';
import { FolderCopies, type BroughtIn, type FolderBytes } from './folder-copies';
import { holdFolder } from './hold-folder';
import type { RecoveryContext } from './recovery';
import type { RegisterView } from './register-log';
import { RegisterRoom } from './register-room';
import { listSnapshots } from './snapshots';
import { loadRooms } from './store-load';
import { LetterFiles } from './letter-files';
import { SharedRoom } from './shared-room';
import { PartnersRoom } from './partners-room';
import type { PartnersDoc } from '../../shared/partners';
import { asStoreError, type RegisterChange, type StoreOptions } from './store-options';
import type { VisitListing } from './visit-index';
import { VisitsRoom } from './visits-room';
import { VisitSigning } from '../signer';
import type { HistoryEntry } from '../../shared/visit-history';
import { StoreQueue } from './store-queue';
import { VisitReplica } from './visit-replica';
import { RecordReplica } from './record-replica';

export { SHARED_FILE } from './loader';
export type { RegisterChange, StoreOptions } from './store-options';

/**
 * The data folder (decisions 0016, 0022), a thin store over its rooms: `loader.ts` reads, checks and
 * repairs the folder; `shared-room.ts` the shared document; `partners-room.ts` the partners document
 * and the attachments; `visits-room.ts` the visits and their index; `folder-copies.ts` snapshots,
 * restores and imports (all or nothing, `replace.ts`); `register-room.ts` the register's logs. The
 * store orders their tasks (`store-queue.ts`), holds the folder's lock, and resolves every change
 * only once it is on disk.
 */
export class Store {
  readonly notices: Notice[] = [];
  private readonly recovery: RecoveryContext;
  private readonly shared: SharedRoom;
  private readonly partners: PartnersRoom;
  private readonly visits: VisitsRoom;
  private readonly copies: FolderCopies;
  private readonly queue: StoreQueue;
  private readonly registerRoom: RegisterRoom;
  readonly signing: VisitSigning;
  /** The visits, and the partners, agreements, hotels and institution, as office sharing reads and writes them. */
  readonly replica: VisitReplica;
  readonly records: RecordReplica;
  /** Settles when the start is over: documents read, start snapshot taken, index written. */
  private started: Promise<void> = Promise.resolve();
  private closing: Promise<void> | undefined;

  private constructor(
    readonly dataDir: string,
    options: { fs: DurableFs | undefined; now: () => Date; indexDelayMs: number },
    private readonly releaseLock: () => Promise<void>,
    /** The folder can be read but not written (`hold-folder.ts`): every change is refused with `readOnly`. */
    readonly readOnly: boolean,
  ) {
    this.recovery = { dataDir, fs: options.fs, now: options.now, notices: this.notices, readOnly };
    /** Told of every change acknowledged, so that a snapshot is taken and office sharing sends it. */
    const changed = (): void => ((this.copies.changed = true), this.records.listener?.());
    this.shared = new SharedRoom(this.recovery, changed);
    this.partners = new PartnersRoom(this.recovery, changed);
    this.visits = new VisitsRoom(this.recovery, options.indexDelayMs, changed);
    this.queue = new StoreQueue(this.visits, readOnly);
    this.replica = new VisitReplica(this.visits, this.queue);
    this.records = new RecordReplica(this.shared, this.partners, this.queue, this.visits);
    this.signing = new VisitSigning(() => this.shared.data, options.now);
    // Nor is the index of visits written in a read-only folder.
    if (readOnly) this.visits.index.halt();
    this.registerRoom = new RegisterRoom(this.recovery, changed);
    this.copies = new FolderCopies({
      ctx: this.recovery,
      visits: this.visits,
      register: () => this.registerRoom.loaded(),
      forgetRegister: () => this.registerRoom.forget(),
      reload: () => this.load(false),
    });
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    return Store.openOrThrow(dataDir, options).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  /**
   * Resolves once every visit document is read and checked (at once unless opened with `background`);
   * rejects with the reason if they could not be. Everything but the list of visits needs them.
   */
  ready(): Promise<void> {
    return this.visits.ready();
  }

  /** Whether `ready` has resolved: the store has every visit, not only its summary. */
  get isReady(): boolean {
    return this.visits.isReady;
  }

  /** Whether the visits are still being read in the background (notices may still come). */
  get isLoading(): boolean {
    return this.visits.isLoading;
  }

  private static async openOrThrow(dataDir: string, options: StoreOptions): Promise<Store> {
    // The lock may be lost before the store exists; `opened.store` is set as soon as it does.
    const opened: { store?: Store } = {};
    const { release, readOnly } = await holdFolder(dataDir, options, (holder) => {
      opened.store?.stopWriting();
      options.onLockLost?.(holder);
    });
    const now = options.now ?? (() => new Date());
    const store = new Store(
      dataDir,
      { fs: options.fs, now, indexDelayMs: options.indexDelayMs ?? 2000 },
      release,
      readOnly,
    );
    opened.store = store;
    try {
      const rest = await store.load(true);
      store.started = store.visits.readInBackground(rest, asStoreError).then(() =>
        store.copies.start(
          () => store.snapshot('start'),
          () => store.closing !== undefined,
        ),
      );
      // Whoever needs the visits hears of a failure through `ready`; the start itself need not be awaited.
      store.started.catch(() => undefined);
      if (!options.background) await store.started;
    } catch (error) {
      await release();
      throw error;
    }
    if (!readOnly)
      store.copies.every(options.snapshotEveryMs ?? 10 * 60 * 1000, () => store.snapshot('periodic'));
    return store;
  }

  /** Reads the folder into the rooms (`store-load.ts`); answers the visit files still to read. */
  private load(useIndex: boolean): Promise<string[]> {
    const { visits, shared, partners, registerRoom: register } = this;
    return loadRooms({ visits, shared, partners, register }, this.recovery, useIndex);
  }

  /** The outgoing register as last acknowledged (read from disk the first time). Never mutate it. */
  register(): Promise<RegisterView> {
    return this.queue.register(() => this.registerRoom.loaded(), 'read');
  }

  /**
   * Adds to the register: `change` gets the acknowledged register and answers the events to append and
   * a result, one change after another (numbering relies on it). The events are appended and synced in
   * one write before the register in memory changes; if `change` throws, nothing is written.
   */
  async updateRegister<T>(
    change: (current: RegisterView) => RegisterChange<T> | Promise<RegisterChange<T>>,
  ): Promise<T> {
    return this.queue.register(() => this.registerRoom.update(change));
  }

  /** The files of issued letters (`letter-files.ts`); written inside `updateRegister`, before the append. */
  letterFiles(): LetterFiles {
    return new LetterFiles(this.dataDir, this.recovery.fs);
  }

  /** Another process holds the folder now: no change, snapshot or index is written from here on. */
  private stopWriting(): void {
    this.queue.lose();
    this.copies.stop();
    this.visits.index.halt();
  }

  get settings(): SharedDoc['settings'] {
    return this.shared.data.settings;
  }

  async updateSettings(patch: Partial<SharedDoc['settings']>): Promise<SharedDoc['settings']> {
    const settings = (current: SharedDoc) => ({ ...current.settings, ...patch });
    // This computer's own, so taken from an officer who may only read the office's data.
    const change = (current: SharedDoc) => ({
      doc: { ...current, settings: settings(current) },
      result: settings(current),
    });
    return this.queue.shared(() => this.shared.update(change), 'local');
  }

  /** The shared document as last acknowledged: settings, institution, hotels. Never mutate it. */
  get sharedDoc(): Readonly<SharedDoc> {
    return this.shared.data;
  }

  /** Changes the shared document, one change after another (readers see it once it is on disk). */
  async updateShared<T>(change: (current: SharedDoc) => { doc: SharedDoc; result: T }): Promise<T> {
    return this.queue.shared(() => this.shared.update(change));
  }

  /** The partners directory and the agreements as last acknowledged. Never mutate it. */
  get partnersDoc(): Readonly<PartnersDoc> {
    return this.partners.data;
  }

  /** Changes the partners document, as `updateShared` does the shared one (in a queue of its own). */
  async updatePartners<T>(change: (current: PartnersDoc) => { doc: PartnersDoc; result: T }): Promise<T> {
    return this.queue.partners(() => this.partners.update(this.signing.partnersChange(change)));
  }

  /** Keeps a signed copy's bytes in `attachments/` (durably, by their SHA-256, which it answers). */
  async putAttachment(bytes: Uint8Array): Promise<string> {
    return this.queue.partners(() => this.partners.put(bytes));
  }

  /** What the list of visits shows of each visit; complete as soon as `open` resolves. */
  visitListings(): IterableIterator<VisitListing> {
    return this.visits.listings();
  }

  /** Every visit. Only once `ready` has resolved: before, the store holds their summaries only. */
  listVisits(): Visit[] {
    return this.visits.list();
  }

  /** Without its history, which `visitHistory` reads from the visit's file. */
  getVisit(id: string): Visit | undefined {
    return this.visits.get(id);
  }
  visitHistory(id: string): Promise<HistoryEntry[] | undefined> {
    return this.visits.history(id);
  }

  /** Writes a visit's document; the in-memory copy changes only once the file is on disk. */
  async saveVisit(id: string, change: (current: Visit | undefined) => Visit): Promise<Visit> {
    // Every change raises the revision, remembers calendar events taken away, is signed and in the history.
    return this.queue.visit(id, () =>
      this.visits.save(id, (current) => this.signing.save(current, remembered(current, change(current)))),
    );
  }

  /** Moves a visit's file to `trash/`, from where `restoreVisit` brings it back. */
  async deleteVisit(id: string): Promise<void> {
    return this.queue.visit(id, () => this.visits.delete(id, (v) => this.signing.event(v, 'deleted')));
  }

  async restoreVisit(id: string): Promise<Visit> {
    return this.queue.visit(id, () => this.visits.restore(id, (v) => this.signing.event(v, 'restored')));
  }

  /** A snapshot of the folder as it stands between changes: none is half-applied in it. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.queue.whole(() => this.copies.snapshot(reason), 'local');
  }

  listSnapshots(): Promise<BackupInfo[]> {
    return listSnapshots(this.dataDir);
  }

  /** Puts the folder back as a snapshot holds it, but for the register (it only grows); undoable (`FolderCopies`). */
  async restoreSnapshot(id: string): Promise<BackupInfo> {
    return this.queue.whole(() => this.copies.restore(id));
  }

  /** The bytes of every document, register file and attachment, read between changes (`FolderCopies.readAll`). */
  async readAllDocuments(attachmentBytesAtMost?: number): Promise<FolderBytes> {
    return this.queue.whole(() => this.copies.readAll(attachmentBytesAtMost), 'read');
  }

  /**
   * Replaces everything with documents brought in from elsewhere (an archive), already checked by the
   * caller; without `partners`, the directory becomes empty. The current state is snapshotted first.
   */
  async replaceAllDocuments(
    sharedBytes: string,
    docs: Map<string, string>,
    register: ReadonlyMap<string, string>,
    partners: Pick<BroughtIn, 'partnersBytes' | 'attachments'> = {},
  ): Promise<void> {
    return this.queue.whole(() => this.copies.import({ sharedBytes, docs, register, ...partners }));
  }

  /**
   * Refuses new changes at once; waits for the visits to be read (changes asked for before may be
   * waiting for them) and for every write under way; brings the index up to date; lets go of the folder.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.copies.stop();
      this.visits.index.halt();
      // Changes asked for while the visits were being read wait for them: they are taken, not refused.
      if (!this.visits.isSettled) await this.visits.ready().catch(() => undefined);
      this.queue.refuse();
      await this.started.catch(() => undefined);
      await this.queue.close();
      if (!this.queue.isLost && !this.readOnly) await this.visits.index.finish();
      await this.releaseLock();
    })();
    return this.closing;
  }
}
