import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import type { Hotel } from '../../../src/shared/accommodation';
import type { CalendarRange, DaySchedule } from '../../../src/shared/planning';
import { addDays, MAX_DATE, MIN_DATE } from '../../../src/shared/dates';
import { guestInput, programmeItemInput, visitInput } from '../../support/builders';
import { coreOverFolder } from '../../support/core-over-folder';

/**
 * Dates at the edges of what Qonaq accepts (1900-01-01 and 2200-12-31): the schedule of a day, its
 * printout and a visit's conflicts look a day or two beyond the dates they are given, and those days
 * must count as well as any other. Called through the contract, as the UI calls them: none may answer
 * `internal`.
 */

const open = coreOverFolder('qonaq-date-edges-');
type Core = Awaited<ReturnType<typeof open>>;

interface Plan {
  arrival: string;
  departure: string;
  /** Landing and take-off, '' for a journey without a time. */
  landing: string;
  takeOff: string;
  item: { startDate: string; startTime: string; endDate: string; endTime: string };
}

async function planVisit(core: Core, hotelId: string, plan: Plan): Promise<string> {
  const { visit } = await core.call<VisitDetail>('visits.create', {
    visit: visitInput({ arrivalDate: plan.arrival, departureDate: plan.departure }),
  });
  const withGuest = await core.call<VisitDetail>('guests.add', {
    visitId: visit.id,
    guest: guestInput({
      // A passport valid well beyond any date here would have to be after 2200: leave it out.
      passport: { number: 'U23456789', issuingCountry: 'TR' },
      arrival: {
        date: plan.arrival,
        time: plan.landing,
        flight: 'TK 334',
        airport: 'GYD',
        pickup: { vehicle: 'Car 1' },
      },
      departure: {
        date: plan.departure,
        time: plan.takeOff,
        flight: 'TK 335',
        airport: 'GYD',
        pickup: { vehicle: 'Car 1' },
      },
    }),
  });
  const guestId = withGuest.visit.guests[0]?.id ?? '';
  await core.call('programme.save', {
    visitId: visit.id,
    item: programmeItemInput({ ...plan.item, venue: 'Senate Hall', vehicle: 'Car 1' }),
  });
  const checkIn =
    plan.arrival === plan.departure
      ? plan.arrival === MAX_DATE
        ? addDays(MAX_DATE, -1)
        : plan.arrival
      : plan.arrival;
  const checkOut =
    plan.arrival === plan.departure && plan.arrival !== MAX_DATE ? addDays(plan.arrival, 1) : plan.departure;
  await core.call('stays.save', {
    visitId: visit.id,
    stay: { guestIds: [guestId], hotelId, checkIn, checkOut },
  });
  return visit.id;
}

/** Every question about the days around a visit that the Today, calendar, print and visit pages ask. */
async function askAround(core: Core, visitId: string, plan: Plan): Promise<void> {
  const days = [addDays(plan.arrival, -1), plan.arrival, plan.departure, addDays(plan.departure, 1)].filter(
    (d) => d >= MIN_DATE && d <= MAX_DATE,
  );
  for (const date of days) {
    const day = await core.call<DaySchedule>('planning.day', { date, language: 'az' });
    expect(day.date).toBe(date);
    for (const language of ['az', 'en', 'ru'] as const) {
      const file = await core.call<{ fileName: string; base64: string }>('print.dayDocx', { date, language });
      expect(file.base64.length).toBeGreaterThan(0);
    }
  }
  await core.call('visits.conflicts', { id: visitId });
  await core.call('visits.get', { id: visitId });
  await core.call('print.programme', { visitId, language: 'ru' });
}

async function withHotel(core: Core): Promise<string> {
  const hotel = await core.call<Hotel>('hotels.save', { hotel: { name: 'Old City Inn' } });
  return hotel.id;
}

