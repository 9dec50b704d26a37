import type { GuestData, VisitData } from '../shared/domain';
import type { FieldError } from '../shared/errors';

/** The one rule for what falls within a visit: a date from its arrival to its departure, both counted. */

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
