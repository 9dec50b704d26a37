import {
  DELETED_PATH,
  RECORD_PATH,
  SYNC_CONFLICTS_MAX,
  type SyncConflict,
} from '../../shared/sync-conflicts';
import type { RecordReplica, SharedRecord } from '../store/record-replica';
import { isObject, type JsonObject } from './json';
import { mergeRecords, signatures, signedOf } from './merge';
import type { OfficeServer, SyncReport } from './office-sync';
import {
  fileDocId,
  FILE_ATTACHMENT,
  FILE_PREFIX,
  INSTITUTION_DOC,
  isRecordDoc,
  recordDocId,
  recordFromServer,
  recordIdOf,
  recordKindOf,
  recordLabel,
  recordToServer,
  recordValid,
  type RecordKind,
} from './record-docs';
import type { Base, SyncFolder } from './sync-folder';
import { bodyOf, sameJson, type ServerDoc } from './visit-docs';

/** Records sent in one `_bulk_docs`. */
const SEND_BATCH = 50;

type Sending = ReadonlyMap<string, Record<string, unknown> | null>;

const docIdOf = (held: SharedRecord): string =>
  recordDocId(held.kind, held.kind === 'institution' ? '' : held.record.id);
const recordOf = (body: Record<string, unknown> | undefined): JsonObject | undefined => {
  const record = body?.record as JsonObject | undefined;
  return isObject(record) ? record : undefined;
};

/**
 * The exchange of the office's records besides its visits (partners, agreements, hotels, the
 * institution), as `OfficeSync` exchanges visits and within its exchange: each taken from the server
 * is merged three ways with a change made here since, against the base last agreed; each changed here
 * is sent with the revision it was based on. A conflict keeps the server's value in the record and
 * both values in `sync/conflicts.json`, for the officer to settle. A signed copy of an agreement is
 * sent before the agreement, and taken before it, so no record here ever names a file it does not have.
 */
export class RecordSync {
  /** The folder's documents as last compared with their bases: unchanged since, nothing new to send. */
  private seen: readonly unknown[] | undefined;
  private readonly pending = new Set<string>();
  /** Bases as read or written: a record's is read from disk once. */
  private readonly bases = new Map<string, Base | undefined>();

  constructor(
    private readonly records: RecordReplica,
    private readonly folder: SyncFolder,
    private readonly server: OfficeServer,
    private readonly now: () => Date,
  ) {}

  private async base(docId: string): Promise<Base | undefined> {
    if (!this.bases.has(docId)) this.bases.set(docId, await this.folder.base(docId));
    return this.bases.get(docId);
  }

  private async writeBase(docId: string, base: Base): Promise<void> {
    await this.folder.writeBase(docId, base);
    this.bases.set(docId, base);
  }

  /** Records waiting to be sent: all are compared with their bases whenever a document changed. */
  async collectPending(): Promise<number> {
    const version = this.records.version;
    if (this.seen && version.every((doc, at) => doc === this.seen?.[at])) return this.pending.size;
    this.seen = version;
    const held = new Set<string>();
    for (const record of this.records.all()) {
      const docId = docIdOf(record);
      held.add(docId);
      const base = await this.base(docId);
      if (
        !sameJson(recordToServer(record.kind, record.record), base && !base.deleted ? base.body : undefined)
      )
        this.pending.add(docId);
    }
    // A record deleted here has a base but is no longer held.
    for (const docId of await this.folder.baseIds()) {
      if (!isRecordDoc(docId) || held.has(docId) || docId === INSTITUTION_DOC) continue;
      const base = await this.base(docId);
      if (base && !base.deleted) this.pending.add(docId);
    }
    return this.pending.size;
  }

