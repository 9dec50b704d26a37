import { describe, expect, it } from 'vitest';
import { periodFigures } from '../../../../src/core/reports/figures';
import { VISIT_STATUSES, type Visit } from '../../../../src/shared/domain';
import { seededRandom } from '../../../support/seeded-random';
import { storedGuest, storedVisit } from '../../../support/builders';

/**
 * Generated visits against counts made independently here, the slow way: day by day through the
 * calendar, asking of each guest whether they are here that day and whether they sleep here that night.
 */

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

function generate(seed: number): Visit[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const names = ['Anna', 'Boris', 'Clara', 'David', 'Elif', 'Farid'];
  return Array.from({ length: 60 }, (_, i) => {
    const arrival = ms('2026-12-01') + Math.floor(random() * 150) * DAY;
    const departure = arrival + Math.floor(random() * 12) * DAY;
    const guests = Array.from({ length: Math.floor(random() * 4) }, (_, g) => {
      // Some guests come a day late or leave a day early, on their own dates.
      const own = random() < 0.4;
      const from = own ? Math.min(arrival + DAY, departure) : arrival;
      return storedGuest(`${pick(names)}${'x'.repeat(g)}`, {
        arrival: { date: own ? iso(from) : '' },
        departure: { date: own ? iso(Math.max(from, departure - DAY)) : '' },
      });
    });
    return storedVisit(`v${i}`, {
      status: pick(VISIT_STATUSES),
      arrivalDate: iso(arrival),
      departureDate: iso(departure),
      guests,
    });
  });
}

function countByHand(visits: readonly Visit[], from: string, to: string) {
  let total = 0;
  let cancelled = 0;
  let guests = 0;
  let days = 0;
  let nights = 0;
  for (const v of visits) {
    let overlaps = false;
    for (let d = ms(from); d <= ms(to); d += DAY)
      if (iso(d) >= v.arrivalDate && iso(d) <= v.departureDate) overlaps = true;
    if (!overlaps) continue;
    if (v.status === 'cancelled') {
      cancelled += 1;
      continue;
    }
    total += 1;
    guests += v.guests.length;
    for (const g of v.guests) {
      const a = g.arrival.date || v.arrivalDate;
      const b = g.departure.date || v.departureDate;
      for (let d = ms(from); d <= ms(to); d += DAY) {
        if (iso(d) >= a && iso(d) <= b) days += 1; // here that day
        if (iso(d) >= a && iso(d) < b) nights += 1; // sleeps here that night
      }
    }
  }
  return { total, cancelled, guests, days, nights };
}

describe('figures of generated visits against a day-by-day count', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: visits, cancelled ones, guests, guest-days and guest-nights of the first quarter of 2027`, () => {
      const visits = generate(seed);
      const { figures } = periodFigures(
        {
          visits,
          letters: [],
          partners: { partners: [], agreements: [], trash: { partners: [], agreements: [] } },
        },
        '2027-01-01',
        '2027-03-31',
        'en',
      );
      const hand = countByHand(visits, '2027-01-01', '2027-03-31');
      // The series is worth testing: visits on both edges of the quarter, with guests who stay the night.
      expect(hand.total).toBeGreaterThan(20);
      expect(hand.nights).toBeGreaterThan(hand.guests);
      expect(figures.visits.total).toBe(hand.total);
      expect(figures.visits.byStatus.find((c) => c.key === 'cancelled')?.count ?? 0).toBe(hand.cancelled);
      expect(figures.guests.total).toBe(hand.guests);
      expect(figures.stay).toEqual({ guestDays: hand.days, guestNights: hand.nights });
      expect(figures.visitList).toHaveLength(hand.total);
    });
  }
});
