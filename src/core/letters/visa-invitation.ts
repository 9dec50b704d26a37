import { AlignmentType, type Paragraph, type Table } from 'docx';
import { countryName } from '../../shared/countries';
import type { TravelLeg } from '../../shared/domain';
import { displayName, guestName } from '../../shared/guest-name';
import { formatDateNumeric, formatLetterDate, isIsoDate } from '../../shared/dates';
import { toUpper, type Language } from '../../shared/languages';
import type { VisaRequest } from '../../shared/letters';
import { annexContent, delegationMembers, hasAnnex } from './annex';
import { checkVisaInvitation, missingMemberFields, needsRegistration, stayDates } from './check';
import { contactOf, contactParams, costSentences, dateRange, missingLetterInput } from './common';
import { factsTable, numberAndDate, paragraph, signatureBlock, type FactRow } from './layout';
import { passportName } from './names';
import { packLetter } from './package';
import { fill, letterPhrases } from './phrases';
import { cleanLine, unbreakable } from './sanitize';
import { LetterInputError, type VisaInvitationInput } from './types';

/** Every fact an embassy checks against the passport and the visa application, one row each. */
function facts(input: VisaInvitationInput): FactRow[] {
  const { language, guest, visit } = input;
  const f = letterPhrases(language).visa.field;
  const sex = letterPhrases(language).sex;
  const stay = stayDates(guest, visit);
  const localName = language === 'en' ? '' : cleanLine(displayName(guest, language));
  const latinName = cleanLine(guestName(guest));
  const partner = cleanLine(visit.partnerName);
  const rows: (FactRow | null)[] = [
    { label: f.fullName, value: passportName(language, guest), bold: true },
    // A spelling in the letter's own script helps the reader, but only when it is not just the Latin one.
    localName !== latinName && localName !== '' ? { label: f.localName, value: localName } : null,
    { label: f.dateOfBirth, value: formatDateNumeric(guest.dateOfBirth) },
    // As the passport prints it; an embassy that asks for it gets it from the guest's form.
    optionalRow(f.placeOfBirth, guest.placeOfBirth),
    { label: f.sex, value: guest.gender === '' ? '' : sex[guest.gender] },
    { label: f.citizenship, value: countryName(language, guest.citizenship) },
    optionalRow(f.homeAddress, guest.homeAddress),
    { label: f.passportNumber, value: cleanLine(guest.passport.number), bold: true },
    { label: f.issuingCountry, value: countryName(language, guest.passport.issuingCountry) },
    { label: f.issueDate, value: formatDateNumeric(guest.passport.issueDate) },
    { label: f.expiryDate, value: formatDateNumeric(guest.passport.expiryDate) },
    { label: f.position, value: cleanLine(guest.position) },
    { label: f.organisation, value: cleanLine(guest.organisation) },
    { label: f.purpose, value: cleanLine(visit.purpose) },
    { label: f.visit, value: cleanLine(visit.title) },
    // A partner that is the guest's own organisation is named once, in the row above.
    partner !== '' && partner !== cleanLine(guest.organisation) ? { label: f.partner, value: partner } : null,
    { label: f.stayDates, value: dateRange(language, stay.from, stay.to) },
    optionalRow(f.travel, travel(input)),
    { label: f.cities, value: cleanLine(input.cities) },
    { label: f.accommodation, value: cleanLine(input.accommodation) },
    ...(input.visa ? visaRows(language, input.visa) : []),
  ];
  return rows.filter((row): row is FactRow => row !== null);
}

function optionalRow(label: string, value: string): FactRow | null {
  const text = cleanLine(value);
  return text === '' ? null : { label, value: text };
}

/** `24.11.2026, TK 334 (GYD)`: the date of the stay's end and whatever of the journey is known. */
function travelLeg(leg: TravelLeg, date: string): string {
  const flight = unbreakable(leg.flight);
  const airport = cleanLine(leg.airport);
  const journey = flight && airport ? `${flight} (${airport})` : flight;
  return [isIsoDate(date) ? formatDateNumeric(date) : '', journey].filter((part) => part !== '').join(', ');
}

/**
 * Arrival and departure as a visa officer compares them with the tickets: `24.11.2026, TK 334 (GYD) —
 * 28.11.2026, TK 335 (GYD)`. Without a flight or train number either way, the dates of stay say it all.
 */
function travel(input: VisaInvitationInput): string {
  const { guest } = input;
  if (cleanLine(guest.arrival.flight) === '' && cleanLine(guest.departure.flight) === '') return '';
  const stay = stayDates(guest, input.visit);
  return `${travelLeg(guest.arrival, stay.from)} — ${travelLeg(guest.departure, stay.to)}`;
}

