import { isIsoDate } from '../shared/dates';
import type { Guest, Visit } from '../shared/domain';
import { AppError, type FieldError } from '../shared/errors';
import type { LetterKind } from '../shared/letters';
import { checkVisaInvitation } from './letters';
import { missingMemberFields } from './letters/check';
import { cleanLine } from './letters/sanitize';

/**
 * Why a letter is refused before a number is taken, in the terms the UI points at: the fields the
 * officer must fill (`letterIncomplete`); the texts not yet written in the letter's language are
 * refused as every document refuses them (`textsMissing` in shared/texts-missing.ts).
 */

/**
 * Fields of the guest (or visit) a letter of this kind cannot go without, as the guest form names
 * them (`passport.number`, `visit.purpose`). The same rules the engine refuses by, checked before a
 * number is taken so that a refused letter never uses one up.
 */
export function missingGuestFields(
  kind: LetterKind,
  guest: Guest,
  visit: Visit,
  members: readonly Guest[] = [],
): string[] {
  if (kind === 'visaInvitation') {
    // Members of a group letter are named by id: the officer has to know whose passport to look at.
    const others = members.flatMap((m) => missingMemberFields(m).map((field) => `guests.${m.id}.${field}`));
    return [...checkVisaInvitation(guest, visit).missing, ...others];
  }
  return [
    ...(cleanLine(guest.surname) === '' ? ['surname'] : []),
    // The greeting and the addressee block name Mr or Ms: a Russian letter has no form without gender.
    ...(guest.gender === '' ? ['gender'] : []),
    ...(isIsoDate(visit.arrivalDate) ? [] : ['visit.arrivalDate']),
    ...(isIsoDate(visit.departureDate) ? [] : ['visit.departureDate']),
  ];
}

/** Where a field the engine names lives in the call or in the data, for the UI to point at. */
function fieldPath(field: string): string {
  if (field.startsWith('visit.') || field.startsWith('guests.') || field.startsWith('delegation.'))
    return field;
  if (field.startsWith('verificationContact.')) return `institution.${field}`;
  if (field === 'cities' || field === 'accommodation') return `request.options.${field}`;
  if (field === 'number' || field === 'issueDate') return field;
  return `guest.${field}`;
}

/** The letter lacks these fields (as the engine or `missingGuestFields` names them), each named once. */
export function incomplete(fields: readonly string[]): AppError {
  const unique = [...new Set(fields.map(fieldPath))];
  return new AppError(
    'letterIncomplete',
    undefined,
    unique.map((path): FieldError => ({ path, code: 'required' })),
  );
}