describe('dates at the edges of the accepted range', () => {
  it('plans, schedules, prints and checks a visit on 1900-01-01 and one on 2200-12-31', async () => {
    const core = await open();
    const hotelId = await withHotel(core);
    const first: Plan = {
      arrival: MIN_DATE,
      departure: MIN_DATE,
      landing: '00:05',
      takeOff: '23:55',
      // Begins before the guest lands: an `outsideGuestStay` conflict, worked out from the day before.
      item: { startDate: MIN_DATE, startTime: '00:00', endDate: MIN_DATE, endTime: '01:00' },
    };
    const last: Plan = {
      arrival: MAX_DATE,
      departure: MAX_DATE,
      landing: '',
      takeOff: '',
      item: { startDate: MAX_DATE, startTime: '22:00', endDate: MAX_DATE, endTime: '23:59' },
    };
    const firstId = await planVisit(core, hotelId, first);
    const lastId = await planVisit(core, hotelId, last);

    await askAround(core, firstId, first);
    await askAround(core, lastId, last);
    const day = await core.call<DaySchedule>('planning.day', { date: MIN_DATE, language: 'en' });
    expect(day.rows.map((r) => r.title)).toContain('Meeting with the rector');
    expect(day.conflicts.map((c) => c.code)).toContain('outsideGuestStay');
    const conflicts = await core.call<{ code: string }[]>('visits.conflicts', { id: firstId });
    expect(conflicts.map((c) => c.code)).toContain('outsideGuestStay');
  });

  it('shows the calendar of the first and the last month, with the days of the grid beyond them', async () => {
    const core = await open();
    const hotelId = await withHotel(core);
    const plan: Plan = {
      arrival: '2200-12-30',
      departure: MAX_DATE,
      landing: '10:00',
      takeOff: '20:00',
      item: { startDate: MAX_DATE, startTime: '10:00', endDate: MAX_DATE, endTime: '11:00' },
    };
    await planVisit(core, hotelId, plan);

    // A month view of December 2200 runs to Sunday 2201-01-11; one of January 1900 from Monday 1900-01-01.
    const december = await core.call<CalendarRange>('calendar.range', {
      from: '2200-12-01',
      to: '2201-01-12',
    });
    expect(december.entries.map((e) => e.title)).toContain('Meeting with the rector');
    await core.call<CalendarRange>('calendar.range', { from: '1899-12-25', to: '1900-02-05' });
  });

  it('still refuses a day outside the range where a day is entered, with a field error', async () => {
    const core = await open();
    expect(await core.fails('planning.day', { date: '1899-12-31' })).toEqual({
      code: 'validation',
      fields: [{ path: 'date', code: 'invalidDate' }],
    });
    expect(
      await core.fails('visits.create', { visit: visitInput({ arrivalDate: '2201-01-01' }) }),
    ).toMatchObject({
      code: 'validation',
      fields: expect.arrayContaining([{ path: 'visit.arrivalDate', code: 'invalidDate' }]),
    });
    // The calendar may look at the weeks around the range, not at another century.
    expect((await core.fails('calendar.range', { from: '2201-03-01', to: '2201-03-08' })).code).toBe(
      'validation',
    );
  });

  it('answers every question about any visit near either edge, never `internal`', async () => {
    const core = await open();
    const hotelId = await withHotel(core);
    const time = fc
      .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
      .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const edgeDay = fc.oneof(
      fc.integer({ min: 0, max: 4 }).map((n) => addDays(MIN_DATE, n)),
      fc.integer({ min: 0, max: 4 }).map((n) => addDays(MAX_DATE, -n)),
    );
    const plans = fc
      .record({
        arrival: edgeDay,
        length: fc.integer({ min: 0, max: 3 }),
        landing: fc.oneof(fc.constant(''), time),
        takeOff: fc.oneof(fc.constant(''), time),
        itemDay: fc.integer({ min: 0, max: 3 }),
        itemStart: time,
        itemDays: fc.integer({ min: 0, max: 1 }),
        itemEnd: time,
      })
      .map((r): Plan => {
        const departure = [addDays(r.arrival, r.length), MAX_DATE].sort()[0] ?? MAX_DATE;
        const startDate = [addDays(r.arrival, r.itemDay), departure].sort()[0] ?? departure;
        let endDate = [addDays(startDate, r.itemDays), MAX_DATE].sort()[0] ?? MAX_DATE;
        let endTime = r.itemEnd;
        if (`${endDate} ${endTime}` <= `${startDate} ${r.itemStart}`) {
          endDate = startDate;
          endTime = '23:59';
        }
        const item = {
          startDate,
          startTime: r.itemStart === '23:59' ? '23:58' : r.itemStart,
          endDate,
          endTime,
        };
        const sameDay = r.arrival === departure;
        const takeOff =
          sameDay && r.landing !== '' && r.takeOff !== '' && r.takeOff < r.landing ? '' : r.takeOff;
        return { arrival: r.arrival, departure, landing: r.landing, takeOff, item };
      });

    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const visitId = await planVisit(core, hotelId, plan);
        await askAround(core, visitId, plan);
      }),
      { numRuns: 25 },
    );
  });
});
