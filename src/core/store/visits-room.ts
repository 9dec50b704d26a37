import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { renameWithRetry, toWriteError } from './durable-write';
import { DocumentFile, parseDocument, visitDocSchema, type VisitDoc } from './documents';
import { IndexWriter, visitFile, VISITS } from './index-writer';
import { loadRest, TRASH, type LoadedVisits } from './loader';
import { SCHEMA_VERSION } from './migrations';
import { syncFolder, type RecoveryContext } from './recovery';
import { visitListing, type VisitListing } from './visit-index';
import { historyInFile, lean, withHistory } from './visit-history-file';
import type { HistoryEntry } from '../../shared/visit-history';

/**
 * A document written through lowdb: a new database over the document's durable adapter, holding the
 * next state, is written, and only then handed back to take the place of the one before. So readers
 * of the one before keep seeing the acknowledged state until the new one is on disk (decision 0016).
 */
export async function written<T>(adapter: DocumentFile<T>, doc: T): Promise<Low<T>> {
  const db = new Low(adapter, doc);
  await db.write();
  return db;
}

/**
 * The visits of a store: one lowdb document per visit in `visits/`, what the list of visits shows of
 * each (`listing`, complete as soon as the folder is read, before the documents are), the index of
 * visits kept from it (`index-writer.ts`), the reading of the documents the index vouched for in the
 * background, and deleting to and restoring from `trash/`. The store serializes its calls: changes to
 * one visit run one after another, each through `track`.
 */
export class VisitsRoom {
  private readonly docs = new Map<string, Low<VisitDoc>>();
  /** What the list of visits shows, by visit id: complete from the end of the load, before the documents are. */
  private readonly listing = new Map<string, VisitListing>();
  readonly index: IndexWriter;
  /** Whether every visit document is in `docs`. */
  private loadedAll = false;
  private settled = false;
  /** Settles when every visit document is read (rejects if that failed); see `ready`. */
  private loaded: Promise<void> = Promise.resolve();
  /** The visits changed since office sharing last asked (`visit-replica.ts`). */
  readonly touched = new Set<string>();
  /** Told when a visit is touched (office sharing sends it soon after). */
  onTouch: (() => void) | undefined;
  /** Raised each time the folder is read (at the start, after a restore or an import): any visit may differ. */
  generation = 0;

  constructor(
    private readonly ctx: RecoveryContext,
    indexDelayMs: number,
    /** Told of every change acknowledged, so that a snapshot is taken. */
    private readonly changed: () => void,
  ) {
    this.index = new IndexWriter(ctx.dataDir, this.listing, indexDelayMs);
  }

  private touch(id: string): void {
    this.touched.add(id);
    this.onTouch?.();
  }

  /** Resolves once every visit document is read and checked; rejects with the reason if they could not be. */
  ready(): Promise<void> {
    return this.loaded;
  }

  get isReady(): boolean {
    return this.loadedAll;
  }

  /** Whether the visits are still being read in the background. */
  get isLoading(): boolean {
    return !this.loadedAll && !this.settled;
  }

  /** Whether reading the visits is over, well or not. */
  get isSettled(): boolean {
    return this.settled;
  }

  /** The visits of a folder just read, in place of any held before; `rest` are still to read (`readRest`). */
  begin(loaded: LoadedVisits, rest: readonly string[]): void {
    this.generation += 1;
    this.docs.clear();
    this.listing.clear();
    this.take(loaded);
    if (rest.length === 0) this.loadedAll = true;
  }

  private take(loaded: LoadedVisits): void {
    for (const [id, doc] of loaded.docs) this.docs.set(id, new Low(this.file(id), lean(doc)));
    for (const [id, entry] of loaded.listing) this.listing.set(id, entry);
    if (loaded.indexDirty) this.index.dirty = true;
  }

  /** Reads, in the background, the visit files the index vouched for; `ready` settles once done. */
  readInBackground(names: string[], asError: (error: unknown) => Error): Promise<void> {
    this.loaded = this.readRest(names)
      .catch((error: unknown) => {
        throw asError(error);
      })
      .finally(() => {
        this.settled = true;
      });
    return this.loaded;
  }

