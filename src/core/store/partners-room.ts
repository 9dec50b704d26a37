import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { emptyPartnersDoc, partnersDocSchema, type PartnersDoc } from '../../shared/partners';
import { putAttachment, readAttachment } from './attachments';
import { DocumentFile } from './documents';
import { SCHEMA_VERSION } from './migrations';
import { readDocument, recoverDocument, type RecoveryContext } from './recovery';
import { listSnapshots, snapshotPath } from './snapshots';
import { written } from './visits-room';
import { access } from 'node:fs/promises';

/** The partners directory and the agreements (decision 0022). */
export const PARTNERS_FILE = 'partners.json';

/** `partners.json` as stored: checked and migrated (`migrations.ts`) like every document, at this Qonaq's version. */
export const storedPartnersSchema = partnersDocSchema.extend({ schemaVersion: z.literal(SCHEMA_VERSION) });

/** The bytes of an empty directory, as a restore or an import of data from before partners puts in place. */
export const emptyPartnersBytes = (): string => `${JSON.stringify(stored(emptyPartnersDoc()), null, 2)}\n`;

const stored = (doc: PartnersDoc): PartnersDoc => ({ ...doc, schemaVersion: SCHEMA_VERSION });

/** What reading `partners.json` at start found, before anything is repaired (a newer file throws). */
export type PartnersRead = { doc: PartnersDoc | null; damaged: boolean };

export function readPartners(ctx: RecoveryContext): Promise<PartnersRead> {
  return readDocument(ctx, PARTNERS_FILE, storedPartnersSchema);
}

/**
 * The document to start from, once everything is read. A damaged one is quarantined and put back from
 * the newest snapshot holding a good one. A missing one while the newest snapshot holds one was deleted:
 * that is damage too, put back the same way. The user is told either way (`recoverDocument`). A folder
 * that never had partners (no file, none in the newest snapshot) starts with an empty directory: null.
 */
export async function repairPartners(ctx: RecoveryContext, read: PartnersRead): Promise<PartnersDoc | null> {
  if (read.doc) return read.doc;
  if (!read.damaged) {
    const newest = (await listSnapshots(ctx.dataDir))[0];
    const held = newest
      ? await access(snapshotPath(ctx.dataDir, newest.id, PARTNERS_FILE)).then(
          () => true,
          () => false,
        )
      : false;
    if (!held) return null;
  }
  return recoverDocument(ctx, PARTNERS_FILE, storedPartnersSchema, read.damaged);
}

/**
 * The partners document, `partners.json`, as a lowdb database over its durable adapter, and the signed
 * copies kept in `attachments/` by their SHA-256. A folder without the document has an empty directory,
 * written at the first change (never at load: a read-only folder is only read). The store serializes
 * the room's changes in a queue of its own.
 */
export class PartnersRoom {
  private db: Low<PartnersDoc> | undefined;

  constructor(
    private readonly ctx: RecoveryContext,
    /** Told of every change acknowledged, so that a snapshot is taken. */
    private readonly changed: () => void,
  ) {}

  private file(): DocumentFile<PartnersDoc> {
    return new DocumentFile(join(this.ctx.dataDir, PARTNERS_FILE), storedPartnersSchema, this.ctx.fs);
  }

  /** The document as read and repaired (`repairPartners`); null for an empty directory. */
  begin(doc: PartnersDoc | null): void {
    this.db = new Low(this.file(), doc ?? emptyPartnersDoc());
  }

  /** The document as last acknowledged. Never mutate it. */
  get data(): PartnersDoc {
    if (!this.db) throw new AppError('internal', { reason: 'storeNotRead' });
    return this.db.data;
  }

  /**
   * Changes the document, written with its `schemaVersion`; readers see the new state only once it is
   * on disk. If `change` throws, or answers a document that would not load, nothing is written.
   */
  async update<T>(change: (current: PartnersDoc) => { doc: PartnersDoc; result: T }): Promise<T> {
    const { doc, result } = change(this.data);
    const checked = storedPartnersSchema.safeParse(stored(doc));
    if (!checked.success) throw new AppError('internal', { reason: 'invalidPartnersDoc' });
    this.db = await written(this.file(), checked.data);
    this.changed();
    return result;
  }

  /** Keeps a signed copy's bytes (`putAttachment`); answers their SHA-256. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = await putAttachment(this.ctx, bytes);
    this.changed();
    return sha256;
  }

  read(sha256: string): Promise<Buffer> {
    return readAttachment(this.ctx.dataDir, sha256);
  }
}
