import { isIsoDate } from '../shared/dates';
import { passportValidUntilRequired, type GuestData, type VisitData } from '../shared/domain';
import type { FieldError } from '../shared/errors';

/**
 * The rules of a visit's dates, each written once: what falls within the visit (a date from its
 * arrival to its departure, both counted), a guest's own days in it, and the passport they must hold.
 */

type VisitDates = Pick<VisitData, 'arrivalDate' | 'departureDate'>;

/** Whether `date` (ISO) falls outside the visit's days. */
export function outsideVisit(date: string, visit: VisitDates): boolean {
  return date < visit.arrivalDate || date > visit.departureDate;
}

/** The refusal of a date outside the visit, at `path`, naming the visit's first and last days. */
export function outsideVisitError(path: string, visit: VisitDates): FieldError {
  return { path, code: 'outsideVisit', params: { from: visit.arrivalDate, to: visit.departureDate } };
}

/** The guest's own dates, where given, must fall within the visit's: one error per date that does not. */
export function guestDateErrors(
  guest: Pick<GuestData, 'arrival' | 'departure'>,
  visit: VisitDates,
  prefix: string,
): FieldError[] {
  return (['arrival', 'departure'] as const).flatMap((leg) => {
    const date = guest[leg].date;
    return date && outsideVisit(date, visit) ? [outsideVisitError(`${prefix}${leg}.date`, visit)] : [];
  });
}

/** A guest's days in the city: their own arrival and departure where given, else the visit's. */
export function guestStay(
  guest: Pick<GuestData, 'arrival' | 'departure'>,
  visit: VisitDates,
): { arrival: string; departure: string } {
  return {
    arrival: guest.arrival.date || visit.arrivalDate,
    departure: guest.departure.date || visit.departureDate,
  };
}

/**
 * A passport that runs out too soon: it must still be valid three months after the guest leaves
 * (`passportValidUntilRequired`). Null when it lasts long enough or either date is not known.
 */
export function passportShortfall(
  guest: Pick<GuestData, 'arrival' | 'departure' | 'passport'>,
  visit: VisitDates,
): { expiry: string; needed: string; departure: string } | null {
  const { departure } = guestStay(guest, visit);
  const expiry = guest.passport.expiryDate;
  if (!isIsoDate(departure) || !isIsoDate(expiry)) return null;
  const needed = passportValidUntilRequired(departure);
  return expiry < needed ? { expiry, needed, departure } : null;
}
