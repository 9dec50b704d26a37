import type { Visit } from '../../shared/domain';
import type { VisitReplica } from '../store/visit-replica';
import { RecordSync } from './record-sync';
import { FILE_PREFIX, isRecordDoc } from './record-docs';
import { isLetterDoc } from './letter-docs';
import { LetterSync } from './letter-sync';
import type { Store } from '../store/store';
import type { SyncFolder } from './sync-folder';
import {
  fromServer,
  isVisitDoc,
  sameJson,
  toServer,
  bodyOf,
  VISIT_PREFIX,
  visitOfDoc,
  type ServerDoc,
} from './visit-docs';
import { mergeWithOffice } from './merge-local';

/** What office sharing needs of the server: CouchDB's document API (`couch.ts` speaks it). */
export interface OfficeServer {
  bulkDocs(
    docs: ServerDoc[],
  ): Promise<Array<{ id: string; ok: true; rev: string } | { id: string; ok: false; error: string }>>;
  get(id: string): Promise<ServerDoc | undefined>;
  /** The bytes of a document's attachment; undefined when there are none. */
  file(id: string, name: string): Promise<Uint8Array | undefined>;
  changes(options: { since?: string; limit?: number }): Promise<{
    results: Array<{ id: string; seq: string; deleted?: boolean; doc?: ServerDoc }>;
    lastSeq: string;
  }>;
}

/** What one exchange with the server did. */
export interface SyncReport {
  /** Visits sent to the server. */
  sent: number;
  /** Visits taken from the server (new, changed or deleted there). */
  received: number;
  /** Visits where both sides had changed the same field: kept as conflicts on the visit. */
  conflicts: number;
  /** Documents from the server this version cannot read (a newer Qonaq wrote them): left as they are. */
  unreadable: string[];
  /** Documents the server refused for another reason than an old revision (no right to write): kept here. */
  refused: string[];
}

/** Changes read from the server's feed at a time. */
const FEED_PAGE = 200;
/** Visits sent in one `_bulk_docs`. */
const SEND_BATCH = 50;
/** Times a visit refused as based on an old revision is merged and sent again, in one exchange. */
const SEND_ROUNDS = 4;

/**
 * One laptop's exchange with the office server (decision 0017): the server's changes are taken first,
 * each merged three ways with a change made here meanwhile; then what changed here is sent, each with
 * the revision it was based on, so that the server refuses it if another laptop wrote first, and it
 * is merged and sent again. The store stays the truth: a change from the server is written through it
 * before its base and before the feed position that covers it, so a crash at any point loses nothing and
 * at worst repeats a step.
 */
export class OfficeSync {
  /** Visits changed here and not yet on the server. Rebuilt from every visit after a start. */
  private readonly pending = new Set<string>();
  /** What the last batch sent held, as written down before it went (`SyncFolder.sending`). */
  private sending = new Map<string, Record<string, unknown> | null>();
  private underWay: SyncReport | undefined;
  /** The visits of the batch being sent, and those of them changed again meanwhile. */
  private inFlight = new Set<string>();
  private readonly retouched = new Set<string>();
  private readonly replica: VisitReplica;
  /** The partners, agreements, hotels and institution, exchanged within each exchange of the visits. */
  private readonly records: RecordSync;

  /** The letters of this laptop's register, and the other laptops' as the office has them. */
  private readonly letters: LetterSync;

  constructor(
    store: Pick<Store, 'replica' | 'records' | 'register' | 'signing'>,
    private readonly folder: SyncFolder,
    private readonly server: OfficeServer,
    private readonly options: { url: string; now: () => Date },
  ) {
    this.replica = store.replica;
    this.records = new RecordSync(store.records, folder, server, options.now);
    const register = {
      entries: async () => (await store.register()).entries,
      signer: () => store.signing.signer().by,
    };
    this.letters = new LetterSync(register, folder, server);
  }

