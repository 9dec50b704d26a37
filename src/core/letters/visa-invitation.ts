import { AlignmentType, type Paragraph, type Table } from 'docx';
import { countryName } from '../../shared/countries';
import { formatDateNumeric, formatLetterDate } from '../../shared/dates';
import { toUpper } from '../../shared/languages';
import { checkVisaInvitation, stayDates } from './check';
import { contactOf, contactParams, costSentences, dateRange, missingLetterInput } from './common';
import { factsTable, numberAndDate, paragraph, signatureBlock, type FactRow } from './layout';
import { displayName, passportName } from './names';
import { packLetter } from './package';
import { fill, letterPhrases } from './phrases';
import { cleanLine } from './sanitize';
import { LetterInputError, type VisaInvitationInput } from './types';

/** Every fact an embassy checks against the passport and the visa application, one row each. */
function facts(input: VisaInvitationInput): FactRow[] {
  const { language, guest, visit } = input;
  const f = letterPhrases(language).visa.field;
  const sex = letterPhrases(language).sex;
  const stay = stayDates(guest, visit);
  const localName = language === 'en' ? '' : displayName(language, guest);
  const latinName = cleanLine(`${guest.givenNames} ${guest.surname}`);
  const rows: (FactRow | null)[] = [
    { label: f.fullName, value: passportName(language, guest), bold: true },
    // A spelling in the letter's own script helps the reader, but only when it is not just the Latin one.
    localName !== latinName && localName !== '' ? { label: f.localName, value: localName } : null,
    { label: f.dateOfBirth, value: formatDateNumeric(guest.dateOfBirth) },
    { label: f.sex, value: guest.gender === '' ? '' : sex[guest.gender] },
    { label: f.citizenship, value: countryName(language, guest.citizenship) },
    { label: f.passportNumber, value: cleanLine(guest.passport.number), bold: true },
    { label: f.issuingCountry, value: countryName(language, guest.passport.issuingCountry) },
    { label: f.issueDate, value: formatDateNumeric(guest.passport.issueDate) },
    { label: f.expiryDate, value: formatDateNumeric(guest.passport.expiryDate) },
    { label: f.position, value: cleanLine(guest.position) },
    { label: f.organisation, value: cleanLine(guest.organisation) },
    { label: f.purpose, value: cleanLine(visit.purpose) },
    { label: f.visit, value: cleanLine(visit.title) },
    visit.partnerName.trim() ? { label: f.partner, value: cleanLine(visit.partnerName) } : null,
    { label: f.stayDates, value: dateRange(language, stay.from, stay.to) },
    { label: f.cities, value: cleanLine(input.cities) },
    { label: f.accommodation, value: cleanLine(input.accommodation) },
  ];
  return rows.filter((row): row is FactRow => row !== null);
}

/** Refuses (throws `LetterInputError`) while a field an embassy requires is missing. */
export function requireVisaInput(input: VisaInvitationInput): void {
  const missing = [...checkVisaInvitation(input.guest, input.visit).missing, ...missingLetterInput(input)];
  if (missing.length > 0) throw new LetterInputError('missingFields', missing);
}

/** The addressee line: the embassy typed or chosen, else "to whom it may concern". */
export function visaAddressee(input: VisaInvitationInput): string {
  const p = letterPhrases(input.language).visa;
  return (input.addressee.kind === 'embassy' ? input.addressee.text : p.toWhomItMayConcern).trim();
}

/**
 * Everything below the letterhead: number and date, addressee, title, body, facts and signature. An
 * office's own template takes this as `{{body}}` under its letterhead.
 */
export function visaContent(input: VisaInvitationInput): (Paragraph | Table)[] {
  const { language, institution } = input;
  const p = letterPhrases(language).visa;
  const institutionName = cleanLine(institution.name[language]);
  // Whole sentences set side by side in one paragraph: who pays what reads as one statement.
  const costs = [costSentences(input, 'visa').join(' ')].filter((text) => text !== '');
  return [
    numberAndDate(language, input.number, formatLetterDate(language, input.issueDate), input),
    paragraph(language, visaAddressee(input), {
      alignment: AlignmentType.LEFT,
      indentLeft: 5200,
      bold: true,
      after: 240,
    }),
    paragraph(language, toUpper(p.title, language), {
      bold: true,
      size: 24,
      alignment: AlignmentType.CENTER,
      after: 200,
    }),
    paragraph(language, fill(p.intro, { institution: institutionName }), { after: 160 }),
    factsTable(language, facts(input)),
    ...costs.map((text) => paragraph(language, text, { before: 160 })),
    paragraph(language, fill(p.verification, contactParams(contactOf(input))), {
      before: costs.length ? 0 : 160,
    }),
    ...signatureBlock(language, input.signatory, p.closing),
  ];
}

/**
 * A visa support letter for one guest, on one A4 page. Refuses (throws `LetterInputError`) while a
 * field an embassy requires is missing; the passport-validity warning is the caller's to show.
 */
export async function buildVisaInvitation(input: VisaInvitationInput): Promise<Buffer> {
  requireVisaInput(input);
  const { language, institution } = input;
  const content = visaContent(input);
  return packLetter({ language, title: letterPhrases(language).visa.title, institution, content });
}
