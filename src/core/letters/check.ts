import { passportValidUntilRequired, type GuestData } from '../../shared/domain';
import { isIsoDate } from '../../shared/dates';
import type { LetterVisit } from './types';

/** Fields a visa invitation cannot go without, named by their path in the guest (or visit) form. */
export type VisaRequiredField =
  | 'surname'
  | 'givenNames'
  | 'dateOfBirth'
  | 'gender'
  | 'citizenship'
  | 'passport.number'
  | 'passport.issuingCountry'
  | 'passport.issueDate'
  | 'passport.expiryDate'
  | 'position'
  | 'organisation'
  | 'arrival.date'
  | 'departure.date'
  | 'visit.purpose';

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
  return { from: guest.arrival.date || visit.arrivalDate, to: guest.departure.date || visit.departureDate };
}

/**
 * What stands between a guest and a visa invitation. A missing field refuses the letter (an embassy
 * would refuse it too); a passport that expires within three months of departure only warns, since the
 * guest may renew it before applying.
 */
export function checkVisaInvitation(guest: GuestData, visit: LetterVisit): VisaCheck {
  const missing: VisaRequiredField[] = [];
  const need = (field: VisaRequiredField, value: string, valid: (v: string) => boolean = () => true) => {
    if (value.trim() === '' || !valid(value)) missing.push(field);
  };
  need('surname', guest.surname);
  need('givenNames', guest.givenNames);
  need('dateOfBirth', guest.dateOfBirth, isIsoDate);
  need('gender', guest.gender);
  need('citizenship', guest.citizenship);
  need('passport.number', guest.passport.number);
  need('passport.issuingCountry', guest.passport.issuingCountry);
  need('passport.issueDate', guest.passport.issueDate, isIsoDate);
  need('passport.expiryDate', guest.passport.expiryDate, isIsoDate);
  need('position', guest.position);
  need('organisation', guest.organisation);
  const stay = stayDates(guest, visit);
  need('arrival.date', stay.from, isIsoDate);
  need('departure.date', stay.to, isIsoDate);
  need('visit.purpose', visit.purpose);

  const warnings: VisaWarning[] = [];
  if (isIsoDate(stay.to) && isIsoDate(guest.passport.expiryDate)) {
    const requiredUntil = passportValidUntilRequired(stay.to);
    if (guest.passport.expiryDate < requiredUntil) {
      warnings.push({
        code: 'passportExpiresSoon',
        params: { expiryDate: guest.passport.expiryDate, requiredUntil },
      });
    }
  }
  return { missing, warnings };
}