  /** Reads the visit files the index vouched for, and checks them. */
  async readRest(names: readonly string[]): Promise<void> {
    const loaded = await loadRest(this.ctx, names, this.listing);
    // A file that could not be read nor put back is no longer listed.
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      if (!loaded.docs.has(id)) this.listing.delete(id);
    }
    this.take(loaded);
    this.loadedAll = true;
  }

  /**
   * Runs a change to one visit through the index writer, which must see it under way. Should it fail,
   * the file may have been replaced: the next load reads it rather than trust the index.
   */
  track<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.index.track(task, () => {
      const entry = this.listing.get(id);
      if (entry) this.listing.set(id, { ...entry, stamp: null });
    });
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  listings(): IterableIterator<VisitListing> {
    return this.listing.values();
  }

  list(): Visit[] {
    this.assertReady();
    return [...this.docs.values()].map((db) => db.data.visit);
  }

  get(id: string): Visit | undefined {
    this.assertReady();
    return this.docs.get(id)?.data.visit;
  }

  private assertReady(): void {
    if (!this.loadedAll) throw new AppError('internal', { reason: 'visitsNotLoaded' });
  }

  private file(id: string): DocumentFile<VisitDoc> {
    return new DocumentFile(join(this.ctx.dataDir, VISITS, visitFile(id)), visitDocSchema, this.ctx.fs);
  }

  /** The history the visit's file holds (`visit-history-file.ts`: it is not held in memory). */
  history(id: string): Promise<HistoryEntry[] | undefined> {
    return historyInFile(join(this.ctx.dataDir, VISITS, visitFile(id)));
  }

  /** The visit as held, with its history read back from its file. */
  private async whole(id: string): Promise<Visit | undefined> {
    const held = this.docs.get(id)?.data.visit;
    return held && withHistory(held, await this.history(id));
  }

  /**
   * Writes a visit's document (`change` gets it with its history); the in-memory copy changes only
   * once the file is on disk. Answers the visit as held, without its history.
   */
  async save(id: string, change: (current: Visit | undefined) => Visit): Promise<Visit> {
    await this.ready();
    const next: VisitDoc = { schemaVersion: SCHEMA_VERSION, visit: change(await this.whole(id)) };
    await written(this.file(id), next);
    const held = lean(next);
    this.docs.set(id, new Low(this.file(id), held));
    this.listing.set(id, visitListing(next.visit, null));
    this.touch(id);
    this.changed();
    return held.visit;
  }

  /**
   * Moves a visit's file to `trash/`, from where `restore` brings it back; `sign` first records the
   * deletion in the visit's history, written before the move (a crash between leaves the visit in place).
   */
  async delete(id: string, sign: (visit: Visit) => Visit = (visit) => visit): Promise<void> {
    await this.ready();
    const current = await this.whole(id);
    if (!current) throw new AppError('notFound', { id });
    const next: VisitDoc = { schemaVersion: SCHEMA_VERSION, visit: sign(current) };
    if (next.visit !== current) await written(this.file(id), next);
    await this.move(join(VISITS, visitFile(id)), join(TRASH, visitFile(id)));
    this.docs.delete(id);
    this.listing.delete(id);
    this.touch(id);
    this.changed();
  }

  /** Brings a visit back from `trash/`; `sign` then records it in its history (written after the move). */
  async restore(id: string, sign: (visit: Visit) => Visit = (visit) => visit): Promise<Visit> {
    await this.ready();
    if (this.docs.has(id)) throw new AppError('notFound', { id });
    let doc: VisitDoc;
    try {
      doc = parseDocument(
        await readFile(join(this.ctx.dataDir, TRASH, visitFile(id)), 'utf8'),
        visitDocSchema,
      );
    } catch {
      throw new AppError('notFound', { id });
    }
    await this.move(join(TRASH, visitFile(id)), join(VISITS, visitFile(id)));
    const visit = sign(doc.visit);
    if (visit !== doc.visit) {
      doc = { schemaVersion: SCHEMA_VERSION, visit };
      await written(this.file(id), doc);
    }
    doc = lean(doc);
    this.docs.set(id, new Low(this.file(id), doc));
    this.listing.set(id, visitListing(doc.visit, null));
    this.touch(id);
    this.changed();
    return doc.visit;
  }

  /**
   * Moves a file between `visits/` and `trash/` through the same (injectable, retrying) file calls as
   * writes, and syncs both folders.
   */
  private async move(fromRel: string, toRel: string): Promise<void> {
    const { dataDir, fs } = this.ctx;
    await renameWithRetry(fs ?? nodeFs, join(dataDir, fromRel), join(dataDir, toRel)).catch(
      (error: unknown) => {
        throw toWriteError(error);
      },
    );
    await syncFolder(join(dataDir, VISITS));
    await syncFolder(join(dataDir, TRASH));
  }
}
