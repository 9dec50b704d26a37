import type { Hotel } from '../../shared/accommodation';
import { addDays } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { titleIn } from '../../shared/planning';
import type { ProgrammeDay, ProgrammeHotel, ProgrammeLine, VisitProgramme } from '../../shared/print';
import { displayName } from '../planning/calendar';
import { visitTransfers } from '../planning/transfers';

function namer(visit: Visit, language: Language): (ids: readonly string[]) => string[] {
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  return (ids) =>
    ids.flatMap((id) => {
      const guest = byId.get(id);
      return guest ? [displayName(guest, language)] : [];
    });
}

/** Everyone of the delegation named, or nobody: an item for all guests prints without a list. */
function guestsOf(
  ids: readonly string[],
  all: number,
  names: (ids: readonly string[]) => string[],
): string[] {
  return ids.length >= all ? [] : names(ids);
}

/** Programme items and journeys by the day they start on; a night item stays on its first day. */
function linesByDay(visit: Visit, language: Language): Map<string, ProgrammeLine[]> {
  const names = namer(visit, language);
  const all = visit.guests.length;
  const byDay = new Map<string, ProgrammeLine[]>();
  const add = (date: string, line: ProgrammeLine) => byDay.set(date, [...(byDay.get(date) ?? []), line]);
  for (const item of visit.programme) {
    add(item.startDate, {
      id: item.id,
      kind: 'item',
      startTime: item.startTime,
      endDate: item.endDate === item.startDate ? '' : item.endDate,
      endTime: item.endTime,
      title: titleIn(item, language),
      itemType: item.type,
      venue: item.venue,
      hosts: item.hosts,
      guests: item.allGuests ? [] : guestsOf(item.guestIds, all, names),
    });
  }
  for (const t of visitTransfers(visit)) {
    add(t.date, {
      id: t.id,
      kind: 'journey',
      // Guests read the time their plane lands or leaves; the car's time is shown beside it.
      startTime: t.time,
      endDate: '',
      endTime: '',
      title: t.number,
      itemType: 'transfer',
      venue: '',
      hosts: [],
      guests: guestsOf(t.guestIds, all, names),
      journey: {
        direction: t.direction,
        mode: t.mode,
        place: t.place,
        terminal: t.terminal,
        leaveAt: t.leaveAt,
      },
    });
  }
  return byDay;
}

/** Items in time order; an untimed journey opens its day, and on the same minute a journey goes first. */
function byTime(a: ProgrammeLine, b: ProgrammeLine): number {
  return a.startTime.localeCompare(b.startTime) || (a.kind === b.kind ? 0 : a.kind === 'journey' ? -1 : 1);
}

function hotelsOf(visit: Visit, hotelList: readonly Hotel[], language: Language): ProgrammeHotel[] {
  const names = namer(visit, language);
  const hotels = new Map(hotelList.map((h) => [h.id, h]));
  const groups = new Map<string, ProgrammeHotel & { ids: Set<string> }>();
  for (const stay of visit.stays) {
    const hotel = hotels.get(stay.hotelId);
    if (!hotel) continue;
    const key = `${stay.hotelId}|${stay.checkIn}|${stay.checkOut}`;
    const group = groups.get(key) ?? {
      name: hotel.name,
      address: hotel.address,
      city: hotel.city,
      phone: hotel.phone,
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      guests: [],
      ids: new Set<string>(),
    };
    stay.guestIds.forEach((id) => group.ids.add(id));
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.checkIn.localeCompare(b.checkIn) || a.name.localeCompare(b.name))
    .map(({ ids, ...hotel }) => ({ ...hotel, guests: guestsOf([...ids], visit.guests.length, names) }));
}

/**
 * The programme of one visit for its guests in `language`: every day from arrival to departure (and
 * any day outside them that has something on it), each with its items and journeys in time order.
 */
export function visitProgramme(
  visit: Visit,
  hotelList: readonly Hotel[],
  institution: Institution | null,
  language: Language,
): VisitProgramme {
  const byDay = linesByDay(visit, language);
  const dates = new Set<string>(byDay.keys());
  for (let d = visit.arrivalDate; d <= visit.departureDate; d = addDays(d, 1)) dates.add(d);
  const days: ProgrammeDay[] = [...dates]
    .sort()
    .map((date) => ({ date, lines: [...(byDay.get(date) ?? [])].sort(byTime) }));
  const contact = institution?.verificationContact;
  return {
    language,
    visit: {
      id: visit.id,
      title: visit.title,
      partnerName: visit.partnerName,
      purpose: visit.purpose,
      arrivalDate: visit.arrivalDate,
      departureDate: visit.departureDate,
    },
    guests: namer(visit, language)(visit.guests.map((g) => g.id)),
    days,
    hotels: hotelsOf(visit, hotelList, language),
    officer: {
      name: visit.responsibleOfficer || contact?.name || '',
      phone: contact?.phone || institution?.phone || '',
      email: contact?.email || institution?.email || '',
    },
  };
}
