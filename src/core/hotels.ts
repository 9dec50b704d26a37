import { hotelInputSchema, type Hotel, type HotelData } from '../shared/accommodation';
import { formChanges } from './form-changes';
import { AppError } from '../shared/errors';
import type { Store } from './store/store';
import { newId } from './ids';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';

/** The directory, by name. */
export function listHotels(store: Store): Hotel[] {
  return [...store.sharedDoc.hotels].sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a hotel (no id) or replaces the one with its id. */
export async function saveHotel(
  store: Store,
  typed: HotelData,
  id: string | undefined,
  opened: Readonly<Record<string, unknown>> | undefined,
  now: () => Date,
): Promise<Hotel> {
  return store.updateShared((doc) => {
    if (id !== undefined && !doc.hotels.some((h) => h.id === id)) throw new AppError('notFound', { id });
    const previous = id === undefined ? undefined : doc.hotels.find((h) => h.id === id);
    const hotel = formChanges(hotelInputSchema, typed, opened, previous, 'hotel');
    const saved: Hotel = {
      ...keepTexts(hotel, previous, TRANSLATED_FIELDS.hotel),
      id: id ?? newId(),
      ...store.signing.stamp(now()),
    };
    const hotels =
      id === undefined ? [...doc.hotels, saved] : doc.hotels.map((h) => (h.id === id ? saved : h));
    return { doc: { ...doc, hotels }, result: saved };
  });
}

/** Refuses to delete a hotel a stay still uses: the stay would lose its address and the officer the booking. */
export async function deleteHotel(store: Store, id: string): Promise<{ id: string }> {
  return store.updateShared((doc) => {
    const hotel = doc.hotels.find((h) => h.id === id);
    if (!hotel) throw new AppError('notFound', { id });
    const user = store.listVisits().find((v) => v.stays.some((s) => s.hotelId === id));
    if (user) throw new AppError('hotelInUse', { hotel: hotel.name, visit: user.title });
    return { doc: { ...doc, hotels: doc.hotels.filter((h) => h.id !== id) }, result: { id } };
  });
}
