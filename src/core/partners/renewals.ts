import type { Renewal } from '../../shared/partners-contract';
import { RENEWAL_DAYS_DEFAULT, type PartnersDoc } from '../../shared/partners';
import { addDays, dayNumber } from '../../shared/dates';

/** The window renewals are shown in: the request's, else the setting, else `RENEWAL_DAYS_DEFAULT`. */
export function renewalWindow(days: number | undefined, setting: number | undefined): number {
  return days ?? setting ?? RENEWAL_DAYS_DEFAULT;
}

/**
 * Signed agreements whose end falls from `today` to `days` calendar days after it, soonest first
 * (ties by title). An agreement already past its end, or without one, is not a renewal.
 * `partnerId` keeps one partner's.
 */
export function renewals(doc: PartnersDoc, today: string, days: number, partnerId?: string): Renewal[] {
  const last = addDays(today, days);
  const names = new Map(doc.partners.map((p) => [p.id, p.officialName]));
  return doc.agreements
    .filter(
      (a) =>
        a.status === 'signed' &&
        a.validTo !== '' &&
        a.validTo >= today &&
        a.validTo <= last &&
        names.has(a.partnerId) &&
        (partnerId === undefined || a.partnerId === partnerId),
    )
    .map((a) => ({
      agreementId: a.id,
      partnerId: a.partnerId,
      partnerName: names.get(a.partnerId) ?? '',
      title: a.title,
      validTo: a.validTo,
      daysLeft: dayNumber(a.validTo) - dayNumber(today),
      autoRenewal: a.autoRenewal,
    }))
    .sort(
      (x, y) =>
        x.daysLeft - y.daysLeft ||
        (x.title.en || x.title.az || x.title.ru).localeCompare(y.title.en || y.title.az || y.title.ru) ||
        (x.agreementId < y.agreementId ? -1 : 1),
    );
}
