import type { Hotel } from '../../shared/accommodation';
import type { Guest, Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Institution } from '../../shared/institution';
import type { GuestItinerary, ItineraryStay } from '../../shared/itinerary';
import { isLanguage, type Language } from '../../shared/languages';
import type { ProgrammeDay } from '../../shared/print';
import { missingTexts, textIn, TRANSLATED_FIELDS } from '../../shared/texts';
import { displayName } from '../../shared/guest-name';
import { visitProgramme } from '../print/programme';

/** The language a guest's papers are in: the one chosen for their letters, else `fallback`. */
export function itineraryLanguage(guest: Pick<Guest, 'letterLanguage'>, fallback: Language): Language {
  return isLanguage(guest.letterLanguage) ? guest.letterLanguage : fallback;
}

/** Whether the guest takes part in an item: every guest for an item of the whole delegation. */
function attends(item: Visit['programme'][number], guestId: string): boolean {
  return item.allGuests || item.guestIds.includes(guestId);
}

/**
 * The visit as this guest sees it: they are its only guest, its items are those they attend, its
 * stays those they sleep in. Everything derived from it (journeys, hotels, names on lines) can then
 * hold nothing of anyone else.
 */
export function guestView(visit: Visit, guest: Guest): Visit {
  const only = [guest.id];
  return {
    ...visit,
    guests: [guest],
    programme: visit.programme.filter((i) => attends(i, guest.id)).map((i) => ({ ...i, guestIds: only })),
    stays: visit.stays.filter((s) => s.guestIds.includes(guest.id)).map((s) => ({ ...s, guestIds: only })),
  };
}

function staysOf(view: Visit, hotelList: readonly Hotel[], language: Language): ItineraryStay[] {
  const hotels = new Map(hotelList.map((h) => [h.id, h]));
  const fields = TRANSLATED_FIELDS.hotel;
  return view.stays
    .flatMap((stay) => {
      const hotel = hotels.get(stay.hotelId);
      if (!hotel) return [];
      return [
        {
          hotel: textIn(hotel, 'name', language, fields) || hotel.name,
          address: textIn(hotel, 'address', language, fields) || hotel.address,
          city: textIn(hotel, 'city', language, fields) || hotel.city,
          phone: hotel.phone,
          checkIn: stay.checkIn,
          checkOut: stay.checkOut,
          room: stay.roomNumber,
          confirmation: stay.confirmation,
        },
      ];
    })
    .sort((a, b) => a.checkIn.localeCompare(b.checkIn) || a.hotel.localeCompare(b.hotel));
}

/**
 * A day as the guest reads it: when the car leaves to meet a flight or train is the office's concern,
 * and would read as a time to be in a car; the car that takes them to their departure stays.
 */
function forTheGuest(day: ProgrammeDay): ProgrammeDay {
  return {
    ...day,
    lines: day.lines.map((l) =>
      l.journey?.direction === 'arrival' && l.journey.leaveAt
        ? { ...l, journey: { ...l.journey, leaveAt: '' } }
        : l,
    ),
  };
}

/** One guest's itinerary in `language` (`notFound` for a guest not on the visit). */
export function guestItinerary(
  visit: Visit,
  guestId: string,
  hotelList: readonly Hotel[],
  institution: Institution | null,
  language: Language,
): GuestItinerary {
  const guest = visit.guests.find((g) => g.id === guestId);
  if (!guest) throw new AppError('notFound');
  const view = guestView(visit, guest);
  const programme = visitProgramme(view, hotelList, institution, language);
  const fields = TRANSLATED_FIELDS.guest;
  return {
    language,
    visit: {
      id: visit.id,
      title: programme.visit.title,
      partnerName: programme.visit.partnerName,
      arrivalDate: visit.arrivalDate,
      departureDate: visit.departureDate,
    },
    guest: {
      id: guest.id,
      name: displayName(guest, language),
      position: textIn(guest, 'position', language, fields) || guest.position,
      organisation: textIn(guest, 'organisation', language, fields) || guest.organisation,
    },
    days: programme.days.map(forTheGuest),
    stays: staysOf(view, hotelList, language),
    contact: programme.officer,
    missingTexts: [
      ...missingTexts('guest', guest, fields, language, { id: guest.id, visitId: visit.id }),
      ...programme.missingTexts,
    ],
  };
}