  /** Takes one record from the server, merged with a change made here since; its signed copy first. */
  async take(doc: ServerDoc, sending: Sending, report: SyncReport): Promise<void> {
    const kind = recordKindOf(doc._id);
    if (!kind) return;
    const base = await this.base(doc._id);
    if (base?.rev === doc._rev) return;
    const theirs = doc._deleted ? undefined : recordFromServer(doc);
    if (theirs === 'unreadable') {
      report.unreadable.push(doc._id);
      return;
    }
    // A signed copy the server does not have (yet): the agreement is taken, its file asked for again
    // at every exchange until it comes (meanwhile opening it says the file is not here).
    const missing = await this.fetchFile(theirs);
    if (missing) report.unreadable.push(missing);
    // What this laptop sent just before it stopped, its answer never written down, is its own.
    const sent = sending.get(doc._id);
    const ours =
      sent !== undefined &&
      (sent === null ? doc._deleted === true : !doc._deleted && sameJson(bodyOf(doc), sent));
    const known = ours ? (sent ?? undefined) : base && !base.deleted ? base.body : undefined;
    const label = recordLabel(kind, theirs ?? recordOf(known));
    let changedHere = false;
    let met: SyncConflict[] = [];
    await this.records.update(kind, recordIdOf(doc._id), (mine) => {
      changedHere = !sameJson(mine && recordToServer(kind, mine), known);
      // A hotel a stay here is in is not deleted under it: kept, and sent back, with the deletion to settle.
      if (kind === 'hotel' && theirs === undefined && mine && this.records.hotelInUse(recordIdOf(doc._id))) {
        changedHere = true;
        met = [this.deletionKept(label, mine)];
        return mine;
      }
      if (!changedHere) return theirs ?? (kind === 'institution' ? mine : undefined);
      const merged = this.merge(kind, recordOf(known), mine, theirs, label);
      met = merged.conflicts;
      return merged.record;
    });
    if (met.length > 0) await this.keepConflicts(doc._id, kind, label, met);
    await this.writeBase(doc._id, {
      rev: doc._rev ?? '',
      ...(theirs === undefined ? { deleted: true, body: {} } : { body: recordToServer(kind, theirs) }),
    });
    report.received += 1;
    report.conflicts += met.length;
    if (changedHere) this.pending.add(doc._id);
  }

  /** The conflict of a record kept here though the office deleted it. */
  private deletionKept(label: string, mine: JsonObject): SyncConflict {
    const at = this.now().toISOString();
    return { path: DELETED_PATH, label, mine: true, ...signatures(signedOf(mine), undefined), at };
  }

  private merge(
    kind: RecordKind,
    base: JsonObject | undefined,
    mine: JsonObject | undefined,
    theirs: JsonObject | undefined,
    label: string,
  ): { record: JsonObject | undefined; conflicts: SyncConflict[] } {
    const at = this.now().toISOString();
    const signed = (record: JsonObject | undefined) => record && signedOf(record);
    if (mine && theirs) {
      const { merged, conflicts } = mergeRecords(base, mine, theirs, label, at);
      if (recordValid(kind, merged)) return { record: merged, conflicts };
      // Field by field the two make no valid record: the server's stands, this laptop's is kept beside it.
      const whole = { path: RECORD_PATH, label, mine, ...signatures(signed(mine), signed(theirs)), at };
      return { record: theirs, conflicts: [whole] };
    }
    // Deleted on one side and changed on the other: the changed one is kept, the deletion is a conflict.
    const kept = mine ?? theirs;
    if (kind === 'institution' || !base || !kept) return { record: kept, conflicts: [] };
    const deletion: SyncConflict = {
      path: DELETED_PATH,
      label,
      ...(mine ? { mine: true } : {}),
      ...(theirs ? { theirs: true } : {}),
      ...signatures(signed(mine), signed(theirs)),
      at,
    };
    return { record: kept, conflicts: [deletion] };
  }

  /** Adds conflicts met on a record to those kept, a field's newer one in place of an older. */
  private async keepConflicts(
    docId: string,
    kind: RecordKind,
    label: string,
    met: SyncConflict[],
  ): Promise<void> {
    const paths = new Set(met.map((c) => c.path));
    await this.folder.updateRecordConflicts((all) => {
      const kept = (all[docId]?.conflicts ?? []).filter((c) => !paths.has(c.path));
      return { ...all, [docId]: { kind, label, conflicts: [...kept, ...met].slice(-SYNC_CONFLICTS_MAX) } };
    });
  }

  /** Brings the signed copy an agreement names, if it is not here yet; the file's id when the server has none. */
  private async fetchFile(record: JsonObject | undefined): Promise<string | undefined> {
    const attachment = record?.attachment;
    if (!isObject(attachment) || typeof attachment.sha256 !== 'string') return undefined;
    return this.fetchAgain(fileDocId(attachment.sha256));
  }

