import { addDays, dateOfDayNumber } from '../../shared/dates';
import { foldedName } from '../../shared/fold';
import { once } from '../../shared/once';
import type { Guest, Visit } from '../../shared/domain';
import { guestName } from '../../shared/guest-name';
import {
  minutesOf,
  type Conflict,
  type ConflictCode,
  type EntryRef,
  type ProgrammeItem,
  type Transfer,
} from '../../shared/planning';
import { leavesAfterFlight, visitTransfers } from './transfers';
import { guestStay } from '../visit-dates';

/**
 * Conflicts between entries of the programme, across all visits: the same guest, host, venue or
 * vehicle in two entries that overlap; an item outside the stay of a guest it includes; a car that
 * leaves after the flight. Entries overlap only if one starts before the other ends: an item ending
 * at 11:00 and another starting at 11:00 do not conflict.
 */

type Resource = 'guest' | 'host' | 'venue' | 'vehicle';
const OVERLAP_CODE: Record<Resource, ConflictCode> = {
  guest: 'guestOverlap',
  host: 'hostOverlap',
  venue: 'venueOverlap',
  vehicle: 'vehicleOverlap',
};

interface Occupation {
  ref: EntryRef;
  start: number;
  end: number;
  /**
   * Resource kind -> normalised key -> name as entered. Worked out the first time the entry meets
   * another one it may share something with: a visit's page looks at its own entries' neighbours only.
   */
  uses: () => Record<Resource, Map<string, string>>;
}

/**
 * Who a guest is across visits: the passport number where there is one, otherwise the name with the
 * date of birth; a guest with neither is known only within their visit. The issuing country is left
 * out: it is often missing from one of two records of the same person, and two people with the same
 * number from two countries in two places at once is the rarer mistake.
 */
function guestKey(visitId: string, guest: Guest): string {
  const passport = guest.passport.number.replace(/\s+/g, '').toUpperCase();
  if (passport) return `p:${passport}`;
  if (guest.dateOfBirth) return `n:${guestName(guest).toLowerCase()}:${guest.dateOfBirth}`;
  return `v:${visitId}:${guest.id}`;
}

const plate = (value: string) => value.replace(/[\s-]+/g, '').toUpperCase();

function uses(
  guests: Guest[],
  visitId: string,
  hosts: string[],
  venue: string,
  vehicle: string,
): Record<Resource, Map<string, string>> {
  const map = (pairs: [string, string][]) => new Map(pairs.filter(([key]) => key !== ''));
  return {
    guest: map(guests.map((g) => [guestKey(visitId, g), guestName(g)])),
    host: map(hosts.map((h) => [foldedName(h), h.trim()])),
    venue: map([[foldedName(venue), venue.trim()]]),
    vehicle: map([[plate(vehicle), vehicle.trim()]]),
  };
}

const itemRef = (visit: Visit, item: ProgrammeItem): EntryRef => ({
  visitId: visit.id,
  visitTitle: visit.title,
  entryId: item.id,
  title: item.title,
  startDate: item.startDate,
  startTime: item.startTime,
});

function transferTitle(t: Transfer): string {
  return [t.number, t.place].filter(Boolean).join(' ') || t.direction;
}

function occupations(visit: Visit, transfers: readonly Transfer[]): Occupation[] {
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((g): g is Guest => g !== undefined);
  const result: Occupation[] = [];
  for (const item of visit.programme) {
    result.push({
      ref: itemRef(visit, item),
      start: minutesOf(item.startDate, item.startTime),
      end: minutesOf(item.endDate, item.endTime),
      uses: once(() =>
        uses(
          item.allGuests ? visit.guests : pick(item.guestIds),
          visit.id,
          item.hosts,
          item.venue,
          item.vehicle,
        ),
      ),
    });
  }
  for (const t of transfers) {
    if (!t.time) continue;
    result.push({
      ref: {
        visitId: visit.id,
        visitTitle: visit.title,
        entryId: t.id,
        title: transferTitle(t),
        startDate: t.startDate,
        startTime: t.startTime,
      },
      start: minutesOf(t.startDate, t.startTime),
      end: minutesOf(t.endDate, t.endTime),
      uses: once(() => uses(pick(t.guestIds), visit.id, [], '', t.vehicle)),
    });
  }
  return result;
}

