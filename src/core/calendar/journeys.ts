import { journeyUid } from '../../shared/calendar-constants';
import type { Guest, Visit } from '../../shared/domain';
import { guestName } from '../../shared/guest-name';
import type { Language } from '../../shared/languages';
import type { Direction, Transfer } from '../../shared/planning';
import { fill } from '../letters/phrases';
import { visitTransfers } from '../planning/transfers';
import { ICS_PHRASES } from './phrases';

/**
 * A guest's arrival or departure as a calendar event: one per guest and direction, whatever flight
 * they take, so its UID (`journeyUid`) stays when the flight, the time or the car changes. Guests on
 * one flight share a transfer (one car) but each has an event: a guest's own file and the visit's file
 * then carry the same event for them.
 */
export interface JourneyEntry {
  visit: Visit;
  guest: Guest;
  /** The transfer the guest travels in: its span is the event's (from the car to the city or the flight). */
  transfer: Transfer;
}

/** Every journey of the visit, guest by guest (only those `keep` accepts), arrivals first. */
export function visitJourneys(visit: Visit, keep: (guest: Guest) => boolean = () => true): JourneyEntry[] {
  const guests = new Map(visit.guests.map((g) => [g.id, g]));
  return visitTransfers(visit).flatMap((transfer) =>
    transfer.guestIds.flatMap((id) => {
      const guest = guests.get(id);
      return guest && keep(guest) ? [{ visit, guest, transfer }] : [];
    }),
  );
}

/** The title of a journey's event: the direction, the guest as in the passport, the flight or train. */
export function journeySummary(
  language: Language,
  direction: Direction,
  guest: Pick<Guest, 'surname' | 'givenNames'>,
  number: string,
): string {
  const head = fill(ICS_PHRASES[language].event[direction], { name: guestName(guest) });
  return number.trim() === '' ? head : `${head} · ${number.trim()}`;
}

/** The UID of a journey entry's event. */
export const journeyEntryUid = ({ visit, guest, transfer }: JourneyEntry): string =>
  journeyUid(visit.id, guest.id, transfer.direction);
