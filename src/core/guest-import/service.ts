import type { VisitDetail } from '../../shared/visits-contract';
import { todayInBaku } from '../../shared/dates';
import type { Guest, GuestData, Visit } from '../../shared/domain';
import { AppError, type FieldError } from '../../shared/errors';
import {
  headerKey,
  partnerKey,
  type CountryAnswers,
  type DateOrder,
  type ImportMapping,
  type ImportOutcome,
  type ImportPreview,
  type ImportRowInput,
  type ImportSheet,
  type ImportUndo,
  type ReadResult,
  type RememberedMapping,
} from '../../shared/guest-import';
import { keepTexts, TRANSLATED_FIELDS } from '../../shared/texts';
import { decodeBase64 } from '../../shared/base64';
import type { Store } from '../store/store';
import { newId } from '../ids';
import { guestDateErrors } from '../visit-dates';
import { toDetail } from '../visit-detail';
import { mergeGuest } from './merge';
import { GuestIndexCache } from './duplicates';
import { buildPreview } from './preview';
import { readInWorker } from './read-in-worker';
import { UnreadableFile } from './read-file';
import { proposeFor, sheetOf } from './sheet';

/** Rows as the contract parses them: guests with their defaults filled in. */
type ImportRow = Omit<ImportRowInput, 'guest'> & { guest: GuestData };

/** Reads a partner's guest list, previews it against the visit and imports it as one change, with undo. */
export class GuestImportService {
  /** The known guests indexed for duplicates, kept while no visit changes. */
  private readonly guests = new GuestIndexCache();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private require(id: string): Visit {
    const visit = this.store.getVisit(id);
    if (!visit) throw new AppError('notFound', { id });
    return visit;
  }

  private remembered(visit: Visit): RememberedMapping | undefined {
    const key = partnerKey(visit.partnerName);
    return key ? this.store.sharedDoc.guestImportMappings?.[key] : undefined;
  }

  /** The file as a sheet and the mapping proposed for it; a file that cannot be read changes nothing. */
  async read(visitId: string, fileName: string, base64: string): Promise<ReadResult> {
    const visit = this.require(visitId);
    const bytes = decodeBase64(base64);
    if (!bytes) throw new AppError('importUnreadable', { reason: 'damaged' });
    try {
      const sheet = sheetOf(await readInWorker(bytes, fileName), fileName);
      return { sheet, ...proposeFor(sheet, this.remembered(visit)) };
    } catch (error) {
      if (error instanceof UnreadableFile) throw new AppError('importUnreadable', { reason: error.reason });
      throw error;
    }
  }

  preview(
    visitId: string,
    sheet: ImportSheet,
    mapping: ImportMapping,
    dateOrder: DateOrder | null,
    countries: CountryAnswers = {},
  ): ImportPreview {
    const visit = this.require(visitId);
    return buildPreview(sheet, mapping, {
      visit,
      visits: this.store.listVisits(),
      today: todayInBaku(this.now()),
      dateOrder,
      countries,
      guests: this.guests,
    });
  }

  /** The guest a row updates, as stored now: on this visit, or on the earlier visit it names. */
  private target(row: ImportRow, current: Visit, index: number): { guest: Guest; sameVisit: boolean } {
    const notFound = () =>
      new AppError('validation', undefined, [{ path: `rows.${index}.target`, code: 'invalidChoice' }]);
    if (!row.target) throw notFound();
    const { visitId, guestId } = row.target;
    const visit = visitId === current.id ? current : this.store.getVisit(visitId);
    const guest = visit?.guests.find((g) => g.id === guestId);
    if (!guest) throw notFound();
    return { guest, sameVisit: visitId === current.id };
  }

