import type { IsoDate } from './dates';
import type { Language } from './languages';
import type { ExportedFile, ProgrammeDay } from './print';
import type { MissingText } from './texts';

/**
 * One guest's own programme, in one language: only the items they attend and their own journeys,
 * the rooms booked for them, and whom to call. Built by the core from the guest's view of the visit,
 * so that no other guest's item, flight, room or name is ever in it.
 */

/** A night's booking of the guest: the hotel in the itinerary's language, the room and the confirmation. */
export interface ItineraryStay {
  hotel: string;
  address: string;
  city: string;
  phone: string;
  checkIn: IsoDate;
  checkOut: IsoDate;
  room: string;
  confirmation: string;
}

export interface GuestItinerary {
  language: Language;
  visit: {
    id: string;
    title: string;
    partnerName: string;
    arrivalDate: IsoDate;
    departureDate: IsoDate;
  };
  guest: {
    id: string;
    /** As in the passport (or the guest's own spelling in the itinerary's script), never case-mapped. */
    name: string;
    position: string;
    organisation: string;
  };
  days: ProgrammeDay[];
  stays: ItineraryStay[];
  /** The host's contact for emergencies: the visit's officer with the office's telephone and e-mail. */
  contact: { name: string; phone: string; email: string };
  /** Texts it would print that have no version in `language`: asked for before it is made. */
  missingTexts: MissingText[];
}

/** An itinerary's file, named for the guest it belongs to. */
export interface ItineraryFile extends ExportedFile {
  guestId: string;
}

/** At most this many guests' itineraries are asked for in one call; the dialog asks chunk by chunk. */
export const ITINERARY_CHUNK = 20;