/** `valid for 30 days` with the plural form the language needs (Russian: день, дня, дней). */
function validity(language: Language, days: number | null): string {
  const v = letterPhrases(language).visa.request.validity;
  if (days === null) return v.stay;
  const form = new Intl.PluralRules(language).select(days);
  const template = form === 'one' || form === 'few' || form === 'many' ? v.days[form] : v.days.other;
  return fill(template, { count: String(days) });
}

/** The visa asked for, and where it is collected when the officer said so. */
function visaRows(language: Language, visa: VisaRequest): FactRow[] {
  const p = letterPhrases(language).visa;
  const requested = fill(p.request.value, {
    type: p.request.type[visa.type],
    entries: p.request.entries[visa.entries],
    validity: validity(language, visa.validityDays),
  });
  const collection = visa.collection;
  const place =
    collection.kind === 'embassy'
      ? cleanLine(collection.place)
      : collection.kind === 'eVisa'
        ? p.request.eVisa
        : '';
  return [
    { label: p.field.visaRequested, value: requested },
    ...(place === '' ? [] : [{ label: p.field.visaCollection, value: place }]),
  ];
}

/** The opening sentence: one guest or a delegation, the visa in general or as stated below. */
function intro(input: VisaInvitationInput): string {
  const { language, institution } = input;
  const p = letterPhrases(language).visa;
  const name = cleanLine(institution.name[language]);
  const taxId = unbreakable(institution.taxId);
  // The host's tax number follows its name, as Azerbaijani legal entities name themselves in letters.
  const host = taxId === '' ? name : fill(p.hostWithTaxId, { institution: name, taxId });
  const group = hasAnnex(input);
  const template = input.visa
    ? group
      ? p.introGroupWithVisa
      : p.introWithVisa
    : group
      ? p.introGroup
      : p.intro;
  return fill(template, { institution: host });
}

/**
 * What the host undertakes: that the guest (or every member) leaves on time, and where a stay is long
 * enough to need it, registration with the State Migration Service.
 */
function commitment(input: VisaInvitationInput): string {
  const c = letterPhrases(input.language).visa.commitment;
  const stays = delegationMembers(input).map((member) => stayDates(member, input.visit));
  const register = needsRegistration(stays);
  if (hasAnnex(input)) return register ? c.registrationGroup : c.departureGroup;
  return register ? c.registration : c.departure;
}

/** Refuses (throws `LetterInputError`) while a field an embassy requires is missing. */
export function requireVisaInput(input: VisaInvitationInput): void {
  const members = (input.delegation ?? []).flatMap((member, index) =>
    missingMemberFields(member).map((field) => `delegation.${index}.${field}`),
  );
  const missing = [
    ...checkVisaInvitation(input.guest, input.visit).missing,
    ...missingLetterInput(input),
    ...members,
  ];
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
  const { language } = input;
  const p = letterPhrases(language).visa;
  // Whole sentences set side by side in one paragraph: who pays what, and what the host undertakes,
  // read as one statement.
  const undertakings = [...costSentences(input, 'visa'), commitment(input)].join(' ');
  return [
    numberAndDate(language, input.number, formatLetterDate(language, input.issueDate), input),
    paragraph(language, visaAddressee(input), {
      alignment: AlignmentType.LEFT,
      indentLeft: 5200,
      bold: true,
      after: 120,
    }),
    paragraph(language, toUpper(p.title, language), {
      bold: true,
      size: 24,
      alignment: AlignmentType.CENTER,
      after: 80,
    }),
    paragraph(language, intro(input), { after: 80 }),
    factsTable(language, facts(input)),
    paragraph(language, undertakings, { before: 80 }),
    paragraph(language, fill(p.verification, contactParams(contactOf(input)))),
    ...signatureBlock(language, input.signatory, p.closing),
    ...(hasAnnex(input) ? annexContent(input) : []),
  ];
}

/**
 * A visa support letter for one guest, on one A4 page, or for a delegation: the head on the first page
 * and every member in an annex from the next. Refuses (throws `LetterInputError`) while a
 * field an embassy requires is missing; the passport-validity warning is the caller's to show.
 */
export async function buildVisaInvitation(input: VisaInvitationInput): Promise<Buffer> {
  requireVisaInput(input);
  const { language, institution } = input;
  const content = visaContent(input);
  return packLetter({ language, title: letterPhrases(language).visa.title, institution, content });
}