/** When a guest is in the city: from landing (or the start of the arrival day) to take-off (or the end of the departure day). */
function presence(
  guest: Guest,
  visit: Visit,
): { from: number; to: number; arrival: string; departure: string } {
  const { arrival, departure } = guestStay(guest, visit);
  return {
    from: minutesOf(arrival, guest.arrival.date && guest.arrival.time ? guest.arrival.time : '00:00'),
    to:
      guest.departure.date && guest.departure.time
        ? minutesOf(departure, guest.departure.time)
        : minutesOf(addDays(departure, 1), '00:00'),
    arrival,
    departure,
  };
}

function outsideStay(visit: Visit): Conflict[] {
  const conflicts: Conflict[] = [];
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  for (const item of visit.programme) {
    const start = minutesOf(item.startDate, item.startTime);
    const end = minutesOf(item.endDate, item.endTime);
    const guests = item.allGuests
      ? visit.guests
      : item.guestIds.map((id) => byId.get(id)).filter((g): g is Guest => !!g);
    for (const guest of guests) {
      const p = presence(guest, visit);
      if (start >= p.from && end <= p.to) continue;
      conflicts.push({
        id: `outsideGuestStay:${visit.id}:${item.id}:${guest.id}`,
        code: 'outsideGuestStay',
        entry: itemRef(visit, item),
        params: {
          name: guestName(guest),
          arrival: p.arrival,
          arrivalTime: guest.arrival.date ? guest.arrival.time : '',
          departure: p.departure,
          departureTime: guest.departure.date ? guest.departure.time : '',
        },
      });
    }
  }
  return conflicts;
}

function lateCars(visit: Visit, transfers: readonly Transfer[]): Conflict[] {
  return transfers.filter(leavesAfterFlight).map((t) => ({
    id: `transferAfterFlight:${visit.id}:${t.id}`,
    code: 'transferAfterFlight' as const,
    entry: {
      visitId: visit.id,
      visitTitle: visit.title,
      entryId: t.id,
      title: transferTitle(t),
      startDate: t.date,
      startTime: t.leaveAt,
    },
    params: { name: t.number, time: t.leaveAt, flightTime: t.time, direction: t.direction },
  }));
}

/** Overlaps between every pair of entries that share a resource. Sorted by start, a sweep finds them. */
const RESOURCES = ['guest', 'host', 'venue', 'vehicle'] as const;

/** Names of what two entries both use, or null: called for every overlapping pair, so it allocates only on a hit. */
function sharedNames(
  mine: ReadonlyMap<string, string>,
  theirs: ReadonlyMap<string, string>,
): string[] | null {
  if (mine.size === 0 || theirs.size === 0) return null;
  let shared: string[] | null = null;
  for (const [key, name] of mine) if (theirs.has(key)) (shared ??= []).push(name);
  return shared;
}

/** With `focus`, only the pairs with an entry of that visit: what its page shows. */
function overlaps(all: Occupation[], focus?: string): Conflict[] {
  const sorted = [...all].sort((a, b) => a.start - b.start || a.end - b.end);
  const conflicts: Conflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.start >= a.end) break;
      if (focus !== undefined && a.ref.visitId !== focus && b.ref.visitId !== focus) continue;
      for (const resource of RESOURCES) {
        const shared = sharedNames(a.uses()[resource], b.uses()[resource]);
        if (shared === null) continue;
        const [first, second] =
          `${a.ref.visitId}:${a.ref.entryId}` < `${b.ref.visitId}:${b.ref.entryId}` ? [a, b] : [b, a];
        conflicts.push({
          id: `${OVERLAP_CODE[resource]}:${first.ref.visitId}:${first.ref.entryId}:${second.ref.visitId}:${second.ref.entryId}`,
          code: OVERLAP_CODE[resource],
          entry: first.ref,
          other: second.ref,
          params: { name: shared.join(', ') },
        });
      }
    }
  }
  return conflicts;
}

