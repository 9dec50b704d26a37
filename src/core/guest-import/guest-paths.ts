import { emptyLeg, type GuestData, type Visit } from '../../shared/domain';
import type { ImportField } from '../../shared/guest-import';

/** Where each import field sits in a guest (the path the guest form and its errors use). */
export const PATHS: Record<ImportField, string> = {
  surname: 'surname',
  givenNames: 'givenNames',
  fullName: 'surname',
  nameCyrillic: 'nameCyrillic',
  nameAz: 'nameAz',
  role: 'role',
  honorific: 'honorific',
  gender: 'gender',
  dateOfBirth: 'dateOfBirth',
  placeOfBirth: 'placeOfBirth',
  citizenship: 'citizenship',
  passportNumber: 'passport.number',
  issuingCountry: 'passport.issuingCountry',
  issueDate: 'passport.issueDate',
  expiryDate: 'passport.expiryDate',
  position: 'position',
  organisation: 'organisation',
  email: 'email',
  phone: 'phone',
  homeAddress: 'homeAddress',
  dietaryNeeds: 'dietaryNeeds',
  accessNeeds: 'accessNeeds',
  arrivalDate: 'arrival.date',
  arrivalFlight: 'arrival.flight',
  departureDate: 'departure.date',
  departureFlight: 'departure.flight',
};
/** The field at each path; the surname's path is the surname's, not the full name's. */
export const FIELD_OF_PATH = new Map<string, ImportField>(
  (Object.entries(PATHS) as [ImportField, string][])
    .filter(([f]) => f !== 'fullName')
    .map(([f, p]) => [p, f]),
);

/** The guest a row starts from: a member with nothing filled in, travelling on the visit's own dates. */
export function newGuest(visit: Visit): GuestData {
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
    arrival: { ...emptyLeg, pickup: { ...emptyLeg.pickup }, date: visit.arrivalDate },
    departure: { ...emptyLeg, pickup: { ...emptyLeg.pickup }, date: visit.departureDate },
  };
}

/** Sets a guest's field by its path (`passport.number`); a copy of the nested part is made. */
export function setPath(guest: GuestData, path: string, value: string): GuestData {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) return { ...guest, [head]: value };
  if (head === 'passport') return { ...guest, passport: { ...guest.passport, [tail]: value } };
  if (head === 'arrival' || head === 'departure')
    return { ...guest, [head]: { ...guest[head], [tail]: value } };
  return guest;
}

/** A guest's field by its path, or '' when it holds no text. */
export function getPath(guest: GuestData, path: string): string {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const record = guest as unknown as Record<string, unknown>;
  const part = record[head];
  if (tail === undefined) return typeof part === 'string' ? part : '';
  if (typeof part !== 'object' || part === null) return '';
  const inner = (part as Record<string, unknown>)[tail];
  return typeof inner === 'string' ? inner : '';
}
