import type { Hotel } from '../../shared/accommodation';
import { addDays } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import { displayName } from '../../shared/guest-name';
import type { Language } from '../../shared/languages';
import {
  minutesOf,
  titleIn,
  type CalendarEntry,
  type CalendarRange,
  type DaySchedule,
  type HotelMove,
  type ScheduleRow,
  type Transfer,
} from '../../shared/planning';
import { activeVisitsBetween, findConflicts } from './conflicts';
import { visitTransfers } from './transfers';
import { journeyPlace } from '../print/say';

function namesOf(visit: Visit, ids: readonly string[], language: Language): string[] {
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  return ids.flatMap((id) => {
    const guest = byId.get(id);
    return guest ? [displayName(guest, language)] : [];
  });
}

const spanOverlaps = (
  startDate: string,
  startTime: string,
  endDate: string,
  endTime: string,
  from: number,
  to: number,
) => minutesOf(startDate, startTime || '00:00') < to && minutesOf(endDate, endTime || '24:00') > from;

/** Hotel nights: one whole-day entry per hotel booking (same hotel and dates), over the nights slept. */
function hotelNights(visit: Visit, hotels: ReadonlyMap<string, Hotel>, language: Language): CalendarEntry[] {
  const groups = new Map<
    string,
    { hotelId: string; checkIn: string; checkOut: string; guestIds: Set<string> }
  >();
  for (const stay of visit.stays) {
    const key = `${stay.hotelId}|${stay.checkIn}|${stay.checkOut}`;
    const group = groups.get(key) ?? {
      hotelId: stay.hotelId,
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      guestIds: new Set(),
    };
    stay.guestIds.forEach((id) => group.guestIds.add(id));
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    id: `hn-${visit.id}-${g.hotelId}-${g.checkIn}-${g.checkOut}`,
    kind: 'hotelNight',
    visitId: visit.id,
    colour: visit.colour,
    title: hotels.get(g.hotelId)?.name ?? '?',
    allDay: true,
    startDate: g.checkIn,
    startTime: '',
    endDate: addDays(g.checkOut, -1),
    endTime: '',
    guests: namesOf(visit, [...g.guestIds], language),
    venue: '',
    conflict: false,
    editable: false,
  }));
}

function transferEntry(visit: Visit, t: Transfer, language: Language): CalendarEntry {
  return {
    id: t.id,
    kind: 'transfer',
    visitId: visit.id,
    colour: visit.colour,
    title: t.number,
    allDay: t.time === '',
    startDate: t.startDate,
    startTime: t.startTime,
    endDate: t.endDate,
    endTime: t.endTime,
    direction: t.direction,
    guests: namesOf(visit, t.guestIds, language),
    venue: journeyPlace(language, t.place, t.terminal, t.mode),
    conflict: false,
    editable: false,
  };
}

/** What the calendar shows between two dates (`to` exclusive), with the conflicts of those days. */
export function calendarRange(
  visits: Iterable<Visit>,
  hotelList: readonly Hotel[],
  query: { from: string; to: string; visitIds: string[] },
  language: Language,
): CalendarRange {
  const all = [...visits];
  const chosen = new Set(query.visitIds);
  const shown = activeVisitsBetween(all, query.from, query.to).filter(
    (v) => chosen.size === 0 || chosen.has(v.id),
  );
  const conflicts = findConflicts(all, query.from, query.to).filter(
    (c) =>
      chosen.size === 0 ||
      chosen.has(c.entry.visitId) ||
      (c.other !== undefined && chosen.has(c.other.visitId)),
  );
  const inConflict = new Set(conflicts.flatMap((c) => [c.entry.entryId, c.other?.entryId ?? '']));
  const hotels = new Map(hotelList.map((h) => [h.id, h]));
  const from = minutesOf(query.from, '00:00');
  const to = minutesOf(query.to, '00:00');
  const entries: CalendarEntry[] = [];
  for (const visit of shown) {
    for (const item of visit.programme) {
      if (!spanOverlaps(item.startDate, item.startTime, item.endDate, item.endTime, from, to)) continue;
      entries.push({
        id: item.id,
        kind: 'item',
        visitId: visit.id,
        colour: visit.colour,
        title: titleIn(item, language),
        allDay: false,
        startDate: item.startDate,
        startTime: item.startTime,
        endDate: item.endDate,
        endTime: item.endTime,
        itemType: item.type,
        guests: item.allGuests ? [] : namesOf(visit, item.guestIds, language),
        venue: item.venue,
        conflict: inConflict.has(item.id),
        editable: true,
      });
    }
    for (const t of visitTransfers(visit)) {
      const entry = transferEntry(visit, t, language);
      if (spanOverlaps(entry.startDate, entry.startTime, entry.endDate, entry.endTime, from, to)) {
        entries.push({ ...entry, conflict: inConflict.has(t.id) });
      }
    }
    for (const night of hotelNights(visit, hotels, language)) {
      if (night.startDate < query.to && night.endDate >= query.from) entries.push(night);
    }
  }
  return {
    visits: shown.map((v) => ({ id: v.id, title: v.title, colour: v.colour })),
    entries,
    conflicts,
  };
}

