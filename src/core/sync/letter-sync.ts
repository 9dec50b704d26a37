import type { RegisterEntry } from '../../shared/letters';
import type { OfficeServer, SyncReport } from './office-sync';
import { letterDocId, letterFromServer, letterPrint, letterToServer } from './letter-docs';
import type { OfficeLetters, SyncFolder } from './sync-folder';
import type { ServerDoc } from './visit-docs';

/** Letters sent in one `_bulk_docs`. */
const SEND_BATCH = 100;

/** What office sharing needs of this laptop's register: its entries, and who signs for the officer. */
export interface LocalRegister {
  entries(): Promise<readonly RegisterEntry[]>;
  signer(): string;
}

/**
 * The office's register (decision 0017), within each exchange: every letter this laptop issued is
 * sent as `letter:<id>` whenever it changed (a re-issue, a void or its restoring), and every letter
 * another laptop issued is kept in `sync/letters.json`, for the register page to list beside this
 * laptop's own. A letter has one writer, so nothing is merged; the numbers themselves come from the
 * office's counters (`office-numbers.ts`).
 */
export class LetterSync {
  private known: OfficeLetters | undefined;

  constructor(
    private readonly register: LocalRegister,
    private readonly folder: SyncFolder,
    private readonly server: OfficeServer,
  ) {}

  private async letters(): Promise<OfficeLetters> {
    this.known ??= await this.folder.letters();
    return this.known;
  }

  /** Takes a page of letter documents from the feed: another laptop's are kept, this laptop's are its own. */
  async take(docs: readonly ServerDoc[], report: SyncReport): Promise<void> {
    if (docs.length === 0) return;
    const letters = await this.letters();
    const own = new Set((await this.register.entries()).map((e) => letterDocId(e.id)));
    let changed = false;
    for (const doc of docs) {
      if (own.has(doc._id) || letters[doc._id]?.rev === doc._rev) continue;
      const read = doc._deleted ? undefined : letterFromServer(doc);
      if (read === 'unreadable') {
        report.unreadable.push(doc._id);
        continue;
      }
      if (read === undefined) delete letters[doc._id];
      else letters[doc._id] = { rev: doc._rev ?? '', entry: read.entry, by: read.by };
      changed = true;
      report.received += 1;
    }
    if (changed) await this.folder.writeLetters(letters);
  }

  /** Sends every letter of this laptop's register the office does not have as it stands here. */
  async send(report: SyncReport): Promise<void> {
    const letters = await this.letters();
    const waiting = (await this.register.entries()).filter(
      (e) => letters[letterDocId(e.id)]?.sent !== letterPrint(e),
    );
    for (let at = 0; at < waiting.length; at += SEND_BATCH) {
      await this.sendBatch(waiting.slice(at, at + SEND_BATCH), letters, report);
    }
  }

  private async sendBatch(
    entries: readonly RegisterEntry[],
    letters: OfficeLetters,
    report: SyncReport,
  ): Promise<void> {
    const by = this.register.signer();
    const docOf = (entry: RegisterEntry, rev: string | undefined): ServerDoc => ({
      _id: letterDocId(entry.id),
      ...(rev === undefined ? {} : { _rev: rev }),
      ...letterToServer(entry, by),
    });
    let answers = await this.server.bulkDocs(entries.map((e) => docOf(e, letters[letterDocId(e.id)]?.rev)));
    // A letter the server has at another revision (sharing turned off and on again) is still this
    // laptop's alone: sent again over the server's revision.
    const stale = answers.filter((a) => !a.ok && a.error === 'conflict').map((a) => a.id);
    if (stale.length > 0) {
      const again: ServerDoc[] = [];
      for (const entry of entries.filter((e) => stale.includes(letterDocId(e.id)))) {
        again.push(docOf(entry, (await this.server.get(letterDocId(entry.id)))?._rev));
      }
      answers = [...answers.filter((a) => !stale.includes(a.id)), ...(await this.server.bulkDocs(again))];
    }
    const byId = new Map(entries.map((e) => [letterDocId(e.id), e]));
    let sent = 0;
    for (const answer of answers) {
      const entry = byId.get(answer.id);
      if (!entry) continue;
      if (answer.ok) {
        letters[answer.id] = { rev: answer.rev, sent: letterPrint(entry) };
        sent += 1;
      } else report.refused.push(answer.id);
    }
    if (sent > 0) await this.folder.writeLetters(letters);
    report.sent += sent;
  }
}
