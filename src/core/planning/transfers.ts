import type { Guest, TravelLeg, Visit } from '../../shared/domain';
import { DIRECTIONS, fromMinutes, minutesOf, type Direction, type Transfer } from '../../shared/planning';

/**
 * Transfers are derived from the guests' journeys, never stored: guests on the same flight (or train)
 * on the same day share one car, so one transfer; when a flight changes, its transfer moves with it.
 *
 * The span of a transfer: for an arrival, from when the car leaves (or an hour before landing) to an
 * hour and a half after landing; for a departure, from when the car leaves (or three hours before take
 * off) to take off. A journey without a time has no span: it shows as a whole-day entry.
 */

export const ARRIVAL_LEAD_MINUTES = 60;
export const ARRIVAL_AFTER_MINUTES = 90;
export const DEPARTURE_LEAD_MINUTES = 180;

function journeyKey(leg: TravelLeg): string {
  const p = leg.pickup;
  return [
    leg.mode,
    leg.date,
    leg.time,
    leg.flight.toUpperCase().replace(/\s+/g, ''),
    leg.airport,
    leg.terminal,
    p.vehicle,
    p.driver,
    p.escort,
    p.leaveAt,
  ]
    .map((part) => part.trim().toLowerCase())
    .join('|');
}

/** A short, stable id from a key: the same journey keeps its id across reads. */
function hashKey(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}

/**
 * A car leaving at most this long before a flight just after midnight leaves the evening before: a
 * 23:30 car for a 02:00 departure. Beyond that, a leave time later than the flight is a mistake.
 */
export const NIGHT_FLIGHT_WINDOW_MINUTES = 6 * 60;

/** When the car leaves, in minutes (see `minutesOf`), or null when no time is set. */
function leaveMinutes(leg: Pick<TravelLeg, 'date' | 'time' | 'pickup'>): number | null {
  if (!leg.pickup.leaveAt || !leg.date) return null;
  const sameDay = minutesOf(leg.date, leg.pickup.leaveAt);
  if (!leg.time) return sameDay;
  const flight = minutesOf(leg.date, leg.time);
  return sameDay > flight && flight + 1440 - sameDay <= NIGHT_FLIGHT_WINDOW_MINUTES
    ? sameDay - 1440
    : sameDay;
}

function transferSpan(
  direction: Direction,
  leg: TravelLeg,
): Pick<Transfer, 'startDate' | 'startTime' | 'endDate' | 'endTime'> {
  if (!leg.time) return { startDate: leg.date, startTime: '', endDate: leg.date, endTime: '' };
  const flight = minutesOf(leg.date, leg.time);
  const leave = leaveMinutes(leg);
  let start: number;
  let end: number;
  if (direction === 'arrival') {
    start = leave ?? flight - ARRIVAL_LEAD_MINUTES;
    end = flight + ARRIVAL_AFTER_MINUTES;
  } else {
    start = leave ?? flight - DEPARTURE_LEAD_MINUTES;
    end = flight;
  }
  // A car set to leave after the flight is a conflict of its own; the span still needs a length.
  if (end <= start) end = start + 60;
  const s = fromMinutes(start);
  const e = fromMinutes(end);
  return { startDate: s.date, startTime: s.time, endDate: e.date, endTime: e.time };
}

/**
 * Transfers already worked out, by the visit they were worked out for. The store replaces a visit on
 * every change and never changes one in place, so a visit's transfers are worked out once per version:
 * opening a visit of a crowded week needs those of every visit around it, each time.
 */
const worked = new WeakMap<Pick<Visit, 'id' | 'guests'>, readonly Transfer[]>();

/**
 * The visit's transfers, arrivals first, each by time. Guests without a journey date have none. The
 * list is shared between callers: read it, do not change it.
 */
export function visitTransfers(visit: Pick<Visit, 'id' | 'guests'>): readonly Transfer[] {
  let transfers = worked.get(visit);
  if (!transfers) {
    transfers = workOutTransfers(visit);
    worked.set(visit, transfers);
  }
  return transfers;
}

function workOutTransfers(visit: Pick<Visit, 'id' | 'guests'>): Transfer[] {
  const transfers: Transfer[] = [];
  for (const direction of DIRECTIONS) {
    const groups = new Map<string, { leg: TravelLeg; guests: Guest[] }>();
    for (const guest of visit.guests) {
      const leg = guest[direction];
      if (!leg.date) continue;
      const key = journeyKey(leg);
      const group = groups.get(key);
      if (group) group.guests.push(guest);
      else groups.set(key, { leg, guests: [guest] });
    }
    for (const [key, { leg, guests }] of groups) {
      transfers.push({
        // The visit is part of the key: two delegations on one flight are two transfers, two calendar entries.
        id: `tr-${direction.slice(0, 3)}-${hashKey(`${visit.id}|${key}`)}`,
        visitId: visit.id,
        direction,
        mode: leg.mode,
        number: leg.flight,
        place: leg.airport,
        terminal: leg.terminal,
        date: leg.date,
        time: leg.time,
        guestIds: guests.map((g) => g.id),
        vehicle: leg.pickup.vehicle,
        driver: leg.pickup.driver,
        escort: leg.pickup.escort,
        leaveAt: leg.pickup.leaveAt,
        ...transferSpan(direction, leg),
      });
    }
  }
  return transfers.sort(
    (a, b) =>
      DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
      `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Whether the car leaves too late: at or after take-off for a departure, after landing for an arrival
 * (a car leaving as the plane lands still arrives after the guest).
 */
export function leavesAfterFlight(
  transfer: Pick<Transfer, 'direction' | 'date' | 'time' | 'leaveAt'>,
): boolean {
  if (transfer.time === '' || transfer.leaveAt === '' || transfer.date === '') return false;
  const leave = leaveMinutes({
    date: transfer.date,
    time: transfer.time,
    pickup: { leaveAt: transfer.leaveAt, vehicle: '', driver: '', escort: '' },
  });
  const flight = minutesOf(transfer.date, transfer.time);
  if (leave === null) return false;
  return transfer.direction === 'departure' ? leave >= flight : leave > flight;
}