type Spans = ReadonlyMap<string, { start: number; end: number }>;
const spanKey = (ref: EntryRef) => `${ref.visitId}\u0000${ref.entryId}`;
/** An entry still going on in the window (begun the day before, say) is shown there, so are its conflicts. */
const touches = (c: Conflict, from: number, to: number, spans: Spans) =>
  [c.entry, c.other].some((ref) => ref !== undefined && inWindow(ref, from, to, spans.get(spanKey(ref))));
const inWindow = (ref: EntryRef, from: number, to: number, span?: { start: number; end: number }) => {
  if (span) return span.start < to && span.end > from;
  if (!ref.startTime) return ref.startDate >= fromDate(from) && ref.startDate < fromDate(to);
  const at = minutesOf(ref.startDate, ref.startTime);
  return at >= from && at < to;
};
const fromDate = (minutes: number) => dateOfDayNumber(Math.floor(minutes / 1440));

/** Visits that take part in planning between two dates (`to` exclusive): cancelled ones hold nothing. */
export function activeVisitsBetween(visits: Iterable<Visit>, from: string, to: string): Visit[] {
  const result: Visit[] = [];
  for (const v of visits) {
    if (v.status !== 'cancelled' && v.arrivalDate < to && v.departureDate >= from) result.push(v);
  }
  return result;
}

/**
 * Every conflict with an entry starting between `from` and `to` (dates, `to` exclusive). Visits a day
 * either side are read too, so that an entry crossing midnight meets its neighbours. With `focus` (a
 * visit's id), only the conflicts that involve that visit are worked out: a crowded week holds
 * thousands between the other visits, which its page would throw away.
 */
export function findConflicts(visits: Iterable<Visit>, from: string, to: string, focus?: string): Conflict[] {
  const relevant = activeVisitsBetween(visits, addDays(from, -1), addDays(to, 1));
  const all: Occupation[] = [];
  const conflicts: Conflict[] = [];
  for (const visit of relevant) {
    const transfers = visitTransfers(visit);
    all.push(...occupations(visit, transfers));
    if (focus === undefined || visit.id === focus)
      conflicts.push(...outsideStay(visit), ...lateCars(visit, transfers));
  }
  conflicts.push(...overlaps(all, focus));
  const start = minutesOf(from, '00:00');
  const end = minutesOf(to, '00:00');
  const spans: Spans = new Map(all.map((o) => [spanKey(o.ref), { start: o.start, end: o.end }]));
  const when = (c: Conflict) => `${c.entry.startDate} ${c.entry.startTime}`;
  // ISO dates, times and ids compare as plain strings: no locale is involved.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return conflicts
    .filter((c) => touches(c, start, end, spans))
    .sort((a, b) => order(when(a), when(b)) || order(a.id, b.id));
}

/** The conflicts that concern one visit, over its whole stay. */
export function visitConflicts(visit: Visit, allVisits: Iterable<Visit>): Conflict[] {
  if (visit.status === 'cancelled') return [];
  const from = addDays(visit.arrivalDate, -1);
  const to = addDays(visit.departureDate, 2);
  // The visit as given (it may be newer than the one among all), and the others around its dates:
  // ten years hold thousands of visits, and this is asked each time a visit is opened.
  const around = [visit];
  for (const other of activeVisitsBetween(allVisits, addDays(from, -1), addDays(to, 1))) {
    if (other.id !== visit.id) around.push(other);
  }
  return findConflicts(around, from, to, visit.id);
}
