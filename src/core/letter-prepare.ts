import type { ParsedInput } from '../shared/contract';
import type { Guest, Visit } from '../shared/domain';
import { AppError } from '../shared/errors';
import type { Institution } from '../shared/institution';
import type { LetterFile } from '../shared/letters';
import { textsMissing } from '../shared/texts-missing';
import { checkVisaInvitation, type InvitationInput } from './letters';
import { missingLetterInput } from './letters/common';
import { lettersTexts } from './letters/localize';
import { verifyTemplate } from './letters/template-zip';
import { incomplete, missingGuestFields } from './letter-refusals';
import { provisionalNumber } from './register';

export type LetterRequest = ParsedInput<'letters.issue'>['request'];

/** A letter checked and ready to be numbered and built. */
export interface PreparedLetter {
  institution: Institution;
  visit: Visit;
  guest: Guest;
  input: InvitationInput;
  warnings: LetterFile['warnings'];
}

/**
 * The other guests of the visit, in its order, when the letter is a group visa invitation; none
 * otherwise. Only the head's letter may carry the annex, and only with someone to list in it.
 */
function delegation(request: LetterRequest, visit: Visit, guest: Guest): Guest[] {
  if (!request.options.groupAnnex) return [];
  const others = visit.guests.filter((g) => g.id !== guest.id);
  if (request.kind !== 'visaInvitation' || guest.role !== 'head' || others.length === 0) {
    throw new AppError('validation', undefined, [
      { path: 'request.options.groupAnnex', code: 'invalidChoice' },
    ]);
  }
  return others;
}

/**
 * Everything a letter needs, checked: the signatory and every required field, the texts in the
 * letter's language, the office's template. Throws what the user must fix; after this, only a fault
 * can stop the letter.
 */
export function prepareLetter(
  institution: Institution,
  visit: Visit,
  guest: Guest,
  request: LetterRequest,
  issueDate: string,
): PreparedLetter {
  const signatory = institution.signatories.find((s) => s.id === request.signatoryId);
  if (!signatory)
    throw new AppError('validation', undefined, [{ path: 'request.signatoryId', code: 'invalidChoice' }]);
  // "You and the delegation under your leadership": an official invitation is for the head alone.
  if (request.kind === 'officialInvitation' && guest.role !== 'head') {
    throw new AppError('validation', undefined, [{ path: 'guest.role', code: 'headOnly' }]);
  }
  const members = delegation(request, visit, guest);
  // The letter reads every text in its own language; the checks below read what was typed.
  const texts = lettersTexts(request.language, visit, guest, institution);
  const memberTexts = members.map((m) => lettersTexts(request.language, visit, m, institution));
  const input: InvitationInput = {
    institution: texts.institution,
    signatory,
    language: request.language,
    number: provisionalNumber(institution.outgoingNumber, issueDate),
    issueDate,
    guest: texts.guest,
    visit: texts.visit,
    cities: request.options.cities,
    accommodation: request.options.accommodation,
    costs: request.options.costs,
    addressee: request.addressee,
    highlights: request.highlights,
    ...(request.kind === 'visaInvitation' && request.options.visa ? { visa: request.options.visa } : {}),
    ...(members.length > 0 ? { delegation: memberTexts.map((m) => m.guest) } : {}),
  };
  const missing = [
    ...missingGuestFields(request.kind, guest, visit, members),
    ...missingLetterInput({ ...input, institution }),
  ];
  if (missing.length > 0) throw incomplete(missing);
  // The visit's and the institution's texts are listed once, with the head's.
  const missingTexts = [
    ...texts.missing,
    ...memberTexts.flatMap((m) => m.missing.filter((t) => t.owner === 'guest')),
  ];
  if (missingTexts.length > 0) throw textsMissing(request.language, missingTexts);
  // A template that came in with an archive is checked before a number is taken, not after.
  const template = institution.letterheadTemplate;
  const problem = template ? verifyTemplate(Buffer.from(template.data, 'base64')) : null;
  if (problem) throw new AppError('templateInvalid', { reason: problem });
  const warnings = request.kind === 'visaInvitation' ? checkVisaInvitation(guest, visit).warnings : [];
  return { institution, visit, guest, input, warnings };
}
