import type { Language } from '../../../shared/languages';
import { initialLanguage } from '../texts/translation-values';
import { emptyLeg, type Guest, type GuestData, type TravelLeg, type Visit } from '../../../shared/domain';

/** What the form holds: every field of a guest, always a string, so nothing typed is ever dropped. */
export type GuestValues = GuestData;

export const GUEST_TABS = ['identity', 'passport', 'travel', 'contacts'] as const;
export type GuestTab = (typeof GUEST_TABS)[number];

const newLeg = (date: string): TravelLeg => ({ ...emptyLeg, pickup: { ...emptyLeg.pickup }, date });

/** A new guest travels with the delegation unless told otherwise, so the visit's dates come first. */
export function newGuestValues(visit: Pick<Visit, 'arrivalDate' | 'departureDate'>): GuestValues {
  return {
    role: 'member',
    category: 'delegationMember',
    honorific: 'none',
    gender: '',
    surname: '',
    givenNames: '',
    nameAz: '',
    nameCyrillic: '',
    position: '',
    organisation: '',
    citizenship: '',
    dateOfBirth: '',
    placeOfBirth: '',
    homeAddress: '',
    passport: { number: '', issuingCountry: '', issueDate: '', expiryDate: '' },
    email: '',
    phone: '',
    dietaryNeeds: '',
    accessNeeds: '',
    letterLanguage: '',
    arrival: newLeg(visit.arrivalDate),
    departure: newLeg(visit.departureDate),
  };
}

/**
 * A stored guest without its id: what `guests.add` and `guests.update` take. Its language and
 * translations stay in it, so the form sends them back whole.
 */
export function guestData(guest: Guest): GuestValues {
  const { id: _id, ...data } = guest;
  return data;
}

/** The form's first values: the language position and organisation are written in made explicit. */
export function withTextLanguage(values: GuestValues, ui: Language): GuestValues {
  const lang = initialLanguage(values.lang, [values.position, values.organisation], ui);
  return { ...values, lang, translations: values.translations ?? {} };
}

/** Which tab shows a field, by the field's path in the form (`passport.number`, `arrival.date`). */
export function tabOfField(path: string): GuestTab {
  const head = path.split('.')[0] ?? '';
  if (head === 'passport') return 'passport';
  if (head === 'arrival' || head === 'departure') return 'travel';
  if (['email', 'phone', 'homeAddress', 'dietaryNeeds', 'accessNeeds'].includes(head)) return 'contacts';
  return 'identity';
}

/** How many of the given error paths each tab holds. */
export function errorsByTab(paths: readonly string[]): Record<GuestTab, number> {
  const counts: Record<GuestTab, number> = { identity: 0, passport: 0, travel: 0, contacts: 0 };
  for (const path of paths) counts[tabOfField(path)] += 1;
  return counts;
}
