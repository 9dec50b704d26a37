import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../shared/errors';
import { emptyPartnersDoc, partnersDocSchema, type PartnersDoc } from '../../shared/partners';
import { DocumentFile } from './documents';
import type { RecoveryContext } from './recovery';
import { written } from './visits-room';

/** The partners directory and the agreements (decision 0022). */
export const PARTNERS_FILE = 'partners.json';

/**
 * The partners document, `partners.json`, as a lowdb database over its durable adapter. A folder
 * without one has an empty directory, written at the first change. The store serializes its changes
 * in the file's own queue.
 */
export class PartnersRoom {
  private db: Low<PartnersDoc> | undefined;

  constructor(private readonly ctx: RecoveryContext) {}

  private file(): DocumentFile<PartnersDoc> {
    return new DocumentFile(join(this.ctx.dataDir, PARTNERS_FILE), partnersDocSchema, this.ctx.fs);
  }

  /** Reads the document (an empty directory where there is none). */
  async begin(): Promise<void> {
    const doc = await this.file().read();
    this.db = new Low(this.file(), doc ?? emptyPartnersDoc());
  }

  /** The document as last acknowledged. Never mutate it. */
  get data(): PartnersDoc {
    if (!this.db) throw new AppError('internal', { reason: 'storeNotRead' });
    return this.db.data;
  }

  /** Changes the document; readers see the new state only once it is on disk. If `change` throws, nothing is written. */
  async update<T>(change: (current: PartnersDoc) => { doc: PartnersDoc; result: T }): Promise<T> {
    const { doc, result } = change(this.data);
    this.db = await written(this.file(), partnersDocSchema.parse(doc));
    return result;
  }
}
