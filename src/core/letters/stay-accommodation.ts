import type { Hotel, Stay } from '../../shared/accommodation';
import { formatLetterDateRange } from '../../shared/dates';
import { LANGUAGES, type Language } from '../../shared/languages';
import { shownIn, textIn, TRANSLATED_FIELDS } from '../../shared/texts';

/**
 * The accommodation line a letter starts from: the stays booked for the guest, oldest first, each as
 * `Hotel, address (dates)` in the letter's language; stays in several hotels are joined by `; `.
 * A hotel's name is a proper name and prints as typed when it has no form in the language; an
 * address without one is left out rather than printed in another language. '' without stays.
 */
export function stayAccommodation(
  guestId: string,
  stays: readonly Stay[],
  hotels: readonly Hotel[],
  language: Language,
): string {
  const fields = TRANSLATED_FIELDS.hotel;
  return stays
    .filter((s) => s.guestIds.includes(guestId))
    .sort((a, b) => a.checkIn.localeCompare(b.checkIn))
    .flatMap((stay) => {
      const hotel = hotels.find((h) => h.id === stay.hotelId);
      if (!hotel) return [];
      const name = shownIn(hotel, 'name', language, fields).trim();
      const address = textIn(hotel, 'address', language, fields).trim();
      const dates = formatLetterDateRange(language, stay.checkIn, stay.checkOut);
      return [`${[name, address].filter(Boolean).join(', ')} (${dates})`];
    })
    .join('; ');
}

/** The same line in every language. */
export function stayAccommodationByLanguage(
  guestId: string,
  stays: readonly Stay[],
  hotels: readonly Hotel[],
): Record<Language, string> {
  const result = {} as Record<Language, string>;
  for (const language of LANGUAGES) result[language] = stayAccommodation(guestId, stays, hotels, language);
  return result;
}