  /** Takes the server's changes, then sends this laptop's. Throws (`syncOffline`…) if the server fails; nothing is lost. */
  async exchange(): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, received: 0, conflicts: 0, unreadable: [], refused: [] };
    this.underWay = report;
    await this.collectVisits();
    await this.receive(report);
    await this.send(report);
    // A reader's letters (from before) are not the office's to take: not sent again at every exchange.
    if (!this.replica.officeReader) await this.letters.send(report);
    const state = await this.folder.state();
    if (state) await this.folder.writeState({ ...state, lastSyncAt: this.options.now().toISOString() });
    this.underWay = undefined;
    return report;
  }

  /** How far the exchange under way has gone (visits sent and taken so far), if one is. */
  get progress(): { sent: number; received: number } | undefined {
    return this.underWay && { sent: this.underWay.sent, received: this.underWay.received };
  }

  /** Visits and records waiting to be sent: changed here since the last look, or every one after a start. */
  async collectPending(): Promise<number> {
    return (await this.collectVisits()) + (await this.records.collectPending());
  }

  private async collectVisits(): Promise<number> {
    const { ids, all } = this.replica.takeTouched();
    for (const id of ids) this.pending.add(id);
    // Changed again while its batch is out: what the server takes is not this change.
    for (const id of ids) if (this.inFlight.has(id)) this.retouched.add(id);
    if (all) {
      for (const id of await this.replica.ids()) this.pending.add(id);
      // A visit deleted here while the app was closed has a base but no document.
      for (const docId of await this.folder.baseIds())
        if (isVisitDoc(docId)) this.pending.add(visitOfDoc(docId));
    }
    return this.pending.size;
  }

  private async receive(report: SyncReport): Promise<void> {
    this.sending = await this.folder.sending();
    await this.readAgain(report);
    const state = await this.folder.state();
    let since = state?.url === this.options.url ? (state.seq ?? undefined) : undefined;
    for (;;) {
      const page = await this.server.changes({ ...(since === undefined ? {} : { since }), limit: FEED_PAGE });
      for (const change of page.results) {
        if (!change.doc) continue;
        if (isVisitDoc(change.id)) await this.take(change.doc, report);
        else if (isRecordDoc(change.id)) await this.records.take(change.doc, this.sending, report);
      }
      const letters = page.results.flatMap((c) => (c.doc && isLetterDoc(c.id) ? [c.doc] : []));
      await this.letters.take(letters, report);
      // The position moves past documents this version cannot read only once they are listed to read again.
      if (report.unreadable.length > 0) {
        await this.folder.writeUnreadable([...(await this.folder.unreadable()), ...report.unreadable]);
      }
      // The position is written only once every change it covers is on disk here.
      await this.folder.writeState({
        url: this.options.url,
        seq: page.lastSeq,
        lastSyncAt: state?.lastSyncAt,
        ...(state?.reader ? { reader: true } : {}),
      });
      since = page.lastSeq;
      if (page.results.length < FEED_PAGE) return;
    }
  }

  /**
   * Documents this version could not read before (a newer Qonaq wrote them) are asked for again: once
   * Qonaq is updated they are taken, though the feed has long passed them. Those still unreadable stay
   * listed, and are reported.
   */
  private async readAgain(report: SyncReport): Promise<void> {
    const listed = await this.folder.unreadable();
    if (listed.length === 0) return;
    for (const id of listed) {
      if (id.startsWith(FILE_PREFIX)) {
        const missing = await this.records.fetchAgain(id);
        if (missing) report.unreadable.push(missing);
        continue;
      }
      const doc = await this.server.get(id);
      if (doc && isVisitDoc(id)) await this.take(doc, report);
      else if (doc && isRecordDoc(id)) await this.records.take(doc, this.sending, report);
      else if (doc && isLetterDoc(id)) await this.letters.take([doc], report);
    }
    await this.folder.writeUnreadable(report.unreadable);
  }

  /** Takes one visit document from the server into the store, merged with a change made here since. */
  private async take(doc: ServerDoc, report: SyncReport): Promise<void> {
    const id = visitOfDoc(doc._id);
    const base = await this.folder.base(doc._id);
    if (base?.rev === doc._rev) return;
    const theirs = doc._deleted ? undefined : fromServer(doc);
    if (theirs === 'unreadable') {
      report.unreadable.push(doc._id);
      return;
    }
    // The server may hold what this laptop sent just before it stopped, its answer never written down:
    // that version is this laptop's own, the base of a change made since, not another officer's.
    const sent = this.sending.get(doc._id);
    const ours =
      sent !== undefined &&
      (sent === null ? doc._deleted === true : !doc._deleted && sameJson(bodyOf(doc), sent));
    const known = ours ? (sent ?? undefined) : base && !base.deleted ? base.body : undefined;
    const baseVisit = known && fromServer({ _id: doc._id, ...known });
    let changedHere = false;
    let conflicts = 0;
    await this.replica.update(id, (mine) => {
      changedHere = !sameJson(mine && toServer(mine), known);
      if (!changedHere) return theirs;
      const merged = mergeWithOffice(
        baseVisit === 'unreadable' ? undefined : (baseVisit ?? undefined),
        mine,
        theirs,
        this.options.now().toISOString(),
      );
      conflicts = merged.conflicts;
      return merged.visit;
    });
    await this.folder.writeBase(doc._id, {
      rev: doc._rev ?? '',
      ...(theirs === undefined ? { deleted: true, body: {} } : { body: toServer(theirs) }),
    });
    report.received += 1;
    report.conflicts += conflicts;
    if (changedHere) this.pending.add(id);
  }

  private async send(report: SyncReport): Promise<void> {
    for (let round = 0; round < SEND_ROUNDS; round += 1) {
      const ids = [...this.pending];
      let refused = await this.records.send(report);
      for (let at = 0; at < ids.length; at += SEND_BATCH) {
        if (await this.sendBatch(ids.slice(at, at + SEND_BATCH), report)) refused = true;
      }
      // Another laptop wrote first: its versions come with the feed, are merged, and are sent next round.
      if (!refused) return;
      await this.receive(report);
    }
  }

  /** Sends a batch of visits; answers whether the server refused any as based on an old revision. */
  private async sendBatch(ids: string[], report: SyncReport): Promise<boolean> {
    this.inFlight = new Set(ids);
    this.retouched.clear();
    try {
      return await this.sendVisits(ids, report);
    } finally {
      this.inFlight = new Set();
    }
  }

  private async sendVisits(ids: string[], report: SyncReport): Promise<boolean> {
    const outgoing = new Map<string, { id: string; doc: ServerDoc; visit: Visit | undefined }>();
    for (const id of ids) {
      const docId = `${VISIT_PREFIX}${id}`;
      const [visit, base] = [await this.replica.whole(id), await this.folder.base(docId)];
      const known = base && !base.deleted ? base.body : undefined;
      const body = visit && toServer(visit);
      if (sameJson(body, known)) {
        this.pending.delete(id);
        continue;
      }
      const rev = base ? { _rev: base.rev } : {};
      const doc: ServerDoc = body ? { _id: docId, ...rev, ...body } : { _id: docId, ...rev, _deleted: true };
      outgoing.set(docId, { id, doc, visit });
    }
    if (outgoing.size === 0) return false;
    let refused = false;
    // Written down before it goes: if this laptop stops before the answer is, its own change is known
    // for its own when it comes back in the feed.
    await this.folder.writeSending(
      new Map([...outgoing.values()].map((o) => [o.doc._id, o.visit ? toServer(o.visit) : null])),
    );
    const answers = await this.server.bulkDocs([...outgoing.values()].map((o) => o.doc));
    const stale: string[] = [];
    for (const answer of answers) {
      const sent = outgoing.get(answer.id);
      if (!sent) continue;
      if (answer.ok) {
        const { visit } = sent;
        await this.folder.writeBase(answer.id, {
          rev: answer.rev,
          ...(visit === undefined ? { deleted: true, body: {} } : { body: toServer(visit) }),
        });
        if (!this.retouched.has(sent.id)) this.pending.delete(sent.id);
        report.sent += 1;
      } else if (answer.error === 'conflict') {
        refused = true;
        stale.push(answer.id);
      } else report.refused.push(answer.id);
    }
    // The server's version is read here, not waited for in the feed, which may have passed it (a base
    // lost to a power cut): merged now, this laptop's is sent over it in the next round.
    for (const docId of stale) {
      const doc = await this.server.get(docId);
      if (doc) await this.take(doc, report);
    }
    return refused;
  }
}
