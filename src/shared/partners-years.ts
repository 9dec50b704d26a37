import type { PartnerDetail, PartnerVisit, TimelineEvent } from './partners-contract';

/** One year of a partner's history as its page folds it. */
export interface PartnerYear {
  year: number;
  /** Visits arriving in the year, cancelled ones left out (as the reports count them). */
  visits: number;
  /** The members of those visits. */
  guests: number;
  /** Letters issued from the register in the year (by the letter's date), voided ones left out. */
  letters: number;
  /** Agreements signed in the year. */
  agreements: number;
  /** Every visit arriving in the year, cancelled ones included, in the page's order (latest first). */
  visitList: PartnerVisit[];
  /** The year's agreement events (signed, in force from, ends), newest first. */
  agreementEvents: TimelineEvent[];
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/**
 * A partner's history by year, newest first: every year from the first in which anything happened (a
 * visit arrived, a letter was issued, an agreement was signed or began) to this year, or to the last
 * year with a visit, letter or signing if that is later (a visit planned for next year). A year with
 * nothing in it is kept, so gaps show. An agreement's end beyond those years is not a year of its own:
 * the agreements table shows it.
 */
export function partnerYears(
  detail: Pick<PartnerDetail, 'visits' | 'timeline'>,
  today: string,
): PartnerYear[] {
  const startYears: number[] = [];
  for (const v of detail.visits) startYears.push(yearOf(v.arrivalDate));
  for (const e of detail.timeline) {
    if (e.kind === 'letterIssued' || e.kind === 'agreementSigned' || e.kind === 'agreementStarts') {
      startYears.push(yearOf(e.date));
    }
  }
  if (startYears.length === 0) return [];
  const first = Math.min(...startYears);
  const last = Math.max(yearOf(today), ...startYears);
  const byYear = new Map<number, PartnerYear>();
  for (let year = last; year >= first; year--) {
    byYear.set(year, {
      year,
      visits: 0,
      guests: 0,
      letters: 0,
      agreements: 0,
      visitList: [],
      agreementEvents: [],
    });
  }
  for (const v of detail.visits) {
    const row = byYear.get(yearOf(v.arrivalDate));
    if (!row) continue;
    row.visitList.push(v);
    if (v.status === 'cancelled') continue;
    row.visits += 1;
    row.guests += v.guestCount;
  }
  for (const e of detail.timeline) {
    const row = byYear.get(yearOf(e.date));
    if (!row) continue;
    if (e.kind === 'letterIssued') row.letters += 1;
    else if (e.kind.startsWith('agreement')) {
      row.agreementEvents.push(e);
      if (e.kind === 'agreementSigned') row.agreements += 1;
    }
  }
  return [...byYear.values()];
}

/** Whether anything of the partner's is in the year's fold: a visit (cancelled too), a letter, an agreement event. */
const hasAnything = (y: PartnerYear): boolean =>
  y.visitList.length > 0 || y.letters > 0 || y.agreementEvents.length > 0;

/**
 * The years whose folds are open when the page opens: this year and next, and the latest year up to
 * this one with anything in it, so that a partner last seen two years ago (or an agreement just
 * entered as signed last spring) is in sight without a click.
 */
export function yearsOpenAtFirst(years: readonly PartnerYear[], thisYear: number): number[] {
  const open = [thisYear, thisYear + 1];
  const latest = years.find((y) => y.year <= thisYear && hasAnything(y));
  if (latest && latest.year < thisYear) open.push(latest.year);
  return open;
}
