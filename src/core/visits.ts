import type { VisitDetail, VisitQuery, VisitSummary, Warning } from '../shared/visits-contract';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';
import {
  passportValidUntilRequired,
  type Guest,
  type GuestData,
  type TravelLeg,
  type Visit,
  type VisitData,
} from '../shared/domain';
import { AppError, type FieldError } from '../shared/errors';
import { guestName } from '../shared/guest-name';
import type { Hotel, Stay, StayData } from '../shared/accommodation';
import { checkAccommodation } from './planning/accommodation-checks';
import { visitConflicts } from './planning/conflicts';
import { visitTransfers } from './planning/transfers';
import type { Conflict, Direction, ProgrammeItem, ProgrammeItemData } from '../shared/planning';
import type { Store } from './store/store';
import { todayInBaku } from '../shared/dates';
import { findListings } from './visit-search';
import { newId } from './ids';

/** Kept for the partner directory until it imports `newId` from its home, `./ids`. */
export { newId };

/** The guest's own dates must fall within the visit's. */
function guestDateErrors(
  guest: GuestData,
  visit: Pick<VisitData, 'arrivalDate' | 'departureDate'>,
  prefix: string,
) {
  const errors: FieldError[] = [];
  for (const leg of ['arrival', 'departure'] as const) {
    const date = guest[leg].date;
    if (date && (date < visit.arrivalDate || date > visit.departureDate)) {
      errors.push({
        path: `${prefix}${leg}.date`,
        code: 'outsideVisit',
        params: { from: visit.arrivalDate, to: visit.departureDate },
      });
    }
  }
  return errors;
}

function checkGuest(guest: GuestData, visit: Visit): void {
  const errors = guestDateErrors(guest, visit, 'guest.');
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
}

function requireGuest(visit: Visit, guestId: string): void {
  if (!visit.guests.some((g) => g.id === guestId)) throw new AppError('notFound', { id: guestId });
}

/** An item keeps its translations and recorded language when saved from a form that leaves them out. */
function itemWithTexts<T extends ProgrammeItemData | Omit<ProgrammeItemData, 'id'>>(
  item: T,
  previous: ProgrammeItem | undefined,
): T {
  const view = { ...item, hosts: item.hosts.join('\n') };
  const kept = keepTexts(view, previous, TRANSLATED_FIELDS.item);
  return { ...item, lang: kept.lang, ...(kept.translations ? { translations: kept.translations } : {}) };
}

export function visitWarnings(visit: Visit): Warning[] {
  const warnings: Warning[] = [];
  for (const guest of visit.guests) {
    const leaves = guest.departure.date || visit.departureDate;
    const needed = passportValidUntilRequired(leaves);
    if (guest.passport.expiryDate && guest.passport.expiryDate < needed) {
      warnings.push({
        code: 'passportExpiresSoon',
        guestId: guest.id,
        params: { name: guestName(guest), expiry: guest.passport.expiryDate, needed, departure: leaves },
      });
    }
  }
  return warnings;
}

