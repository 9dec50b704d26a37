import type { Direction, Transfer } from '../../../shared/planning';
import type { TravelLeg, Visit } from '../../../shared/domain';
import { emptyPickup } from '../../../shared/domain';

/** What the journey dialog edits: who travels together, and their shared leg. */
export interface JourneyValues {
  guestIds: string[];
  leg: TravelLeg;
}

/** A new journey starts on the visit's first (arrival) or last (departure) day. */
export function newJourney(
  visit: Pick<Visit, 'arrivalDate' | 'departureDate'>,
  direction: Direction,
): JourneyValues {
  return {
    guestIds: [],
    leg: {
      mode: 'flight',
      date: direction === 'arrival' ? visit.arrivalDate : visit.departureDate,
      time: '',
      flight: '',
      airport: '',
      terminal: '',
      pickup: { ...emptyPickup },
    },
  };
}

/** The journey a transfer was derived from: its guests share exactly this leg. */
export function journeyOf(transfer: Transfer): JourneyValues {
  return {
    guestIds: [...transfer.guestIds],
    leg: {
      mode: transfer.mode,
      date: transfer.date,
      time: transfer.time,
      flight: transfer.number,
      airport: transfer.place,
      terminal: transfer.terminal,
      pickup: {
        vehicle: transfer.vehicle,
        driver: transfer.driver,
        escort: transfer.escort,
        leaveAt: transfer.leaveAt,
      },
    },
  };
}
