import type { GuestData } from '../../shared/domain';
import { dayNumber, isIsoDate } from '../../shared/dates';
import { guestStay, passportShortfall } from '../visit-dates';
import type { LetterVisit } from './types';

/** Fields a visa invitation cannot go without, named by their path in the guest (or visit) form, in form order. */
const VISA_REQUIRED_FIELDS = [
  'surname',
  'givenNames',
  'dateOfBirth',
  'gender',
  'citizenship',
  'passport.number',
  'passport.issuingCountry',
  'passport.issueDate',
  'passport.expiryDate',
  'position',
  'organisation',
  'arrival.date',
  'departure.date',
  'visit.purpose',
] as const;
export type VisaRequiredField = (typeof VISA_REQUIRED_FIELDS)[number];

export type VisaWarning = {
  code: 'passportExpiresSoon';
  /** The passport's expiry date and the date it must reach: three months after departure. */
  params: { expiryDate: string; requiredUntil: string };
};

export interface VisaCheck {
  missing: VisaRequiredField[];
  warnings: VisaWarning[];
}

/** The guest's stay: their own flights when known, else the visit's dates. */
export function stayDates(guest: GuestData, visit: LetterVisit): { from: string; to: string } {
  const { arrival, departure } = guestStay(guest, visit);
  return { from: arrival, to: departure };
}

/** A field, its value, and what makes it valid beyond being filled in. */
type Rule<F extends string> = readonly [field: F, value: string, valid?: (v: string) => boolean];

function missingOf<F extends string>(rules: readonly Rule<F>[]): F[] {
  return rules
    .filter(([, value, valid]) => value.trim() === '' || (valid !== undefined && !valid(value)))
    .map(([field]) => field);
}

/** What an embassy matches against the passport, for the invited guest and every member of an annex. */
function passportRules(guest: GuestData): Rule<VisaRequiredField & AnnexRequiredField>[] {
  return [
    ['surname', guest.surname],
    ['givenNames', guest.givenNames],
    ['dateOfBirth', guest.dateOfBirth, isIsoDate],
    ['gender', guest.gender],
    ['citizenship', guest.citizenship],
    ['passport.number', guest.passport.number],
    ['passport.expiryDate', guest.passport.expiryDate, isIsoDate],
    ['position', guest.position],
  ];
}

/**
 * What stands between a guest and a visa invitation. A missing field refuses the letter (an embassy
 * would refuse it too); a passport that expires within three months of departure only warns, since the
 * guest may renew it before applying.
 */
export function checkVisaInvitation(guest: GuestData, visit: LetterVisit): VisaCheck {
  const stay = stayDates(guest, visit);
  const missing = missingOf<VisaRequiredField>([
    ...passportRules(guest),
    ['passport.issuingCountry', guest.passport.issuingCountry],
    ['passport.issueDate', guest.passport.issueDate, isIsoDate],
    ['organisation', guest.organisation],
    ['arrival.date', stay.from, isIsoDate],
    ['departure.date', stay.to, isIsoDate],
    ['visit.purpose', visit.purpose],
  ]).sort((x, y) => VISA_REQUIRED_FIELDS.indexOf(x) - VISA_REQUIRED_FIELDS.indexOf(y));

  const warnings: VisaWarning[] = [];
  const short = passportShortfall(guest, visit);
  if (short) {
    warnings.push({
      code: 'passportExpiresSoon',
      params: { expiryDate: short.expiry, requiredUntil: short.needed },
    });
  }
  return { missing, warnings };
}

/** What the annex of a group letter prints for each member, named as the guest form names it. */
export type AnnexRequiredField =
  | 'surname'
  | 'givenNames'
  | 'dateOfBirth'
  | 'gender'
  | 'citizenship'
  | 'passport.number'
  | 'passport.expiryDate'
  | 'position';

/**
 * A member of a delegation listed in a group letter's annex: an embassy matches each row against a
 * passport, so every column the annex prints must be there.
 */
export function missingMemberFields(guest: GuestData): AnnexRequiredField[] {
  return missingOf<AnnexRequiredField>(passportRules(guest));
}

/**
 * Days a foreigner may stay without being registered at the place of stay: more than 15 days needs
 * registration with the State Migration Service (Migration Code art. 21, 15 days since the amendment of
 * 29 June 2018; 10 before). Citizens of Kazakhstan have 30 by treaty; the letter's promise to register
 * them anyway costs nothing, so one number serves.
 */
export const REGISTRATION_AFTER_DAYS = 15;

/**
 * The days of a stay counting the day of arrival and the day of departure: the reading that asks for
 * registration sooner, since a promise to register that was not needed does no harm and a missing one
 * does. 0 when either date is unknown.
 */
export function stayLength(from: string, to: string): number {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return 0;
  return dayNumber(to) - dayNumber(from) + 1;
}

/** Whether the host must register the guest (or any member of the group) at the place of stay. */
export function needsRegistration(stays: readonly { from: string; to: string }[]): boolean {
  return stays.some((s) => stayLength(s.from, s.to) > REGISTRATION_AFTER_DAYS);
}
