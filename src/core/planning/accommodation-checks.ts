import {
  ROOM_CAPACITY,
  type Accommodation,
  type AccommodationIssue,
  type Hotel,
  type RoomingNight,
  type Stay,
} from '../../shared/accommodation';
import { addDays } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import { guestName } from '../../shared/guest-name';
import { guestStay } from '../visit-dates';

/**
 * Checks on a visit's stays. Everything is counted in calendar dates (Baku), never instants: a night
 * is named by the date it begins, so a stay from the 12th to the 15th covers the nights of the 12th,
 * 13th and 14th, and a check-out on the departure day leaves no night uncovered.
 */

type VisitPart = Pick<Visit, 'arrivalDate' | 'departureDate' | 'guests' | 'stays'> &
  Partial<Pick<Visit, 'roomBlocks'>>;

/** The dates of the nights from `from` up to the day before `to`. */
export function nightsBetween(from: string, to: string): string[] {
  const nights: string[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) nights.push(d);
  return nights;
}

const coversNight = (stay: Stay, date: string) => stay.checkIn <= date && date < stay.checkOut;

function roomLabel(stay: Stay, hotels: ReadonlyMap<string, Hotel>): string {
  const hotel = hotels.get(stay.hotelId)?.name ?? '?';
  return stay.roomNumber ? `${hotel}, ${stay.roomNumber}` : hotel;
}

/** Per night and guest: nobody sleeps in two beds, everybody present has one. */
function guestNightIssues(visit: VisitPart): AccommodationIssue[] {
  const issues: AccommodationIssue[] = [];
  for (const guest of visit.guests) {
    const { arrival, departure } = guestStay(guest, visit);
    const own = visit.stays.filter((s) => s.guestIds.includes(guest.id));
    for (const date of nightsBetween(arrival, departure)) {
      const beds = own.filter((s) => coversNight(s, date)).length;
      if (beds === 0)
        issues.push({ code: 'noBed', guestId: guest.id, params: { name: guestName(guest), date } });
      if (beds > 1)
        issues.push({ code: 'doubleBooked', guestId: guest.id, params: { name: guestName(guest), date } });
    }
    for (const stay of own) {
      if (stay.checkIn < arrival || stay.checkOut > departure) {
        issues.push({
          code: 'outsideStay',
          guestId: guest.id,
          params: {
            name: guestName(guest),
            checkIn: stay.checkIn,
            checkOut: stay.checkOut,
            arrival,
            departure,
          },
        });
      }
    }
  }
  return issues;
}

/** Per night and room: no more guests than the room sleeps. A stay without a room number is its own room. */
function roomIssues(visit: VisitPart, hotels: ReadonlyMap<string, Hotel>): AccommodationIssue[] {
  const issues: AccommodationIssue[] = [];
  const nights = new Set(visit.stays.flatMap((s) => nightsBetween(s.checkIn, s.checkOut)));
  for (const date of [...nights].sort()) {
    const rooms = new Map<string, Stay[]>();
    for (const stay of visit.stays.filter((s) => coversNight(s, date))) {
      const key = stay.roomNumber ? `${stay.hotelId}\u0000${stay.roomNumber.toLowerCase()}` : stay.id;
      rooms.set(key, [...(rooms.get(key) ?? []), stay]);
    }
    for (const stays of rooms.values()) {
      const guests = new Set(stays.flatMap((s) => s.guestIds));
      const capacity = Math.min(...stays.map((s) => ROOM_CAPACITY[s.roomType]));
      const first = stays[0];
      if (first && guests.size > capacity) {
        issues.push({
          code: 'roomOverfull',
          guestId: '',
          params: { room: roomLabel(first, hotels), date, count: guests.size, capacity },
        });
      }
    }
  }
  return issues;
}

/** Issues of one kind for one guest or room on consecutive nights become one, from `date` to `lastDate`. */
function mergeNights(issues: AccommodationIssue[]): AccommodationIssue[] {
  const merged: AccommodationIssue[] = [];
  for (const issue of issues) {
    const date = issue.params.date;
    const last = merged.at(-1);
    const sameRun =
      last !== undefined &&
      typeof date === 'string' &&
      last.code === issue.code &&
      last.guestId === issue.guestId &&
      last.params.room === issue.params.room &&
      last.params.count === issue.params.count &&
      last.params.lastDate === addDays(date, -1);
    if (sameRun) last.params.lastDate = date;
    else
      merged.push(
        typeof date === 'string' ? { ...issue, params: { ...issue.params, lastDate: date } } : issue,
      );
  }
  return merged;
}

function unknownHotelIssues(visit: VisitPart, hotels: ReadonlyMap<string, Hotel>): AccommodationIssue[] {
  return visit.stays
    .filter((s) => !hotels.has(s.hotelId))
    .map((s) => ({
      code: 'unknownHotel',
      guestId: '',
      params: { checkIn: s.checkIn, checkOut: s.checkOut },
    }));
}

/** Who sleeps where on each night of the visit (and of any stay booked beyond it). */
export function roomingList(visit: VisitPart): RoomingNight[] {
  const dates = new Set([
    ...nightsBetween(visit.arrivalDate, visit.departureDate),
    ...visit.guests.flatMap((g) => {
      const w = guestStay(g, visit);
      return nightsBetween(w.arrival, w.departure);
    }),
    ...visit.stays.flatMap((s) => nightsBetween(s.checkIn, s.checkOut)),
  ]);
  return [...dates].sort().map((date) => ({
    date,
    beds: visit.guests.flatMap((guest): RoomingNight['beds'] => {
      const { arrival, departure } = guestStay(guest, visit);
      const stay = visit.stays.find((s) => s.guestIds.includes(guest.id) && coversNight(s, date));
      if (stay) return [{ guestId: guest.id, stayId: stay.id }];
      // A guest not in town that night needs no bed: they are left out rather than shown as missing one.
      return arrival <= date && date < departure ? [{ guestId: guest.id, stayId: null }] : [];
    }),
  }));
}

/** Per night and hotel with rooms held for the visit: no more rooms in use than held. */
function roomBlockIssues(visit: VisitPart, hotels: ReadonlyMap<string, Hotel>): AccommodationIssue[] {
  const issues: AccommodationIssue[] = [];
  for (const block of visit.roomBlocks ?? []) {
    const stays = visit.stays.filter((s) => s.hotelId === block.hotelId);
    const nights = new Set(stays.flatMap((s) => nightsBetween(s.checkIn, s.checkOut)));
    for (const date of [...nights].sort()) {
      const rooms = new Set(
        stays
          .filter((s) => coversNight(s, date))
          .map((s) => (s.roomNumber ? s.roomNumber.toLowerCase() : `#${s.id}`)),
      );
      if (rooms.size > block.rooms) {
        issues.push({
          code: 'overRoomBlock',
          guestId: '',
          params: {
            room: hotels.get(block.hotelId)?.name ?? '?',
            date,
            count: rooms.size,
            held: block.rooms,
          },
        });
      }
    }
  }
  return issues;
}

export function checkAccommodation(visit: VisitPart, hotels: readonly Hotel[]): Accommodation {
  const byId = new Map(hotels.map((h) => [h.id, h]));
  return {
    issues: [
      ...unknownHotelIssues(visit, byId),
      ...mergeNights(guestNightIssues(visit)),
      ...mergeNights(roomIssues(visit, byId)),
      ...mergeNights(roomBlockIssues(visit, byId)),
    ],
    rooming: roomingList(visit),
  };
}
