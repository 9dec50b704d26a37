import type { Hotel } from '../../shared/accommodation';
import { addDays } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { hostsIn, itemMissingTexts, itemTextIn } from '../../shared/planning';
import { missingTexts, textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import type { ProgrammeDay, ProgrammeHotel, ProgrammeLine, VisitProgramme } from '../../shared/print';
import { displayName } from '../../shared/guest-name';
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
      // What has no version in the language prints as typed; `visitProgramme` reports it as missing.
      title: itemTextIn(item, 'title', language) || item.title,
      itemType: item.type,
      venue: itemTextIn(item, 'venue', language) || item.venue,
      hosts: hostsIn(item, language).length > 0 ? hostsIn(item, language) : item.hosts,
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
      name: textIn(hotel, 'name', language, TRANSLATED_FIELDS.hotel) || hotel.name,
      address: textIn(hotel, 'address', language, TRANSLATED_FIELDS.hotel) || hotel.address,
      city: textIn(hotel, 'city', language, TRANSLATED_FIELDS.hotel) || hotel.city,
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
  const v = TRANSLATED_FIELDS.visit;
  const contactName = contact
    ? textIn(contact, 'name', language, TRANSLATED_FIELDS.contact) || contact.name
    : '';
  return {
    language,
    visit: {
      id: visit.id,
      title: textIn(visit, 'title', language, v) || visit.title,
      partnerName: textIn(visit, 'partnerName', language, v) || visit.partnerName,
      purpose: textIn(visit, 'purpose', language, v) || visit.purpose,
      arrivalDate: visit.arrivalDate,
      departureDate: visit.departureDate,
    },
    guests: namer(visit, language)(visit.guests.map((g) => g.id)),
    days,
    hotels: hotelsOf(visit, hotelList, language),
    officer: {
      name: textIn(visit, 'responsibleOfficer', language, v) || visit.responsibleOfficer || contactName,
      phone: contact?.phone || institution?.phone || '',
      email: contact?.email || institution?.email || '',
    },
    missingTexts: programmeMissingTexts(visit, hotelList, institution, language),
  };
}

/** Every text the programme prints that has no version in `language`, each once. */
function programmeMissingTexts(
  visit: Visit,
  hotelList: readonly Hotel[],
  institution: Institution | null,
  language: Language,
): MissingText[] {
  const usedHotels = new Set(visit.stays.map((s) => s.hotelId));
  const contact = institution?.verificationContact;
  return [
    // The responsible officer prints as the guests' contact; without one, the office's contact does.
    ...missingTexts('visit', visit, TRANSLATED_FIELDS.visit, language, { id: visit.id }, [
      'title',
      'partnerName',
      'responsibleOfficer',
    ]),
    ...visit.programme.flatMap((item) => itemMissingTexts(item, language, visit.id)),
    ...hotelList
      .filter((h) => usedHotels.has(h.id))
      .flatMap((h) => missingTexts('hotel', h, TRANSLATED_FIELDS.hotel, language, { id: h.id })),
    ...(contact && !visit.responsibleOfficer
      ? missingTexts('contact', contact, TRANSLATED_FIELDS.contact, language, { id: 'institution' })
      : []),
  ];
}
