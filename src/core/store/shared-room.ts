import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../shared/errors';
import {
  defaultSharedDoc,
  DocumentFile,
  sharedDocChangeValid,
  sharedDocSchema,
  type Register,
  type SharedDoc,
} from './documents';
import { SHARED_FILE } from './loader';
import type { RecoveryContext } from './recovery';
import { written } from './visits-room';

/**
 * The shared document, `qonaq.json` (settings, the institution, hotels), as a lowdb database over its
 * durable adapter. The store serializes its changes in the shared file's queue.
 */
export class SharedRoom {
  private db: Low<SharedDoc> | undefined;

  constructor(
    private readonly ctx: RecoveryContext,
    /** Told of every change acknowledged, so that a snapshot is taken. */
    private readonly changed: () => void = () => undefined,
  ) {}

  private file(): DocumentFile<SharedDoc> {
    return new DocumentFile(join(this.ctx.dataDir, SHARED_FILE), sharedDocSchema, this.ctx.fs);
  }

  /** The document as read; null for a new folder, whose default document is written (only held, in a read-only one). */
  async begin(doc: SharedDoc | null): Promise<void> {
    if (doc || this.ctx.readOnly) this.db = new Low(this.file(), doc ?? defaultSharedDoc());
    else this.db = await written(this.file(), defaultSharedDoc());
  }

  /** The document as last acknowledged. Never mutate it. */
  get data(): SharedDoc {
    if (!this.db) throw new AppError('internal', { reason: 'storeNotRead' });
    return this.db.data;
  }

  /** The register a document from before version 5 holds; `dropRegister` writes it without. */
  get oldRegister(): Register | undefined {
    return this.data.register;
  }

  async dropRegister(): Promise<void> {
    const { register: _moved, ...rest } = this.data;
    this.db = await written(this.file(), rest);
  }

  /**
   * Changes the document: `change` gets the acknowledged state and returns the next one and a result.
   * Readers see the new state only once it is on disk; if `change` throws, nothing is written.
   */
  async update<T>(change: (current: SharedDoc) => { doc: SharedDoc; result: T }): Promise<T> {
    const current = this.data;
    const { doc, result } = change(current);
    // A document that would fail to load is quarantined on the next start: never write one.
    if (!sharedDocChangeValid(current, doc)) throw new AppError('internal', { reason: 'invalidSharedDoc' });
    this.db = await written(this.file(), doc);
    this.changed();
    return result;
  }
}
