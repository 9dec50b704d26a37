import type { Hotel, Stay, StayData } from '../shared/accommodation';
import type { Visit } from '../shared/domain';
import { AppError, type FieldError } from '../shared/errors';
import type { ProgrammeItem, ProgrammeItemData } from '../shared/planning';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';
import { newId } from './ids';
import { outsideVisit, outsideVisitError } from './visit-dates';

/**
 * Edits of a visit's plan (stays, programme, rooms held) as pure functions: each takes the visit as it
 * stands and answers it changed, or throws what breaks a rule. The visit service applies them inside
 * the store's queue.
 */

/** An item keeps its translations and recorded language when saved from a form that leaves them out. */
export function itemWithTexts<T extends ProgrammeItemData | Omit<ProgrammeItemData, 'id'>>(
  item: T,
  previous: ProgrammeItem | undefined,
): T {
  const view = { ...item, hosts: item.hosts.join('\n') };
  const kept = keepTexts(view, previous, TRANSLATED_FIELDS.item);
  return { ...item, lang: kept.lang, ...(kept.translations ? { translations: kept.translations } : {}) };
}

/**
 * Adds a stay (no id), replaces the one with its id, or puts back one with an id no longer present
 * (the undo of a removal). Its guests and hotel must exist.
 */
export function withStay(visit: Visit, input: StayData, hotels: readonly Hotel[]): Visit {
  const errors: FieldError[] = [];
  if (!hotels.some((h) => h.id === input.hotelId))
    errors.push({ path: 'stay.hotelId', code: 'invalidChoice' });
  if (input.guestIds.some((id) => !visit.guests.some((g) => g.id === id))) {
    errors.push({ path: 'stay.guestIds', code: 'invalidChoice' });
  }
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
  const { id, ...data } = input;
  const stay: Stay = { ...data, guestIds: [...new Set(data.guestIds)], id: id ?? newId() };
  const exists = visit.stays.some((s) => s.id === stay.id);
  const stays = exists ? visit.stays.map((s) => (s.id === stay.id ? stay : s)) : [...visit.stays, stay];
  return { ...visit, stays };
}

export function withoutStay(visit: Visit, stayId: string): Visit {
  if (!visit.stays.some((s) => s.id === stayId)) throw new AppError('notFound', { id: stayId });
  return { ...visit, stays: visit.stays.filter((s) => s.id !== stayId) };
}

/**
 * Adds an item (no id), replaces the one with its id, or puts back one with an id no longer present
 * (the undo of a removal). It must start within the visit, and its guests must be the visit's.
 */
export function withItem(visit: Visit, input: ProgrammeItemData): Visit {
  const errors: FieldError[] = outsideVisit(input.startDate, visit)
    ? [outsideVisitError('item.startDate', visit)]
    : [];
  if (!input.allGuests && input.guestIds.some((id) => !visit.guests.some((g) => g.id === id))) {
    errors.push({ path: 'item.guestIds', code: 'invalidChoice' });
  }
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
  const { id, ...data } = input;
  const item: ProgrammeItem = {
    ...itemWithTexts(
      data,
      visit.programme.find((p) => p.id === id),
    ),
    guestIds: input.allGuests ? [] : [...new Set(data.guestIds)],
    hosts: [...new Set(data.hosts.map((h) => h.trim()))],
    id: id ?? newId(),
  };
  const exists = visit.programme.some((p) => p.id === item.id);
  const programme = exists
    ? visit.programme.map((p) => (p.id === item.id ? item : p))
    : [...visit.programme, item];
  programme.sort((a, b) => `${a.startDate} ${a.startTime}`.localeCompare(`${b.startDate} ${b.startTime}`));
  return { ...visit, programme };
}

export function withoutItem(visit: Visit, itemId: string): Visit {
  if (!visit.programme.some((p) => p.id === itemId)) throw new AppError('notFound', { id: itemId });
  return { ...visit, programme: visit.programme.filter((p) => p.id !== itemId) };
}

/** How many rooms a hotel holds for the visit; null takes the number away. */
export function withRoomBlock(visit: Visit, hotelId: string, rooms: number | null): Visit {
  const others = visit.roomBlocks.filter((b) => b.hotelId !== hotelId);
  return { ...visit, roomBlocks: rooms === null ? others : [...others, { hotelId, rooms }] };
}
