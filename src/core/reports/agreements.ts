import { addDays, type IsoDate } from '../../shared/dates';
import type { Language } from '../../shared/languages';
import { AGREEMENT_KINDS, type Agreement, type PartnersDoc } from '../../shared/partners';
import { AGREEMENT_GROUPS, EXPIRING_DAYS, type AgreementGroup } from '../../shared/report-constants';
import type { Count, Figures } from '../../shared/reports';
import { Tally } from './tally';
import { reportWords } from './words';

/** One agreement as the report lists it, in the report's language. */
export interface AgreementRow {
  id: string;
  group: AgreementGroup;
  partner: string;
  kind: string;
  /** Its title in the report's language; '' where it has none (the kind then names it). */
  title: string;
  signedDate: IsoDate;
  validTo: IsoDate;
}

const within = (date: IsoDate, from: IsoDate, to: IsoDate) => date !== '' && date >= from && date <= to;

/**
 * The groups an agreement falls in for [from, to] (docs/reports.md):
 * - signed: its signed date falls in the period, and it was signed (status signed, expired or terminated);
 * - renewed: it renews itself (automatic renewal), is still signed, and its term ended in the period;
 * - expiring: it is signed and its term ends within `EXPIRING_DAYS` days after the period;
 * - ended: its term ended in the period and it did not renew itself.
 * One agreement may be in two groups (signed and ended in the same year).
 */
export function agreementGroups(agreement: Agreement, from: IsoDate, to: IsoDate): AgreementGroup[] {
  const { status, validTo } = agreement;
  const groups: AgreementGroup[] = [];
  if (status !== 'draft' && status !== 'negotiation' && within(agreement.signedDate, from, to))
    groups.push('signed');
  const endedInPeriod = within(validTo, from, to);
  const renews = agreement.autoRenewal && status === 'signed';
  if (endedInPeriod && renews) groups.push('renewed');
  if (status === 'signed' && validTo > to && validTo <= addDays(to, EXPIRING_DAYS)) groups.push('expiring');
  if (endedInPeriod && !renews) groups.push('ended');
  return groups;
}

/** The agreements' figures for the period, by kind, and the list behind them. */
export function agreementFigures(
  doc: Readonly<PartnersDoc>,
  from: IsoDate,
  to: IsoDate,
  language: Language,
): { counts: Figures['agreements']; rows: AgreementRow[] } {
  const words = reportWords(language);
  const w = words.report;
  const partners = new Map(doc.partners.map((p) => [p.id, p]));
  const tallies = Object.fromEntries(AGREEMENT_GROUPS.map((g) => [g, new Tally()])) as Record<
    AgreementGroup,
    Tally
  >;
  const rows: AgreementRow[] = [];
  for (const agreement of doc.agreements) {
    const groups = agreementGroups(agreement, from, to);
    if (groups.length === 0) continue;
    const partner = partners.get(agreement.partnerId);
    const kind = words.agreementKind[agreement.kind];
    for (const group of groups) {
      tallies[group].add(agreement.kind, kind);
      rows.push({
        id: agreement.id,
        group,
        partner: partner?.names[language].trim() || w.none,
        kind,
        title: agreement.title[language].trim(),
        signedDate: agreement.signedDate,
        validTo: agreement.validTo,
      });
    }
  }
  rows.sort(
    (a, b) =>
      AGREEMENT_GROUPS.indexOf(a.group) - AGREEMENT_GROUPS.indexOf(b.group) ||
      (a.group === 'signed'
        ? a.signedDate.localeCompare(b.signedDate)
        : a.validTo.localeCompare(b.validTo)) ||
      a.id.localeCompare(b.id),
  );
  const counts = (g: AgreementGroup): Count[] => tallies[g].inOrder(AGREEMENT_KINDS);
  return {
    counts: {
      signed: counts('signed'),
      renewed: counts('renewed'),
      expiring: counts('expiring'),
      ended: counts('ended'),
    },
    rows,
  };
}