/** Everything that happens on one day across all visits: the model of the Today view and the printed schedule. */
export function daySchedule(
  visits: Iterable<Visit>,
  hotelList: readonly Hotel[],
  date: string,
  language: Language,
): DaySchedule {
  const all = [...visits];
  const next = addDays(date, 1);
  const from = minutesOf(date, '00:00');
  const to = minutesOf(next, '00:00');
  const hotels = new Map(hotelList.map((h) => [h.id, h]));
  const conflicts = findConflicts(all, date, next);
  const inConflict = new Set(conflicts.flatMap((c) => [c.entry.entryId, c.other?.entryId ?? '']));
  const rows: ScheduleRow[] = [];
  const arrivals: Transfer[] = [];
  const departures: Transfer[] = [];
  const checkIns: HotelMove[] = [];
  const checkOuts: HotelMove[] = [];
  const guestNames: Record<string, string> = {};
  const present = activeVisitsBetween(all, date, next);
  const visitsOfDay: DaySchedule['visits'] = [];
  for (const visit of present) {
    const startsBefore = (d: string, t: string) => minutesOf(d, t) < from;
    const endsAfter = (d: string, t: string) => minutesOf(d, t) > to;
    for (const item of visit.programme) {
      if (!spanOverlaps(item.startDate, item.startTime, item.endDate, item.endTime, from, to)) continue;
      rows.push({
        id: item.id,
        kind: 'item',
        visitId: visit.id,
        itemType: item.type,
        title: titleIn(item, language),
        startDate: item.startDate,
        startTime: item.startTime,
        endDate: item.endDate,
        endTime: item.endTime,
        venue: item.venue,
        guests: item.allGuests ? [] : namesOf(visit, item.guestIds, language),
        allGuests: item.allGuests,
        hosts: item.hosts,
        staff: item.staff,
        vehicle: item.vehicle,
        notes: item.notes,
        continuesFromPreviousDay: startsBefore(item.startDate, item.startTime),
        continuesToNextDay: endsAfter(item.endDate, item.endTime),
        conflict: inConflict.has(item.id),
      });
    }
    for (const t of visitTransfers(visit)) {
      if (t.date === date) (t.direction === 'arrival' ? arrivals : departures).push(t);
      if (!t.time || !spanOverlaps(t.startDate, t.startTime, t.endDate, t.endTime, from, to)) continue;
      rows.push({
        id: t.id,
        kind: 'transfer',
        visitId: visit.id,
        itemType: 'transfer',
        // `TK 334 · GYD, terminal 1`: the number, then where the car meets it.
        title: [t.number, journeyPlace(language, t.place, t.terminal, t.mode)].filter(Boolean).join(' · '),
        startDate: t.startDate,
        startTime: t.startTime,
        endDate: t.endDate,
        endTime: t.endTime,
        venue: t.place,
        guests: namesOf(visit, t.guestIds, language),
        allGuests: false,
        hosts: [],
        staff: t.escort,
        vehicle: t.vehicle,
        notes: '',
        transfer: t,
        continuesFromPreviousDay: startsBefore(t.startDate, t.startTime),
        continuesToNextDay: endsAfter(t.endDate, t.endTime),
        conflict: inConflict.has(t.id),
      });
    }
    for (const stay of visit.stays) {
      const move = {
        visitId: visit.id,
        hotel: hotels.get(stay.hotelId)?.name ?? '?',
        roomNumber: stay.roomNumber,
        guests: namesOf(visit, stay.guestIds, language),
      };
      if (stay.checkIn === date) checkIns.push(move);
      if (stay.checkOut === date) checkOuts.push(move);
    }
    for (const guest of visit.guests) guestNames[`${visit.id}:${guest.id}`] = displayName(guest, language);
    visitsOfDay.push({
      id: visit.id,
      title: visit.title,
      colour: visit.colour,
      partnerName: visit.partnerName,
      responsibleOfficer: visit.responsibleOfficer,
    });
  }
  const byStart = (a: { startDate: string; startTime: string; visitId: string }, b: typeof a) =>
    `${a.startDate} ${a.startTime}`.localeCompare(`${b.startDate} ${b.startTime}`) ||
    a.visitId.localeCompare(b.visitId);
  const byTime = (a: Transfer, b: Transfer) =>
    a.time.localeCompare(b.time) || a.visitId.localeCompare(b.visitId);
  visitsOfDay.sort((a, b) => a.title.localeCompare(b.title));
  // Hotel moves by hotel, then in the order the visits are listed: a driver doing the rounds reads one hotel at a time.
  const visitOrder = new Map(visitsOfDay.map((v, i) => [v.id, i]));
  const byHotel = (a: HotelMove, b: HotelMove) =>
    a.hotel.localeCompare(b.hotel) || (visitOrder.get(a.visitId) ?? 0) - (visitOrder.get(b.visitId) ?? 0);
  return {
    date,
    language,
    visits: visitsOfDay,
    arrivals: arrivals.sort(byTime),
    departures: departures.sort(byTime),
    rows: rows.sort(byStart),
    checkIns: checkIns.sort(byHotel),
    checkOuts: checkOuts.sort(byHotel),
    conflicts,
    guestNames,
  };
}
