import type { VisitDetail, VisitQuery, VisitSummary } from '../shared/visits-contract';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';
import type { GuestData, TravelLeg, Visit, VisitData } from '../shared/domain';
import { AppError } from '../shared/errors';
import { guestInputSchema, visitInputSchema } from '../shared/domain';
import { formChanges } from './form-changes';
import { stayInputSchema } from '../shared/accommodation';
import { programmeItemInputSchema } from '../shared/planning';

/** What a form opened with (`formChanges`). */
type Opened = Readonly<Record<string, unknown>>;
import type { StayData } from '../shared/accommodation';
import { visitConflicts } from './planning/conflicts';
import type { Conflict, Direction, ProgrammeItemData } from '../shared/planning';
import type { Store } from './store/store';
import type { HistoryEntry } from '../shared/visit-history';
import { todayInBaku } from '../shared/dates';
import { findListings } from './visit-search';
import { newId } from './ids';
import { toDetail } from './visit-detail';
import {
  withGuestAdded,
  withGuestsReordered,
  withGuestUpdated,
  withoutGuest,
  withTravel,
  withVisitData,
} from './visit-guest-edits';
import {
  itemWithTexts,
  withItem,
  withoutItem,
  withoutStay,
  withRoomBlock,
  withStay,
} from './visit-plan-edits';

/** Creates, edits and deletes visits and their guests, keeping the rules between them. */
export class VisitService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private require(id: string): Visit {
    const visit = this.store.getVisit(id);
    if (!visit) throw new AppError('notFound', { id });
    return visit;
  }

  /** The visit as the store holds it, without its history (`history`). */
  get(id: string): VisitDetail {
    return this.detail(this.require(id));
  }

  /** Who changed what on the visit, oldest first, read from the visit's file. */
  async history(id: string): Promise<{ history: HistoryEntry[] }> {
    this.require(id);
    return { history: (await this.store.visitHistory(id)) ?? [] };
  }

  /** What clashes with the visit's entries, in it or in the visits around its dates. */
  conflicts(id: string): Conflict[] {
    return visitConflicts(this.require(id), this.store.listVisits());
  }

  /** Served from the store's listing: it does not wait for the visit documents (see `Store.ready`). */
  list(query: VisitQuery): VisitSummary[] {
    return findListings(this.store.visitListings(), query, todayInBaku(this.now()));
  }

  async create(
    data: VisitData,
    guests: GuestData[] = [],
    programme: ProgrammeItemData[] = [],
  ): Promise<VisitDetail> {
    const id = newId();
    const stamp = this.now().toISOString();
    const visit = await this.store.saveVisit(id, () => ({
      ...keepTexts(data, undefined, TRANSLATED_FIELDS.visit),
      id,
      guests: guests.map((g) => ({ ...keepTexts(g, undefined, TRANSLATED_FIELDS.guest), id: newId() })),
      stays: [],
      programme: programme.map(({ id: _id, ...item }) => ({
        ...itemWithTexts(item, undefined),
        id: newId(),
      })),
      roomBlocks: [],
      createdAt: stamp,
      updatedAt: stamp,
    }));
    return this.detail(visit);
  }

  // Each rule is checked inside `change`, against the visit as it stands when the edit is applied:
  // a check made before waiting in the store's queue could be undone by the edit ahead of it.

  /** `opened`: what the form opened with, so that a colleague's change made meanwhile stands (`formChanges`). */
  async update(id: string, data: VisitData, opened?: Opened): Promise<VisitDetail> {
    return this.change(id, (visit) =>
      withVisitData(visit, formChanges(visitInputSchema, data, opened, visit, 'visit')),
    );
  }

  async delete(id: string): Promise<{ id: string }> {
    this.require(id);
    await this.store.deleteVisit(id);
    return { id };
  }

  async restore(id: string): Promise<VisitDetail> {
    return this.detail(await this.store.restoreVisit(id));
  }

  async addGuest(visitId: string, guest: GuestData, index?: number): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withGuestAdded(visit, guest, index));
  }

  async updateGuest(
    visitId: string,
    guestId: string,
    guest: GuestData,
    opened?: Opened,
  ): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      const current = visit.guests.find((g) => g.id === guestId);
      return withGuestUpdated(visit, guestId, formChanges(guestInputSchema, guest, opened, current, 'guest'));
    });
  }

  async removeGuest(visitId: string, guestId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withoutGuest(visit, guestId));
  }

  /** `guestIds` must name every guest of the visit exactly once, in the new order. */
  async reorderGuests(visitId: string, guestIds: string[]): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withGuestsReordered(visit, guestIds));
  }

  /** See `withStay`: adds, replaces or puts back a stay. */
  async saveStay(visitId: string, typed: StayData, opened?: Opened): Promise<VisitDetail> {
    const hotels = this.store.sharedDoc.hotels;
    return this.change(visitId, (visit) => {
      const current = visit.stays.find((s) => s.id === typed.id);
      return withStay(visit, formChanges(stayInputSchema, typed, opened, current, 'stay'), hotels);
    });
  }

  async removeStay(visitId: string, stayId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withoutStay(visit, stayId));
  }

  /** Sets one way of the journey of several guests travelling together (one guest alone is a group of one). */
  async saveTravel(
    visitId: string,
    direction: Direction,
    guestIds: string[],
    leg: TravelLeg,
  ): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withTravel(visit, direction, guestIds, leg));
  }

  /** See `withItem`: adds, replaces or puts back a programme item. */
  async saveItem(visitId: string, typed: ProgrammeItemData, opened?: Opened): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      const current = visit.programme.find((i) => i.id === typed.id);
      return withItem(visit, formChanges(programmeItemInputSchema, typed, opened, current, 'item'));
    });
  }

  async removeItem(visitId: string, itemId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => withoutItem(visit, itemId));
  }

  /** Sets how many rooms a hotel holds for the visit; null takes the number away. */
  async saveRoomBlock(visitId: string, hotelId: string, rooms: number | null): Promise<VisitDetail> {
    if (!this.store.sharedDoc.hotels.some((h) => h.id === hotelId)) {
      throw new AppError('validation', undefined, [{ path: 'hotelId', code: 'invalidChoice' }]);
    }
    return this.change(visitId, (visit) => withRoomBlock(visit, hotelId, rooms));
  }

  private detail(visit: Visit): VisitDetail {
    return toDetail(visit, this.store.sharedDoc.hotels);
  }

  private async change(id: string, edit: (visit: Visit) => Visit): Promise<VisitDetail> {
    this.require(id);
    const visit = await this.store.saveVisit(id, (current) => {
      if (!current) throw new AppError('notFound', { id });
      return { ...edit(current), updatedAt: this.now().toISOString() };
    });
    return this.detail(visit);
  }
}
