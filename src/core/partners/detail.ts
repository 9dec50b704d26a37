import type { PartnerDetail, PartnerVisit, TimelineEvent } from '../../shared/partners-contract';
import type { Agreement, PartnersDoc } from '../../shared/partners';
import type { Visit } from '../../shared/domain';
import type { RegisterEntry } from '../../shared/letters';
import { visitSummary } from '../store/visit-index';
import { requirePartner } from './directory';
import { renewals } from './renewals';

/** An agreement's title for a list: English, else Azerbaijani, else Russian (at least one is required). */
export function agreementLabel(a: Pick<Agreement, 'title'>): string {
  return a.title.en || a.title.az || a.title.ru;
}

/** Events of one day keep this order: a visit arrives before a letter, an agreement is signed before it starts. */
const KIND_ORDER: TimelineEvent['kind'][] = [
  'visitLeaves',
  'agreementEnds',
  'letterIssued',
  'agreementStarts',
  'agreementSigned',
  'visitArrives',
];

function timeline(
  visits: readonly Visit[],
  agreements: readonly Agreement[],
  letters: readonly RegisterEntry[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const v of visits) {
    events.push({ date: v.arrivalDate, kind: 'visitArrives', refId: v.id, label: v.title });
    events.push({ date: v.departureDate, kind: 'visitLeaves', refId: v.id, label: v.title });
  }
  for (const a of agreements) {
    const label = agreementLabel(a);
    if (a.signedDate) events.push({ date: a.signedDate, kind: 'agreementSigned', refId: a.id, label });
    if (a.validFrom) events.push({ date: a.validFrom, kind: 'agreementStarts', refId: a.id, label });
    if (a.validTo) events.push({ date: a.validTo, kind: 'agreementEnds', refId: a.id, label });
  }
  for (const e of letters) events.push({ date: e.date, kind: 'letterIssued', refId: e.id, label: e.number });
  return events.sort(
    (x, y) =>
      (x.date < y.date ? 1 : x.date > y.date ? -1 : 0) ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      x.label.localeCompare(y.label) ||
      (x.refId < y.refId ? -1 : x.refId > y.refId ? 1 : 0),
  );
}

/**
 * A partner's page: its agreements (newest signed or started first), every visit linked to it (past
 * and planned, latest arrival first) with its guests, head and letters issued (voided ones left out),
 * a timeline newest first and the renewals due within `days` of `today`.
 */
export function partnerDetail(
  doc: PartnersDoc,
  allVisits: readonly Visit[],
  register: readonly RegisterEntry[],
  id: string,
  today: string,
  days: number,
): PartnerDetail {
  const partner = requirePartner(doc, id);
  const agreements = doc.agreements
    .filter((a) => a.partnerId === id)
    .sort((a, b) => {
      const x = a.signedDate || a.validFrom;
      const y = b.signedDate || b.validFrom;
      return (x < y ? 1 : x > y ? -1 : 0) || (a.id < b.id ? -1 : 1);
    });
  const visits = allVisits
    .filter((v) => v.partnerIds.includes(id))
    .sort((a, b) =>
      a.arrivalDate < b.arrivalDate ? 1 : a.arrivalDate > b.arrivalDate ? -1 : a.id < b.id ? -1 : 1,
    );
  const visitIds = new Set(visits.map((v) => v.id));
  const letters = register.filter((e) => visitIds.has(e.visitId) && !e.voided);
  const letterCounts = new Map<string, number>();
  for (const e of letters) letterCounts.set(e.visitId, (letterCounts.get(e.visitId) ?? 0) + 1);
  const partnerVisits: PartnerVisit[] = visits.map((v) => {
    const s = visitSummary(v);
    return {
      id: v.id,
      title: v.title,
      status: v.status,
      arrivalDate: v.arrivalDate,
      departureDate: v.departureDate,
      guestCount: s.guestCount,
      headName: s.headName,
      letterCount: letterCounts.get(v.id) ?? 0,
    };
  });
  return {
    partner,
    agreements,
    visits: partnerVisits,
    timeline: timeline(visits, agreements, letters),
    renewals: renewals(doc, today, days, id),
  };
}
