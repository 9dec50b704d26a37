import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_AFTER_MINUTES,
  ARRIVAL_LEAD_MINUTES,
  DEPARTURE_LEAD_MINUTES,
  leavesAfterFlight,
  visitTransfers,
} from '../../../../src/core/planning/transfers';
import type { GuestInput } from '../../../../src/shared/domain';
import type { Transfer } from '../../../../src/shared/planning';
import { storedGuest, storedVisit } from '../../../support/builders';

const TK334 = { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD', terminal: '1' };
const TK335 = { date: '2026-05-15', time: '17:50', flight: 'TK 335', airport: 'GYD', terminal: '1' };

const visitWith = (...guests: [string, Partial<GuestInput>][]) =>
  storedVisit('v1', { guests: guests.map(([id, overrides]) => storedGuest(id, overrides)) });

const span = (t: Transfer) => `${t.startDate} ${t.startTime} - ${t.endDate} ${t.endTime}`;

describe('visitTransfers', () => {
  it('groups the guests on the same flight into one transfer each way, arrivals first', () => {
    const visit = visitWith(
      ['a', { arrival: TK334, departure: TK335 }],
      ['b', { arrival: TK334, departure: TK335 }],
    );

    const transfers = visitTransfers(visit);

    expect(
      transfers.map((t) => [t.direction, t.number, t.place, t.terminal, t.date, t.time, t.guestIds]),
    ).toEqual([
      ['arrival', 'TK 334', 'GYD', '1', '2026-05-12', '14:35', ['a', 'b']],
      ['departure', 'TK 335', 'GYD', '1', '2026-05-15', '17:50', ['a', 'b']],
    ]);
    expect(transfers[0]?.id).toMatch(/^tr-arr-/);
    expect(transfers[1]?.id).toMatch(/^tr-dep-/);
  });

  it('follows a new version of the visit (the store replaces a changed visit), not the one worked out before', () => {
    const before = visitWith(['a', { arrival: TK334 }], ['b', { arrival: TK334 }]);
    const first = visitTransfers(before);

    const moved = storedGuest('b', { arrival: { ...TK334, flight: 'J2 12' } });
    const after = { ...before, guests: before.guests.map((g) => (g.id === 'b' ? moved : g)) };

    expect(visitTransfers(before)).toBe(first);
    expect(
      visitTransfers(after)
        .map((t) => `${t.number}: ${t.guestIds.join()}`)
        .sort(),
    ).toEqual(['J2 12: b', 'TK 334: a']);
  });

  it('treats the same flight number written differently as the same flight', () => {
    const visit = visitWith(['a', { arrival: TK334 }], ['b', { arrival: { ...TK334, flight: 'tk334' } }]);

    expect(visitTransfers(visit).map((t) => t.guestIds)).toEqual([['a', 'b']]);
  });

  it('keeps guests on different flights, or met by different cars, in separate transfers sorted by time', () => {
    const visit = visitWith(
      ['late', { arrival: { ...TK334, time: '20:10', flight: 'J2 12' } }],
      ['early', { arrival: TK334 }],
      ['own car', { arrival: { ...TK334, pickup: { vehicle: '10-AB-123' } } }],
    );

    const transfers = visitTransfers(visit);

    expect(transfers.map((t) => [t.time, t.vehicle, t.guestIds])).toEqual([
      ['14:35', expect.any(String), expect.any(Array)],
      ['14:35', expect.any(String), expect.any(Array)],
      ['20:10', '', ['late']],
    ]);
    expect(
      transfers
        .slice(0, 2)
        .map((t) => [t.vehicle, t.guestIds])
        .sort(),
    ).toEqual([
      ['', ['early']],
      ['10-AB-123', ['own car']],
    ]);
  });

  it('gives the same journey the same id on every read, whatever the order of the guests', () => {
    const a = storedGuest('a', { arrival: TK334 });
    const b = storedGuest('b', { arrival: TK334 });

    const first = visitTransfers(storedVisit('v1', { guests: [a, b] }));
    const again = visitTransfers(storedVisit('v1', { guests: [b, a] }));

    expect(again.map((t) => t.id)).toEqual(first.map((t) => t.id));
  });

  it('gives two visits on the same flight transfers of their own ids', () => {
    const one = visitTransfers(storedVisit('v1', { guests: [storedGuest('a', { arrival: TK334 })] }));
    const other = visitTransfers(storedVisit('v2', { guests: [storedGuest('a', { arrival: TK334 })] }));

    expect(one[0]?.id).not.toBe(other[0]?.id);
    expect(other[0]?.visitId).toBe('v2');
  });

  it('moves the transfer when the flight time changes', () => {
    const before = visitTransfers(visitWith(['a', { arrival: TK334 }]));
    const after = visitTransfers(visitWith(['a', { arrival: { ...TK334, time: '18:00' } }]));

    expect(before.map(span)).toEqual(['2026-05-12 13:35 - 2026-05-12 16:05']);
    expect(after.map(span)).toEqual(['2026-05-12 17:00 - 2026-05-12 19:30']);
  });

  it('spans an hour before landing to an hour and a half after, and three hours before take-off to take-off', () => {
    expect([ARRIVAL_LEAD_MINUTES, ARRIVAL_AFTER_MINUTES, DEPARTURE_LEAD_MINUTES]).toEqual([60, 90, 180]);

    const transfers = visitTransfers(visitWith(['a', { arrival: TK334, departure: TK335 }]));

    expect(transfers.map(span)).toEqual([
      '2026-05-12 13:35 - 2026-05-12 16:05',
      '2026-05-15 14:50 - 2026-05-15 17:50',
    ]);
  });

  it('starts when the car leaves, where that is set', () => {
    const visit = visitWith([
      'a',
      {
        arrival: {
          ...TK334,
          pickup: { vehicle: '10-AB-123', driver: 'Elçin', escort: 'Nigar', leaveAt: '13:15' },
        },
        departure: { ...TK335, pickup: { leaveAt: '15:30' } },
      },
    ]);

    const [arrival, departure] = visitTransfers(visit);

    expect(
      arrival && [span(arrival), arrival.vehicle, arrival.driver, arrival.escort, arrival.leaveAt],
    ).toEqual(['2026-05-12 13:15 - 2026-05-12 16:05', '10-AB-123', 'Elçin', 'Nigar', '13:15']);
    expect(departure && span(departure)).toBe('2026-05-15 15:30 - 2026-05-15 17:50');
  });

  it('crosses midnight as Baku wall-clock time, not as an instant', () => {
    const visit = visitWith([
      'a',
      { arrival: { ...TK334, time: '23:40' }, departure: { ...TK335, time: '01:30' } },
    ]);

    expect(visitTransfers(visit).map(span)).toEqual([
      '2026-05-12 22:40 - 2026-05-13 01:10',
      '2026-05-14 22:30 - 2026-05-15 01:30',
    ]);
  });

  it('keeps a length for a car set to leave after the flight, which is flagged elsewhere', () => {
    const visit = visitWith(['a', { departure: { ...TK335, pickup: { leaveAt: '18:00' } } }]);

    expect(visitTransfers(visit).map(span)).toEqual(['2026-05-15 18:00 - 2026-05-15 19:00']);
  });

  it('gives a journey without a time a whole-day transfer on its date', () => {
    const visit = visitWith(['a', { arrival: { date: '2026-05-12', flight: 'TK 334' } }]);

    const [t] = visitTransfers(visit);

    expect(t && [t.startDate, t.startTime, t.endDate, t.endTime, t.time]).toEqual([
      '2026-05-12',
      '',
      '2026-05-12',
      '',
      '',
    ]);
  });

  it('derives nothing for a guest without journey dates, and takes the train as it is', () => {
    const visit = visitWith(
      ['none', { arrival: { flight: 'TK 334', time: '14:35' } }],
      [
        'train',
        {
          arrival: {
            mode: 'train',
            date: '2026-05-12',
            time: '09:00',
            flight: '37',
            airport: 'Bakı-Sərnişin',
          },
        },
      ],
    );

    expect(visitTransfers(visit).map((t) => [t.mode, t.number, t.place, t.guestIds])).toEqual([
      ['train', '37', 'Bakı-Sərnişin', ['train']],
    ]);
  });
});

describe('leavesAfterFlight', () => {
  const check = (direction: 'arrival' | 'departure', leaveAt: string, time = '14:35') =>
    leavesAfterFlight({ direction, date: '2026-05-15', time, leaveAt });

  it('flags a departure whose car leaves at or after take-off', () => {
    expect([check('departure', '14:34'), check('departure', '14:35'), check('departure', '16:00')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('flags an arrival whose car leaves after landing, not as the plane lands', () => {
    expect([check('arrival', '13:30'), check('arrival', '14:35'), check('arrival', '14:36')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('reads a car leaving late in the evening for a flight just after midnight as leaving the evening before', () => {
    expect([check('departure', '23:30', '02:00'), check('arrival', '23:45', '00:30')]).toEqual([
      false,
      false,
    ]);
    // Further from the flight than a night's drive, a later leave time is a mistake, not yesterday.
    expect(check('departure', '15:00', '09:00')).toBe(true);
  });

  it('starts the transfer of a night flight on the evening before', () => {
    const visit = visitWith(['a', { departure: { ...TK335, time: '02:00', pickup: { leaveAt: '23:30' } } }]);
    const [departure] = visitTransfers(visit);
    expect(departure && span(departure)).toBe('2026-05-14 23:30 - 2026-05-15 02:00');
  });

  it('says nothing while either time is unknown', () => {
    expect([check('departure', ''), check('arrival', '15:00', '')]).toEqual([false, false]);
  });
});
