import { AlignmentType, type Paragraph, type Table } from 'docx';
import { formatLetterDate, formatLetterDateRange, isIsoDate } from '../../shared/dates';
import { addresseeLines, partnerInSentence } from './address';
import { contactOf, contactParams, costSentences, missingLetterInput } from './common';
import { bullet, numberAndDate, paragraph, signatureBlock } from './layout';
import { salutation } from './names';
import { packLetter } from './package';
import { fill, letterPhrases } from './phrases';
import { cleanLine } from './sanitize';
import { LetterInputError, type OfficialInvitationInput } from './types';

/**
 * The head of delegation, top right, as on an envelope, in the letter's language: Russian in the
 * dative with the position first, Azerbaijani with the organisation in the genitive, English name first.
 */
function addresseeBlock(input: OfficialInvitationInput): Paragraph[] {
  const { language, guest } = input;
  const style = { alignment: AlignmentType.LEFT, indentLeft: 5200, after: 0 };
  const lines = addresseeLines(language, guest, {
    position: guest.position,
    organisation: guest.organisation,
  });
  return lines.map((line) => paragraph(language, line.text, { ...style, bold: line.name }));
}

/** Refuses (throws `LetterInputError`) while a field the letter prints is missing. */
export function requireOfficialInput(input: OfficialInvitationInput): void {
  const { guest, visit } = input;
  const missing = missingLetterInput(input);
  if (cleanLine(guest.surname) === '') missing.push('surname');
  // Every greeting and addressee form names Mr or Ms (Russian has no form without gender).
  if (guest.gender === '') missing.push('gender');
  if (!isIsoDate(visit.arrivalDate)) missing.push('visit.arrivalDate');
  if (!isIsoDate(visit.departureDate)) missing.push('visit.departureDate');
  if (missing.length > 0) throw new LetterInputError('missingFields', missing);
}

/** Everything below the letterhead; an office's own template takes it as `{{body}}`. */
export function officialContent(input: OfficialInvitationInput): (Paragraph | Table)[] {
  const { language, institution, guest, visit } = input;
  const p = letterPhrases(language).official;
  const partner = partnerInSentence(language, visit.partnerName);
  const city = cleanLine(institution.city[language]);
  const intro =
    p.intro[
      partner
        ? city
          ? 'withPartner'
          : 'withPartnerNoCity'
        : city
          ? 'withoutPartner'
          : 'withoutPartnerNoCity'
    ];
  const introText = fill(intro, {
    institution: cleanLine(institution.name[language]),
    partner,
    city,
    dates: formatLetterDateRange(language, visit.arrivalDate, visit.departureDate, 'during'),
    visit: cleanLine(visit.title),
  });
  const purpose = cleanLine(visit.purpose);
  const highlights = input.highlights.map(cleanLine).filter((h) => h !== '');
  const body = (text: string) => paragraph(language, text);

  return [
    numberAndDate(language, input.number, formatLetterDate(language, input.issueDate), input),
    ...addresseeBlock(input),
    paragraph(language, salutation(language, guest), {
      before: 360,
      after: 200,
      alignment: AlignmentType.LEFT,
    }),
    body(introText),
    ...(purpose ? [body(fill(p.purpose, { purpose }))] : []),
    body(fill(p.cities, { cities: cleanLine(input.cities) })),
    ...(highlights.length > 0
      ? [
          paragraph(language, p.highlights, { after: 60, keepNext: true }),
          ...highlights.map((h) => bullet(language, h)),
        ]
      : []),
    paragraph(language, fill(p.accommodation, { accommodation: cleanLine(input.accommodation) }), {
      before: highlights.length > 0 ? 120 : 0,
    }),
    ...[costSentences(input, 'official').join(' ')].filter((text) => text !== '').map(body),
    body(fill(p.contact, contactParams(contactOf(input)))),
    body(p.lookForward),
    ...signatureBlock(language, input.signatory, p.closing),
  ];
}

/**
 * An invitation to the head of a delegation, greeted by name and title, naming the delegation, its
 * dates and the main points of the programme. It may run past one page when the programme is long.
 */
export async function buildOfficialInvitation(input: OfficialInvitationInput): Promise<Buffer> {
  requireOfficialInput(input);
  const { language, institution } = input;
  const content = officialContent(input);
  return packLetter({ language, title: letterPhrases(language).official.title, institution, content });
}
