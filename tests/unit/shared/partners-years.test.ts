import { describe, expect, it } from 'vitest';
import type { PartnerVisit, TimelineEvent } from '../../../src/shared/partners-contract';
import { partnerYears, yearsOpenAtFirst } from '../../../src/shared/partners-years';

/** A partner's history by year, its figures counted by hand from the lists below. */

const visit = (
  id: string,
  arrivalDate: string,
  guestCount: number,
  status: PartnerVisit['status'] = 'completed',
): PartnerVisit => ({
  id,
  title: `Visit ${id}`,
  status,
  arrivalDate,
  departureDate: arrivalDate,
  guestCount,
  headName: '',
  letterCount: 0,
});
const event = (date: string, kind: TimelineEvent['kind'], refId: string): TimelineEvent => ({
  date,
  kind,
  refId,
  label: refId,
});

// Latest first, as the core gives them.
const visits = [
  visit('v6', '2027-03-02', 4, 'planned'),
  visit('v5', '2026-10-01', 2),
  visit('v4', '2026-01-01', 1, 'cancelled'),
  visit('v3', '2024-12-31', 3), // leaves in 2025: it is 2024's
  visit('v2', '2024-05-05', 5),
  visit('v1', '2021-06-01', 6),
];
const timeline = [
  event('2031-05-01', 'agreementEnds', 'mou'), // after the last year: not a year of its own
  event('2027-01-15', 'letterIssued', 'L7'),
  event('2026-09-20', 'letterIssued', 'L6'),
  event('2026-09-20', 'letterIssued', 'L5'),
  event('2026-05-01', 'agreementStarts', 'mou'),
  event('2026-04-10', 'agreementSigned', 'mou'),
  event('2025-12-20', 'letterIssued', 'L4'), // a letter of 2025, a year with no visit
  event('2024-12-01', 'letterIssued', 'L3'),
  event('2024-04-01', 'letterIssued', 'L2'),
  event('2023-01-01', 'agreementEnds', 'old'),
  event('2020-02-02', 'agreementSigned', 'old'),
  event('2020-02-02', 'agreementStarts', 'old'),
];

describe('a partner’s history by year', () => {
  const years = partnerYears({ visits, timeline }, '2026-12-05');
  const figures = years.map(({ year, visits: v, guests, letters, agreements }) => [
    year,
    v,
    guests,
    letters,
    agreements,
  ]);

  it('runs from the first signing to next year’s planned visit, newest first, gaps kept', () => {
    expect(years.map((y) => y.year)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
  });

  it('counts visits and guests by arrival (cancelled left out), letters by their date, signings', () => {
    expect(figures).toEqual([
      [2027, 1, 4, 1, 0],
      [2026, 1, 2, 2, 1],
      [2025, 0, 0, 1, 0],
      [2024, 2, 8, 2, 0],
      [2023, 0, 0, 0, 0],
      [2022, 0, 0, 0, 0],
      [2021, 1, 6, 0, 0],
      [2020, 0, 0, 0, 1],
    ]);
  });

  it('lists each year’s visits, the cancelled one too, and its agreement events', () => {
    const of = (year: number) => {
      const found = years.find((y) => y.year === year);
      if (!found) throw new Error(`no year ${year}`);
      return found;
    };
    expect(of(2026).visitList.map((v) => v.id)).toEqual(['v5', 'v4']);
    expect(of(2024).visitList.map((v) => v.id)).toEqual(['v3', 'v2']);
    expect(of(2026).agreementEvents.map((e) => e.kind)).toEqual(['agreementStarts', 'agreementSigned']);
    expect(of(2023).agreementEvents.map((e) => e.kind)).toEqual(['agreementEnds']);
    expect(years.flatMap((y) => y.agreementEvents).some((e) => e.date === '2031-05-01')).toBe(false);
  });

  it('always reaches this year, and is empty when nothing ever happened', () => {
    const old = partnerYears({ visits: [visit('a', '2019-03-03', 1)], timeline: [] }, '2021-01-10');
    expect(old.map((y) => [y.year, y.visits])).toEqual([
      [2021, 0],
      [2020, 0],
      [2019, 1],
    ]);
    expect(
      partnerYears({ visits: [], timeline: [event('2030-01-01', 'agreementEnds', 'x')] }, '2026-01-01'),
    ).toEqual([]);
  });

  it('opens this year and next, and the latest earlier year with anything in it when this year is empty', () => {
    expect(yearsOpenAtFirst(years, 2026)).toEqual([2026, 2027]);
    const quiet = partnerYears(
      {
        visits: [visit('a', '2019-03-03', 1), visit('b', '2023-05-05', 2, 'cancelled')],
        timeline: [event('2024-02-02', 'agreementSigned', 'x'), event('2029-01-01', 'agreementEnds', 'x')],
      },
      '2026-06-01',
    );
    expect(yearsOpenAtFirst(quiet, 2026)).toEqual([2026, 2027, 2024]);
    const lettersOnly = partnerYears(
      { visits: [visit('a', '2019-03-03', 1)], timeline: [event('2021-01-05', 'letterIssued', 'L')] },
      '2026-06-01',
    );
    expect(yearsOpenAtFirst(lettersOnly, 2026)).toEqual([2026, 2027, 2021]);
    expect(yearsOpenAtFirst([], 2026)).toEqual([2026, 2027]);
  });
});