  /**
   * Adds and updates the chosen rows in one write of the visit. The partner's mapping is then
   * remembered; should that fail, the import stands and the answer says so.
   */
  async commit(
    visitId: string,
    rows: ImportRow[],
    remember: { headers: string[]; mapping: ImportMapping } | undefined,
  ): Promise<{ detail: VisitDetail; outcome: ImportOutcome }> {
    this.require(visitId);
    let undo: ImportUndo = { addedIds: [], previous: [] };
    let updated = 0;
    const visit = await this.store.saveVisit(visitId, (current) => {
      if (!current) throw new AppError('notFound', { id: visitId });
      const errors: FieldError[] = [];
      const guests = [...current.guests];
      const addedIds: string[] = [];
      const previous = new Map<string, Guest>();
      updated = 0;
      rows.forEach((row, index) => {
        errors.push(...guestDateErrors(row.guest, current, `rows.${index}.guest.`));
        if (row.action === 'update') {
          const { guest: known, sameVisit } = this.target(row, current, index);
          if (sameVisit) {
            const at = guests.findIndex((g) => g.id === known.id);
            const stored = guests[at];
            if (at < 0 || !stored) throw new AppError('notFound', { id: known.id });
            if (!previous.has(stored.id)) previous.set(stored.id, stored);
            guests[at] = {
              ...keepTexts(mergeGuest(stored, row.guest, 'known'), stored, TRANSLATED_FIELDS.guest),
              id: stored.id,
            };
            updated += 1;
            return;
          }
          const id = newId();
          guests.push({
            ...keepTexts(mergeGuest(known, row.guest, 'row'), undefined, TRANSLATED_FIELDS.guest),
            id,
          });
          addedIds.push(id);
          return;
        }
        const id = newId();
        guests.push({ ...keepTexts(row.guest, undefined, TRANSLATED_FIELDS.guest), id });
        addedIds.push(id);
      });
      if (errors.length > 0) throw new AppError('validation', undefined, errors);
      undo = { addedIds, previous: [...previous.values()] };
      return { ...current, guests, updatedAt: this.now().toISOString() };
    });
    const mappingRemembered = remember
      ? await this.rememberMapping(visit, remember.headers, remember.mapping)
      : true;
    return {
      detail: toDetail(visit, this.store.sharedDoc.hotels),
      outcome: { added: undo.addedIds.length, updated, undo, mappingRemembered },
    };
  }

  private async rememberMapping(visit: Visit, headers: string[], mapping: ImportMapping): Promise<boolean> {
    const key = partnerKey(visit.partnerName);
    if (!key) return true;
    try {
      await this.store.updateShared((doc) => {
        const all = { ...doc.guestImportMappings };
        const columns = { ...all[key]?.columns };
        headers.forEach((header, column) => {
          const folded = headerKey(header);
          if (folded) columns[folded] = mapping[column] ?? '';
        });
        // The oldest partner's mapping makes room when the list is full.
        const keys = Object.keys(all);
        if (!all[key] && keys.length >= 1000) {
          const oldest = keys.sort((a, b) =>
            (all[a]?.updatedAt ?? '').localeCompare(all[b]?.updatedAt ?? ''),
          )[0];
          if (oldest !== undefined) delete all[oldest];
        }
        all[key] = { partner: visit.partnerName.slice(0, 200), columns, updatedAt: this.now().toISOString() };
        return { doc: { ...doc, guestImportMappings: all }, result: undefined };
      });
      return true;
    } catch (error) {
      console.error('[qonaq] the guest list mapping was not remembered:', error);
      return false;
    }
  }

  /** Takes an import back in one write: the guests it added go, those it updated are as they were. */
  async undo(visitId: string, undo: ImportUndo): Promise<VisitDetail> {
    this.require(visitId);
    const added = new Set(undo.addedIds);
    const previous = new Map(undo.previous.map((g) => [g.id, g]));
    const visit = await this.store.saveVisit(visitId, (current) => {
      if (!current) throw new AppError('notFound', { id: visitId });
      const guests = current.guests.filter((g) => !added.has(g.id)).map((g) => previous.get(g.id) ?? g);
      // Stays and items made for an imported guest since keep their other guests, as on removal.
      const stays = current.stays
        .map((s) => ({ ...s, guestIds: s.guestIds.filter((id) => !added.has(id)) }))
        .filter((s) => s.guestIds.length > 0);
      const programme = current.programme.map((p) => ({
        ...p,
        guestIds: p.guestIds.filter((id) => !added.has(id)),
      }));
      return { ...current, guests, stays, programme, updatedAt: this.now().toISOString() };
    });
    return toDetail(visit, this.store.sharedDoc.hotels);
  }
}