  /** A signed copy listed as missing, asked for again: its id while the server still has none. */
  async fetchAgain(fileId: string): Promise<string | undefined> {
    const sha256 = fileId.slice(FILE_PREFIX.length);
    if (await this.records.hasFile(sha256)) return undefined;
    const bytes = await this.server.file(fileId, FILE_ATTACHMENT);
    if (!bytes) return fileId;
    await this.records.putFile(bytes);
    return undefined;
  }

  /** Sends every record changed here; answers whether the server refused any as based on an old revision. */
  async send(report: SyncReport): Promise<boolean> {
    await this.collectPending();
    const ids = [...this.pending];
    let refused = false;
    for (let at = 0; at < ids.length; at += SEND_BATCH) {
      if (await this.sendBatch(ids.slice(at, at + SEND_BATCH), report)) refused = true;
    }
    return refused;
  }

  private async sendBatch(docIds: string[], report: SyncReport): Promise<boolean> {
    const held = new Map(this.records.all().map((r) => [docIdOf(r), r]));
    const outgoing = new Map<string, { doc: ServerDoc; body: Record<string, unknown> | null }>();
    for (const docId of docIds) {
      const [current, base] = [held.get(docId), await this.base(docId)];
      const body = current && recordToServer(current.kind, current.record);
      if (sameJson(body, base && !base.deleted ? base.body : undefined)) {
        this.pending.delete(docId);
        continue;
      }
      if (current?.kind === 'agreement' && current.record.attachment)
        await this.sendFile(current.record.attachment.sha256, current.record.attachment.mediaType);
      const rev = base ? { _rev: base.rev } : {};
      const doc: ServerDoc = body ? { _id: docId, ...rev, ...body } : { _id: docId, ...rev, _deleted: true };
      outgoing.set(docId, { doc, body: body ?? null });
    }
    if (outgoing.size === 0) return false;
    await this.folder.writeSending(new Map([...outgoing].map(([id, o]) => [id, o.body])));
    let refused = false;
    const stale: string[] = [];
    for (const answer of await this.server.bulkDocs([...outgoing.values()].map((o) => o.doc))) {
      const sent = outgoing.get(answer.id);
      if (!sent) continue;
      if (answer.ok) {
        await this.writeBase(answer.id, {
          rev: answer.rev,
          ...(sent.body === null ? { deleted: true, body: {} } : { body: sent.body }),
        });
        this.pending.delete(answer.id);
        report.sent += 1;
      } else if (answer.error === 'conflict') {
        refused = true;
        stale.push(answer.id);
      } else report.refused.push(answer.id);
    }
    // A record changed while the batch was out is compared again at the next look, not taken as sent.
    this.seen = undefined;
    // Read here, not waited for in the feed, which may have passed it (a base lost to a power cut).
    const sending = new Map([...outgoing].map(([id, o]) => [id, o.body]));
    for (const docId of stale) {
      const doc = await this.server.get(docId);
      if (doc) await this.take(doc, sending, report);
    }
    return refused;
  }

  /**
   * A signed copy goes once, as `file:<sha256>`: named by its bytes, it is the same whoever sent it.
   * One not kept here (a backup restored without it) or refused by the server is not sent: the
   * agreement goes all the same, and the others list the file as missing until it comes.
   */
  private async sendFile(sha256: string, mediaType: string): Promise<void> {
    const docId = fileDocId(sha256);
    if (await this.base(docId)) return;
    const bytes = await this.records.readFile(sha256).catch(() => undefined);
    if (!bytes) return;
    const data = bytes.toString('base64');
    const doc: ServerDoc = {
      _id: docId,
      type: 'file',
      _attachments: { [FILE_ATTACHMENT]: { content_type: mediaType, data } },
    };
    const [answer] = await this.server.bulkDocs([doc]);
    // Already there (another laptop sent the same bytes): as good as sent.
    if (answer?.ok || answer?.error === 'conflict')
      await this.writeBase(docId, { rev: answer.ok ? answer.rev : '-', body: {} });
  }
}
