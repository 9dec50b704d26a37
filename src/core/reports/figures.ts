import { countryName } from '../../shared/countries';
import { addDays, dayNumber, type IsoDate } from '../../shared/dates';
import { GUEST_CATEGORIES, GUEST_ROLES, VISIT_STATUSES, type Visit } from '../../shared/domain';
import { LANGUAGES, upperFirst, type Language } from '../../shared/languages';
import { LETTER_KINDS, type RegisterEntry } from '../../shared/letters';
import type { Partner, PartnersDoc } from '../../shared/partners';
import { PROGRAMME_TYPES } from '../../shared/planning';
import type { Figures, ReportVisit } from '../../shared/reports';
import { languageOfTexts, textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import { fill } from '../letters/phrases';
import { agreementFigures, type AgreementRow } from './agreements';
import { Tally } from './tally';
import { reportWords } from './words';

/** What a report reads from the store. */
export interface ReportSources {
  visits: readonly Visit[];
  letters: readonly RegisterEntry[];
  partners: Readonly<PartnersDoc>;
}

export interface PeriodFigures {
  figures: Figures;
  /** The texts the figures print (visit titles, purposes and host units) that have no version in the report's language. */
  missing: MissingText[];
  /** The agreements behind `figures.agreements`, for the report's list. */
  agreements: AgreementRow[];
}

/** Days of [a, b] that fall in [from, to]; 0 when none do. */
export function daysWithin(a: IsoDate, b: IsoDate, from: IsoDate, to: IsoDate): number {
  const start = Math.max(dayNumber(a), dayNumber(from));
  const end = Math.min(dayNumber(b), dayNumber(to));
  return Math.max(0, end - start + 1);
}

/** A visit overlaps the period when any day from its arrival to its departure falls in it. */
export function overlaps(
  visit: Pick<Visit, 'arrivalDate' | 'departureDate'>,
  from: IsoDate,
  to: IsoDate,
): boolean {
  return visit.arrivalDate <= to && visit.departureDate >= from;
}

/**
 * A visit's text in the report's language. Where it has none, the text as typed, marked with the
 * language it is in ("… (in English)"), and listed as missing: a document refuses, the figures show it.
 */
function visitText(
  visit: Visit,
  field: 'title' | 'purpose' | 'hostUnit',
  language: Language,
  missing: MissingText[],
): string {
  const fields = TRANSLATED_FIELDS.visit;
  const text = textIn(visit, field, language, fields);
  const original = visit[field].trim();
  if (text !== '' || original === '') return text;
  const from = languageOfTexts(visit, fields);
  missing.push({ owner: 'visit', visitId: visit.id, id: visit.id, field, language, original, from });
  const w = reportWords(language);
  return fill(w.report.otherLanguage, { text: original, inLanguage: w.inLanguage[from] });
}

/** The partners a visit counts for: its partners' names in the language, else its own partner name in it. */
function partnersOf(
  visit: Visit,
  partners: ReadonlyMap<string, Partner>,
  language: Language,
): { key: string; label: string }[] {
  const none = reportWords(language).report.none;
  const linked = visit.partnerIds.flatMap((id) => {
    const partner = partners.get(id);
    return partner ? [{ key: id, label: partner.names[language].trim() }] : [];
  });
  const free = textIn(visit, 'partnerName', language, TRANSLATED_FIELDS.visit).trim();
  if (linked.length === 0) return [free ? { key: `name:${free}`, label: free } : { key: '', label: none }];
  // Partners without a name in the language are counted together under "—", whichever they are.
  return linked.map((p) => (p.label ? p : free ? { key: p.key, label: free } : { key: '', label: none }));
}

/** The figures of one period in `language`. */
export function periodFigures(
  sources: ReportSources,
  from: IsoDate,
  to: IsoDate,
  language: Language,
): PeriodFigures {
  const w = reportWords(language);
  const none = w.report.none;
  const missing: MissingText[] = [];
  const partners = new Map(sources.partners.partners.map((p) => [p.id, p]));
  const t = {
    status: new Tally(),
    country: new Tally(),
    partner: new Tally(),
    hostUnit: new Tally(),
    purpose: new Tally(),
    category: new Tally(),
    role: new Tally(),
    citizenship: new Tally(),
    type: new Tally(),
    kind: new Tally(),
    letterLanguage: new Tally(),
  };
  const country = (code: string) => (code ? countryName(language, code) : none);
  let guestDays = 0;
  let guestNights = 0;
  let guests = 0;
  const visitList: ReportVisit[] = [];
  const counted = sources.visits
    .filter((v) => overlaps(v, from, to))
    .sort(
      (a, b) =>
        a.arrivalDate.localeCompare(b.arrivalDate) ||
        a.departureDate.localeCompare(b.departureDate) ||
        a.id.localeCompare(b.id),
    );
  for (const visit of counted) {
    t.status.add(visit.status, w.status[visit.status]);
    if (visit.status === 'cancelled') continue;
    const partnerList = partnersOf(visit, partners, language);
    for (const p of partnerList) t.partner.add(p.key, p.label);
    t.country.add(visit.partnerCountry, country(visit.partnerCountry));
    const unit = visitText(visit, 'hostUnit', language, missing);
    t.hostUnit.add(visit.hostUnit.trim(), unit || none);
    // A purpose is typed to sit inside a letter's sentence ("talks on ..."); a row of the table begins it.
    const purpose = upperFirst(visitText(visit, 'purpose', language, missing), language);
    t.purpose.add(visit.purpose.trim(), purpose || none);
    for (const guest of visit.guests) {
      guests += 1;
      t.category.add(guest.category, w.category[guest.category]);
      t.role.add(guest.role, w.role[guest.role]);
      t.citizenship.add(guest.citizenship, country(guest.citizenship));
      const arrival = guest.arrival.date || visit.arrivalDate;
      const departure = guest.departure.date || visit.departureDate;
      guestDays += daysWithin(arrival, departure, from, to);
      // A night belongs to the day it begins on: the nights are the days from arrival to the eve of departure.
      if (departure > arrival) guestNights += daysWithin(arrival, addDays(departure, -1), from, to);
    }
    for (const item of visit.programme) {
      if (item.startDate >= from && item.startDate <= to) t.type.add(item.type, w.programmeType[item.type]);
    }
    visitList.push({
      id: visit.id,
      title: visitText(visit, 'title', language, missing),
      partner: partnerList.map((p) => p.label).join(', '),
      country: country(visit.partnerCountry),
      arrivalDate: visit.arrivalDate,
      departureDate: visit.departureDate,
      status: w.status[visit.status],
      guests: visit.guests.length,
    });
  }
  let voided = 0;
  for (const letter of sources.letters) {
    if (letter.date < from || letter.date > to) continue;
    if (letter.voided) {
      voided += 1;
      continue;
    }
    t.kind.add(letter.kind, w.letterKind[letter.kind]);
    t.letterLanguage.add(letter.language, w.language[letter.language]);
  }
  const agreements = agreementFigures(sources.partners, from, to, language);
  const figures: Figures = {
    visits: {
      total: visitList.length,
      byStatus: t.status.inOrder(VISIT_STATUSES),
      byCountry: t.country.byCount(language),
      byPartner: t.partner.byCount(language),
      byHostUnit: t.hostUnit.byCount(language),
      byPurpose: t.purpose.byCount(language),
    },
    guests: {
      total: guests,
      byCategory: t.category.inOrder(GUEST_CATEGORIES),
      byRole: t.role.inOrder(GUEST_ROLES),
      byCountry: t.citizenship.byCount(language),
    },
    stay: { guestDays, guestNights },
    programme: { total: t.type.total, byType: t.type.inOrder(PROGRAMME_TYPES) },
    letters: {
      total: t.kind.total,
      byKind: t.kind.inOrder(LETTER_KINDS),
      byLanguage: t.letterLanguage.inOrder(LANGUAGES),
      voided,
    },
    agreements: agreements.counts,
    visitList,
  };
  return { figures, missing, agreements: agreements.rows };
}
