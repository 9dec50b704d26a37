import type { Guest, GuestData, TravelLeg, Visit, VisitData } from '../shared/domain';
import { AppError, type FieldError } from '../shared/errors';
import { guestName } from '../shared/guest-name';
import type { Direction } from '../shared/planning';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';
import { newId } from './ids';
import { guestDateErrors, outsideVisit, outsideVisitError } from './visit-dates';

/**
 * Edits of a visit's dates, its guests and their journeys, as pure functions: each takes the visit as
 * it stands and answers it changed, or throws what breaks a rule. The visit service applies them
 * inside the store's queue.
 */

function checkGuest(guest: GuestData, visit: Visit): void {
  const errors = guestDateErrors(guest, visit, 'guest.');
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
}

function requireGuest(visit: Visit, guestId: string): void {
  if (!visit.guests.some((g) => g.id === guestId)) throw new AppError('notFound', { id: guestId });
}

/** New dates and details of the visit; its guests' dates and its programme must stay within them. */
export function withVisitData(visit: Visit, data: VisitData): Visit {
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
  const stranded = visit.programme.filter((p) => outsideVisit(p.startDate, data));
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
}

/** A new guest at `index` (at the end by default), under a new id. */
export function withGuestAdded(visit: Visit, guest: GuestData, index?: number): Visit {
  checkGuest(guest, visit);
  const guests = [...visit.guests];
  guests.splice(index ?? guests.length, 0, {
    ...keepTexts(guest, undefined, TRANSLATED_FIELDS.guest),
    id: newId(),
  });
  return { ...visit, guests };
}

export function withGuestUpdated(visit: Visit, guestId: string, guest: GuestData): Visit {
  requireGuest(visit, guestId);
  checkGuest(guest, visit);
  const guests = visit.guests.map((g) =>
    g.id === guestId ? { ...keepTexts(guest, g, TRANSLATED_FIELDS.guest), id: guestId } : g,
  );
  return { ...visit, guests };
}

export function withoutGuest(visit: Visit, guestId: string): Visit {
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
}

/** `guestIds` must name every guest of the visit exactly once, in the new order. */
export function withGuestsReordered(visit: Visit, guestIds: readonly string[]): Visit {
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  const guests = guestIds.map((id) => byId.get(id)).filter((g): g is Guest => g !== undefined);
  if (guestIds.length !== byId.size || new Set(guestIds).size !== byId.size || guests.length !== byId.size) {
    throw new AppError('validation', undefined, [{ path: 'guestIds', code: 'invalid' }]);
  }
  return { ...visit, guests };
}

/** One way of the journey of several guests travelling together (one guest alone is a group of one). */
export function withTravel(
  visit: Visit,
  direction: Direction,
  guestIds: readonly string[],
  leg: TravelLeg,
): Visit {
  guestIds.forEach((id) => requireGuest(visit, id));
  const errors: FieldError[] =
    leg.date && outsideVisit(leg.date, visit) ? [outsideVisitError('leg.date', visit)] : [];
  const chosen = new Set(guestIds);
  for (const guest of visit.guests.filter((g) => chosen.has(g.id))) {
    const other = direction === 'arrival' ? guest.departure : guest.arrival;
    const [arrival, departure] = direction === 'arrival' ? [leg.date, other.date] : [other.date, leg.date];
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
}