/** A visit with what is derived from it alone (its conflicts with other visits are asked for apart). */
export function toDetail(visit: Visit, hotels: readonly Hotel[] = []): VisitDetail {
  return {
    visit,
    warnings: visitWarnings(visit),
    accommodation: checkAccommodation(visit, hotels),
    planning: { transfers: [...visitTransfers(visit)] },
  };
}

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

  get(id: string): VisitDetail {
    return this.detail(this.require(id));
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

  async update(id: string, data: VisitData): Promise<VisitDetail> {
    return this.change(id, (visit) => {
      const outside = visit.guests.filter((g) => guestDateErrors(g, data, '').length > 0);
      if (outside.length > 0) {
        throw new AppError('validation', undefined, [
          {
            path: 'visit.arrivalDate',
            code: 'datesExcludeGuests',
            params: { names: outside.map(guestName).join(', ') },
          },
        ]);
      }
      const stranded = visit.programme.filter(
        (p) => p.startDate < data.arrivalDate || p.startDate > data.departureDate,
      );
      if (stranded.length > 0) {
        throw new AppError('validation', undefined, [
          {
            path: 'visit.arrivalDate',
            code: 'datesExcludeItems',
            params: { count: stranded.length, titles: stranded.map((p) => p.title).join(', ') },
          },
        ]);
      }
      return { ...visit, ...keepTexts(data, visit, TRANSLATED_FIELDS.visit) };
    });
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
    return this.change(visitId, (visit) => {
      checkGuest(guest, visit);
      const guests = [...visit.guests];
      guests.splice(index ?? guests.length, 0, {
        ...keepTexts(guest, undefined, TRANSLATED_FIELDS.guest),
        id: newId(),
      });
      return { ...visit, guests };
    });
  }

  async updateGuest(visitId: string, guestId: string, guest: GuestData): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      requireGuest(visit, guestId);
      checkGuest(guest, visit);
      const guests = visit.guests.map((g) =>
        g.id === guestId ? { ...keepTexts(guest, g, TRANSLATED_FIELDS.guest), id: guestId } : g,
      );
      return { ...visit, guests };
    });
  }

  async removeGuest(visitId: string, guestId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      requireGuest(visit, guestId);
      // A stay keeps the guests still in the visit; one left with nobody goes with its last guest.
      const stays = visit.stays
        .map((s) => ({ ...s, guestIds: s.guestIds.filter((id) => id !== guestId) }))
        .filter((s) => s.guestIds.length > 0);
      // Items keep happening without the guest; one meant for them alone is left for the officer to decide.
      const programme = visit.programme.map((p) =>
        p.guestIds.includes(guestId) ? { ...p, guestIds: p.guestIds.filter((id) => id !== guestId) } : p,
      );
      return { ...visit, guests: visit.guests.filter((g) => g.id !== guestId), stays, programme };
    });
  }

  /** `guestIds` must name every guest of the visit exactly once, in the new order. */
  async reorderGuests(visitId: string, guestIds: string[]): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      const byId = new Map(visit.guests.map((g) => [g.id, g]));
      const guests = guestIds.map((id) => byId.get(id)).filter((g): g is Guest => g !== undefined);
      if (
        guestIds.length !== byId.size ||
        new Set(guestIds).size !== byId.size ||
        guests.length !== byId.size
      ) {
        throw new AppError('validation', undefined, [{ path: 'guestIds', code: 'invalid' }]);
      }
      return { ...visit, guests };
    });
  }

  /**
   * Adds a stay (no id), replaces the one with its id, or puts back one with an id no longer present
   * (the undo of a removal). Its guests and hotel must exist.
   */
  async saveStay(visitId: string, input: StayData): Promise<VisitDetail> {
    const hotels = this.store.sharedDoc.hotels;
    return this.change(visitId, (visit) => {
      const errors: FieldError[] = [];
      if (!hotels.some((h) => h.id === input.hotelId))
        errors.push({ path: 'stay.hotelId', code: 'invalidChoice' });
      if (input.guestIds.some((id) => !visit.guests.some((g) => g.id === id))) {
        errors.push({ path: 'stay.guestIds', code: 'invalidChoice' });
      }
      if (errors.length > 0) throw new AppError('validation', undefined, errors);
      const { id, ...data } = input;
      const stay: Stay = { ...data, guestIds: [...new Set(data.guestIds)], id: id ?? newId() };
      const exists = visit.stays.some((s) => s.id === stay.id);
      const stays = exists ? visit.stays.map((s) => (s.id === stay.id ? stay : s)) : [...visit.stays, stay];
      return { ...visit, stays };
    });
  }

  async removeStay(visitId: string, stayId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      if (!visit.stays.some((s) => s.id === stayId)) throw new AppError('notFound', { id: stayId });
      return { ...visit, stays: visit.stays.filter((s) => s.id !== stayId) };
    });
  }

  /** Sets one way of the journey of several guests travelling together (one guest alone is a group of one). */
  async saveTravel(
    visitId: string,
    direction: Direction,
    guestIds: string[],
    leg: TravelLeg,
  ): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      guestIds.forEach((id) => requireGuest(visit, id));
      const errors: FieldError[] = [];
      if (leg.date && (leg.date < visit.arrivalDate || leg.date > visit.departureDate)) {
        errors.push({
          path: 'leg.date',
          code: 'outsideVisit',
          params: { from: visit.arrivalDate, to: visit.departureDate },
        });
      }
      const chosen = new Set(guestIds);
      for (const guest of visit.guests.filter((g) => chosen.has(g.id))) {
        const other = direction === 'arrival' ? guest.departure : guest.arrival;
        const [arrival, departure] =
          direction === 'arrival' ? [leg.date, other.date] : [other.date, leg.date];
        if (arrival && departure && departure < arrival) {
          errors.push({
            path: 'leg.date',
            code: 'departureBeforeArrival',
            params: { name: guestName(guest) },
          });
          break;
        }
      }
      if (errors.length > 0) throw new AppError('validation', undefined, errors);
      const guests = visit.guests.map((g) =>
        chosen.has(g.id) ? { ...g, [direction]: { ...leg, pickup: { ...leg.pickup } } } : g,
      );
      return { ...visit, guests };
    });
  }

  /**
   * Adds an item (no id), replaces the one with its id, or puts back one with an id no longer present
   * (the undo of a removal). It must start within the visit, and its guests must be the visit's.
   */
  async saveItem(visitId: string, input: ProgrammeItemData): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      const errors: FieldError[] = [];
      if (input.startDate < visit.arrivalDate || input.startDate > visit.departureDate) {
        errors.push({
          path: 'item.startDate',
          code: 'outsideVisit',
          params: { from: visit.arrivalDate, to: visit.departureDate },
        });
      }
      if (!input.allGuests && input.guestIds.some((id) => !visit.guests.some((g) => g.id === id))) {
        errors.push({ path: 'item.guestIds', code: 'invalidChoice' });
      }
      if (errors.length > 0) throw new AppError('validation', undefined, errors);
      const { id, ...data } = input;
      const item: ProgrammeItem = {
        ...itemWithTexts(
          data,
          visit.programme.find((p) => p.id === id),
        ),
        guestIds: input.allGuests ? [] : [...new Set(data.guestIds)],
        hosts: [...new Set(data.hosts.map((h) => h.trim()))],
        id: id ?? newId(),
      };
      const exists = visit.programme.some((p) => p.id === item.id);
      const programme = exists
        ? visit.programme.map((p) => (p.id === item.id ? item : p))
        : [...visit.programme, item];
      programme.sort((a, b) =>
        `${a.startDate} ${a.startTime}`.localeCompare(`${b.startDate} ${b.startTime}`),
      );
      return { ...visit, programme };
    });
  }

  async removeItem(visitId: string, itemId: string): Promise<VisitDetail> {
    return this.change(visitId, (visit) => {
      if (!visit.programme.some((p) => p.id === itemId)) throw new AppError('notFound', { id: itemId });
      return { ...visit, programme: visit.programme.filter((p) => p.id !== itemId) };
    });
  }

  /** Sets how many rooms a hotel holds for the visit; null takes the number away. */
  async saveRoomBlock(visitId: string, hotelId: string, rooms: number | null): Promise<VisitDetail> {
    if (!this.store.sharedDoc.hotels.some((h) => h.id === hotelId)) {
      throw new AppError('validation', undefined, [{ path: 'hotelId', code: 'invalidChoice' }]);
    }
    return this.change(visitId, (visit) => {
      const others = visit.roomBlocks.filter((b) => b.hotelId !== hotelId);
      return { ...visit, roomBlocks: rooms === null ? others : [...others, { hotelId, rooms }] };
    });
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
