import { patchDocument, PatchType, type IPatch } from 'docx';
import { countryName } from '../../shared/countries';
import { formatDateNumeric, formatLetterDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { displayName } from '../../shared/guest-name';
import type { LetterKind } from '../../shared/letters';
import type { TemplatePlaceholder } from '../../shared/template-placeholders';
import { addresseeLines } from './address';
import { stayDates } from './check';
import { contactOf, costSentences, dateRange } from './common';
import { revisionMark, runs } from './layout';
import { passportName, salutation } from './names';
import { officialContent, requireOfficialInput } from './official-invitation';
import { letterPhrases } from './phrases';
import { cleanLine } from './sanitize';
import { templatePlaceholders, verifyTemplate } from './template-zip';
import type { InvitationInput } from './types';
import { requireVisaInput, visaAddressee, visaContent } from './visa-invitation';

/** The contact an embassy may call, as one line: `Aysel Məmmədova, +994 12 000 00 00, a@example.az`. */
function contactLine(input: InvitationInput): string {
  const contact = contactOf(input);
  return [contact.name, contact.phone, contact.email]
    .map(cleanLine)
    .filter((p) => p !== '')
    .join(', ');
}

/**
 * The official letter's addressee block, one line each, as the standard letter prints it ("Ректору
 * Анкарского университета" / "профессору И. Х. Шахиноглу"); the name alone where the gender that
 * every form needs is not known (the letter itself is refused then).
 */
function officialAddressee(input: InvitationInput): string {
  const { language, guest } = input;
  if (guest.gender === '') return cleanLine(displayName(guest, language));
  return addresseeLines(language, guest, { position: guest.position, organisation: guest.organisation })
    .map((line) => line.text)
    .join('\n');
}

/** The text of every placeholder but `body`, in the letter's language, as the standard letter prints it. */
export function placeholderTexts(
  kind: LetterKind,
  input: InvitationInput,
): Record<Exclude<TemplatePlaceholder, 'body'>, string> {
  const { language, guest, visit } = input;
  const stay = stayDates(guest, visit);
  return {
    number: cleanLine(input.number),
    revision: revisionMark(language, input.revision),
    institution_city: cleanLine(input.institution.city[language]),
    date: formatLetterDate(language, input.issueDate),
    addressee: kind === 'visaInvitation' ? visaAddressee(input) : officialAddressee(input),
    guest_full_name: passportName(language, guest),
    guest_salutation: salutation(language, guest),
    guest_date_of_birth: formatDateNumeric(guest.dateOfBirth),
    guest_sex: guest.gender === '' ? '' : letterPhrases(language).sex[guest.gender],
    guest_citizenship: countryName(language, guest.citizenship),
    passport_number: cleanLine(guest.passport.number),
    passport_issuing_country: countryName(language, guest.passport.issuingCountry),
    passport_issue_date: formatDateNumeric(guest.passport.issueDate),
    passport_expiry_date: formatDateNumeric(guest.passport.expiryDate),
    guest_position: cleanLine(guest.position),
    guest_organisation: cleanLine(guest.organisation),
    visit_title: cleanLine(visit.title),
    visit_purpose: cleanLine(visit.purpose),
    stay_dates: stay.from && stay.to ? dateRange(language, stay.from, stay.to) : '',
    cities: cleanLine(input.cities),
    accommodation: cleanLine(input.accommodation),
    costs: costSentences(input, kind === 'visaInvitation' ? 'visa' : 'official').join(' '),
    verification_contact: contactLine(input),
    signatory_name: cleanLine(input.signatory.name[input.language]),
    signatory_position: cleanLine(input.signatory.position[input.language]),
  };
}

/**
 * A letter on the office's own .docx: every placeholder is replaced by its text (in the template's own
 * formatting, as the office laid it out), and `{{body}}` by the standard letter below the letterhead.
 * Refuses the same missing fields the standard letter does; a placeholder the template lacks is simply
 * not printed, and an unknown `{{name}}` is left as typed for the office to see.
 */
export async function fillTemplate(
  template: Uint8Array,
  kind: LetterKind,
  input: InvitationInput,
): Promise<Buffer> {
  if (kind === 'visaInvitation') requireVisaInput(input);
  else requireOfficialInput(input);
  // Checked again on every letter: a template may also arrive inside an archive or a restored snapshot.
  const problem = verifyTemplate(template);
  if (problem) throw new AppError('templateInvalid', { reason: problem });
  const patches: Record<string, IPatch> = {};
  // docx searches the whole template for each patch: a placeholder it does not hold is not given one.
  const present = templatePlaceholders(template);
  for (const [name, text] of Object.entries(placeholderTexts(kind, input))) {
    if (present.has(name))
      patches[name] = { type: PatchType.PARAGRAPH, children: runs(input.language, text) };
  }
  patches.body = {
    type: PatchType.DOCUMENT,
    children: kind === 'visaInvitation' ? visaContent(input) : officialContent(input),
  };
  return patchDocument({ outputType: 'nodebuffer', data: template, patches, trimPlaceholders: true });
}
