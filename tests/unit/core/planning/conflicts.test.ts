import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findConflicts, visitConflicts } from '../../../../src/core/planning/conflicts';
import { visitTransfers } from '../../../../src/core/planning/transfers';
import type { GuestInput, Visit } from '../../../../src/shared/domain';
import {
  minutesOf,
  type Conflict,
  type ConflictCode,
  type ProgrammeItemInput,
} from '../../../../src/shared/planning';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

const TK334 = { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD' };
const TK335 = { date: '2026-05-15', time: '17:50', flight: 'TK 335', airport: 'GYD' };

/** A meeting on 13 May from `start` to `end`, with the given fields changed. */
const meeting = (id: string, start: string, end: string, overrides: Partial<ProgrammeItemInput> = {}) =>
  programmeItem(id, { title: id, startTime: start, endTime: end, ...overrides });

const all = (visits: Visit[]) => findConflicts(visits, '2026-05-01', '2026-06-01');
const summary = (conflicts: Conflict[]) =>
  conflicts.map((c) => [c.code, c.entry.entryId, c.other?.entryId ?? '', c.params.name]);

describe('overlaps within a visit', () => {
  const guests = [storedGuest('a'), storedGuest('b')];

  it('flags the same guest in two items that overlap, once, naming the guest', () => {
    const visit = storedVisit('v1', {
      guests,
      programme: [
        meeting('i1', '10:00', '11:00', { allGuests: false, guestIds: ['a'] }),
        meeting('i2', '10:30', '12:00'),
      ],
    });

    const conflicts = all([visit]);

    expect(summary(conflicts)).toEqual([['guestOverlap', 'i1', 'i2', 'a Öztürk']]);
    expect(conflicts[0]?.id).toBe('guestOverlap:v1:i1:v1:i2');
    expect(conflicts[0]?.entry).toEqual({
      visitId: 'v1',
      visitTitle: 'Visit of the Ankara University delegation',
      entryId: 'i1',
      title: 'i1',
      startDate: '2026-05-13',
      startTime: '10:00',
    });
  });

  it('does not flag an item that ends exactly when the next one starts', () => {
    const visit = storedVisit('v1', {
      guests,
      programme: [
        meeting('i1', '10:00', '11:00', { hosts: ['Rector'], venue: 'Senate Hall', vehicle: '10-AB-123' }),
        meeting('i2', '11:00', '12:00', { hosts: ['Rector'], venue: 'Senate Hall', vehicle: '10-AB-123' }),
      ],
    });

    expect(all([visit])).toEqual([]);
  });

  it('does not flag items that share nobody and nothing', () => {
    const visit = storedVisit('v1', {
      guests,
      programme: [
        meeting('i1', '10:00', '11:00', {
          allGuests: false,
          guestIds: ['a'],
          hosts: ['Rector'],
          venue: 'Senate Hall',
        }),
        meeting('i2', '10:00', '11:00', {
          allGuests: false,
          guestIds: ['b'],
          hosts: ['Dean'],
          venue: 'Library',
        }),
      ],
    });

    expect(all([visit])).toEqual([]);
  });

  it('flags a host, a venue and a vehicle written differently as the same', () => {
    const visit = storedVisit('v1', {
      programme: [
        meeting('i1', '10:00', '11:00', {
          hosts: ['Rector', 'Dean'],
          venue: 'Senate Hall',
          vehicle: '10-AB-123',
        }),
        meeting('i2', '10:59', '12:00', {
          hosts: ['  rector '],
          venue: 'senate  hall',
          vehicle: '10 ab 123',
        }),
      ],
    });

    expect(summary(all([visit]))).toEqual([
      ['hostOverlap', 'i1', 'i2', 'Rector'],
      ['vehicleOverlap', 'i1', 'i2', '10-AB-123'],
      ['venueOverlap', 'i1', 'i2', 'Senate Hall'],
    ]);
  });

  it('flags a host written in capitals with the dotless I, or without accents, as the same person', () => {
    const visit = storedVisit('v1', {
      programme: [
        meeting('i1', '10:00', '11:00', { hosts: ['Prorektor İsmayılov', 'Dekan Şahin'] }),
        meeting('i2', '10:30', '11:30', { hosts: ['PROREKTOR ISMAYILOV'] }),
        meeting('i3', '10:45', '11:15', { hosts: ['dekan sahin'] }),
      ],
    });

    expect(summary(all([visit]))).toEqual([
      ['hostOverlap', 'i1', 'i2', 'Prorektor İsmayılov'],
      ['hostOverlap', 'i1', 'i3', 'Dekan Şahin'],
    ]);
  });

  it('flags an item spanning midnight against one the next morning', () => {
    const visit = storedVisit('v1', {
      programme: [
        meeting('night', '22:00', '01:00', { endDate: '2026-05-14', venue: 'Old City' }),
        programmeItem('morning', {
          startDate: '2026-05-14',
          startTime: '00:30',
          endDate: '2026-05-14',
          endTime: '02:00',
          venue: 'Old City',
        }),
      ],
    });

    expect(summary(all([visit]))).toEqual([['venueOverlap', 'morning', 'night', 'Old City']]);
  });
});

describe('overlaps across visits', () => {
  const hall = (visitId: string, status: Visit['status'] = 'planned') =>
    storedVisit(visitId, {
      status,
      programme: [meeting(`${visitId}-talk`, '10:00', '11:00', { venue: 'Senate Hall' })],
    });

  it('flags the same venue used by two visits at once, naming both visits', () => {
    const conflicts = all([hall('v2'), hall('v1')]);

    expect(summary(conflicts)).toEqual([['venueOverlap', 'v1-talk', 'v2-talk', 'Senate Hall']]);
    expect([conflicts[0]?.entry.visitId, conflicts[0]?.other?.visitId]).toEqual(['v1', 'v2']);
  });

  it('lets a cancelled visit hold nothing', () => {
    expect(all([hall('v1'), hall('v2', 'cancelled')])).toEqual([]);
    expect(visitConflicts(hall('v2', 'cancelled'), [hall('v1')])).toEqual([]);
  });

  it('knows a guest in two visits by the passport number, however it is spaced or cased', () => {
    const one = storedVisit('v1', {
      guests: [storedGuest('a', { passport: { number: 'U23456789', issuingCountry: 'TR' } })],
      programme: [meeting('lecture', '10:00', '11:00')],
    });
    const other = storedVisit('v2', {
      guests: [
        storedGuest('z', { givenNames: 'Ayse', passport: { number: 'u 2345 6789', issuingCountry: 'TR' } }),
      ],
      programme: [meeting('dinner', '10:30', '11:30')],
    });
    const stranger = storedVisit('v2', { ...other, guests: [storedGuest('z')] });

    expect(summary(all([one, other]))).toEqual([['guestOverlap', 'lecture', 'dinner', 'a Öztürk']]);
    expect(all([one, stranger])).toEqual([]);
  });

  it('knows a guest by the passport number even where one visit lacks the issuing country', () => {
    const withCountry = storedVisit('v1', {
      guests: [storedGuest('a', { passport: { number: 'U23456789', issuingCountry: 'TR' } })],
      programme: [meeting('lecture', '10:00', '11:00')],
    });
    const without = storedVisit('v2', {
      guests: [storedGuest('z', { passport: { number: 'U23456789', issuingCountry: '' } })],
      programme: [meeting('dinner', '10:30', '11:30')],
    });

    expect(all([withCountry, without]).map((c) => c.code)).toEqual(['guestOverlap']);
  });

  it('knows a guest without a passport number by the name and date of birth', () => {
    const person = { passport: { number: '' }, dateOfBirth: '1980-02-03' };
    const one = storedVisit('v1', {
      guests: [storedGuest('a', person)],
      programme: [meeting('lecture', '10:00', '11:00')],
    });
    const other = storedVisit('v2', {
      guests: [storedGuest('a', person)],
      programme: [meeting('dinner', '10:30', '11:30')],
    });

    expect(all([one, other]).map((c) => c.code)).toEqual(['guestOverlap']);
  });

  it('does not take two guests of different visits for one when neither has a passport or a date of birth', () => {
    const anonymous = (visitId: string) =>
      storedVisit(visitId, {
        guests: [storedGuest('a', { passport: { number: '' } })],
        programme: [meeting(`${visitId}-x`, '10:00', '11:00')],
      });

    expect(all([anonymous('v1'), anonymous('v2')])).toEqual([]);
  });

  it('answers, for one visit, only the conflicts it takes part in', () => {
    const third = storedVisit('v3', {
      programme: [
        meeting('v3-a', '10:00', '11:00', { hosts: ['Dean'] }),
        meeting('v3-b', '10:00', '11:00', { hosts: ['Dean'] }),
      ],
    });

    expect(summary(visitConflicts(hall('v1'), [hall('v1'), hall('v2'), third]))).toEqual([
      ['venueOverlap', 'v1-talk', 'v2-talk', 'Senate Hall'],
    ]);
  });
});

describe('transfers in the programme', () => {
  it('flags a guest in the arrival car during an item, and the car used elsewhere at the same time', () => {
    const guest = storedGuest('a', { arrival: { ...TK334, pickup: { vehicle: '10-AB-123' } } });
    const visit = storedVisit('v1', {
      guests: [guest],
      programme: [
        programmeItem('lunch', {
          startDate: '2026-05-12',
          startTime: '15:30',
          endDate: '2026-05-12',
          endTime: '16:30',
        }),
        programmeItem('city', {
          startDate: '2026-05-12',
          startTime: '13:00',
          endDate: '2026-05-12',
          endTime: '14:00',
          allGuests: false,
          guestIds: ['a'],
          vehicle: '10 AB 123',
        }),
      ],
    });
    const transferId = visitTransfers(visit)[0]?.id ?? '';

    const codes = all([visit]).map((c) => [c.code, [c.entry.entryId, c.other?.entryId].sort()]);

    expect(codes).toContainEqual(['guestOverlap', ['lunch', transferId].sort()]);
    expect(codes).toContainEqual(['vehicleOverlap', ['city', transferId].sort()]);
  });

  it('flags a departure car leaving at take-off, but not an arrival car leaving as the plane lands', () => {
    const visit = storedVisit('v1', {
      guests: [
        storedGuest('a', {
          arrival: { ...TK334, pickup: { leaveAt: '14:35' } },
          departure: { ...TK335, pickup: { leaveAt: '17:50' } },
        }),
      ],
    });
    const departure = visitTransfers(visit)[1];

    const conflicts = all([visit]);

    expect(conflicts.map((c) => c.code)).toEqual(['transferAfterFlight']);
    expect(conflicts[0]).toMatchObject({
      entry: { entryId: departure?.id, startDate: '2026-05-15', startTime: '17:50', title: 'TK 335 GYD' },
      params: { name: 'TK 335', time: '17:50', flightTime: '17:50', direction: 'departure' },
    });
  });

  it('flags an arrival car leaving after landing', () => {
    const visit = storedVisit('v1', {
      guests: [storedGuest('a', { arrival: { ...TK334, pickup: { leaveAt: '14:40' } } })],
    });

    expect(all([visit]).map((c) => [c.code, c.params.direction])).toEqual([
      ['transferAfterFlight', 'arrival'],
    ]);
  });

  it('does not put a transfer without a time in any overlap', () => {
    const visit = storedVisit('v1', {
      guests: [
        storedGuest('a', {
          arrival: { date: '2026-05-12', flight: 'TK 334', pickup: { vehicle: '10-AB-123' } },
        }),
      ],
      programme: [
        programmeItem('all day', {
          startDate: '2026-05-12',
          startTime: '08:00',
          endDate: '2026-05-12',
          endTime: '20:00',
          vehicle: '10-AB-123',
        }),
      ],
    });

    expect(all([visit])).toEqual([]);
  });
});

describe('items outside a guest stay', () => {
  const traveller = (overrides: Partial<GuestInput> = {}) =>
    storedGuest('a', { arrival: TK334, departure: TK335, ...overrides });
  const outside = (visit: Visit) =>
    all([visit])
      .filter((c) => c.code === 'outsideGuestStay')
      .map((c) => c.entry.entryId);

  it('flags an item before the guest lands or after the guest takes off, to the minute', () => {
    const day = (date: string, start: string, end: string) => ({
      startDate: date,
      startTime: start,
      endDate: date,
      endTime: end,
    });
    const visit = storedVisit('v1', {
      guests: [traveller()],
      programme: [
        programmeItem('before landing', day('2026-05-12', '10:00', '11:00')),
        programmeItem('on landing', day('2026-05-12', '14:35', '14:50')),
        programmeItem('farewell', day('2026-05-15', '16:50', '17:50')),
        programmeItem('after take-off', day('2026-05-15', '17:00', '18:00')),
      ],
    });

    expect(outside(visit)).toEqual(['before landing', 'after take-off']);
    expect(all([visit]).find((c) => c.code === 'outsideGuestStay')).toMatchObject({
      id: 'outsideGuestStay:v1:before landing:a',
      params: {
        name: 'a Öztürk',
        arrival: '2026-05-12',
        arrivalTime: '14:35',
        departure: '2026-05-15',
        departureTime: '17:50',
      },
    });
  });

  it('counts a journey without a time as the whole day', () => {
    const visit = storedVisit('v1', {
      guests: [traveller({ arrival: { date: '2026-05-13' }, departure: { date: '2026-05-14' } })],
      programme: [
        programmeItem('the day before', {
          startDate: '2026-05-12',
          startTime: '18:00',
          endDate: '2026-05-12',
          endTime: '19:00',
        }),
        programmeItem('early', {
          startDate: '2026-05-13',
          startTime: '00:00',
          endDate: '2026-05-13',
          endTime: '01:00',
        }),
        programmeItem('late', {
          startDate: '2026-05-14',
          startTime: '23:00',
          endDate: '2026-05-15',
          endTime: '00:00',
        }),
        programmeItem('past midnight', {
          startDate: '2026-05-14',
          startTime: '23:00',
          endDate: '2026-05-15',
          endTime: '00:30',
        }),
      ],
    });

    expect(outside(visit)).toEqual(['the day before', 'past midnight']);
  });

  it('uses the visit dates for a guest without dates of their own', () => {
    const visit = storedVisit('v1', {
      guests: [storedGuest('a')],
      programme: [
        programmeItem('first morning', {
          startDate: '2026-05-12',
          startTime: '00:00',
          endDate: '2026-05-12',
          endTime: '09:00',
        }),
        programmeItem('last night', {
          startDate: '2026-05-15',
          startTime: '22:00',
          endDate: '2026-05-16',
          endTime: '00:00',
        }),
        programmeItem('after', {
          startDate: '2026-05-15',
          startTime: '23:00',
          endDate: '2026-05-16',
          endTime: '01:00',
        }),
      ],
    });

    expect(outside(visit)).toEqual(['after']);
    expect(all([visit]).find((c) => c.code === 'outsideGuestStay')?.params).toMatchObject({
      arrival: '2026-05-12',
      arrivalTime: '',
      departure: '2026-05-15',
      departureTime: '',
    });
  });

  it('checks only the guests an item includes', () => {
    const visit = storedVisit('v1', {
      guests: [traveller(), storedGuest('b')],
      programme: [
        programmeItem('b only', {
          startDate: '2026-05-12',
          startTime: '09:00',
          endDate: '2026-05-12',
          endTime: '10:00',
          allGuests: false,
          guestIds: ['b'],
        }),
        programmeItem('everybody', {
          startDate: '2026-05-12',
          startTime: '10:00',
          endDate: '2026-05-12',
          endTime: '11:00',
        }),
      ],
    });

    expect(all([visit]).map((c) => [c.code, c.entry.entryId, c.params.name])).toEqual([
      ['outsideGuestStay', 'everybody', 'a Öztürk'],
    ]);
  });
});

describe('the window asked for', () => {
  it('keeps conflicts of entries starting within it, including from a visit that began before it', () => {
    const visit = storedVisit('v1', {
      programme: [
        meeting('13-a', '10:00', '11:00', { venue: 'Hall' }),
        meeting('13-b', '10:00', '11:00', { venue: 'Hall' }),
        programmeItem('14-a', {
          startDate: '2026-05-14',
          startTime: '10:00',
          endDate: '2026-05-14',
          endTime: '11:00',
          venue: 'Hall',
        }),
        programmeItem('14-b', {
          startDate: '2026-05-14',
          startTime: '10:00',
          endDate: '2026-05-14',
          endTime: '11:00',
          venue: 'Hall',
        }),
      ],
    });

    expect(summary(findConflicts([visit], '2026-05-14', '2026-05-15')).map((s) => s[1])).toEqual(['14-a']);
    expect(summary(findConflicts([visit], '2026-05-13', '2026-05-14')).map((s) => s[1])).toEqual(['13-a']);
    expect(findConflicts([visit], '2026-05-16', '2026-05-20')).toEqual([]);
  });
});

describe('entries that continue into the window', () => {
  it('keeps the conflicts of an entry that began before the window and is still going on in it', () => {
    const visit = storedVisit('v1', {
      guests: [storedGuest('a')],
      programme: [
        programmeItem('excursion', {
          startDate: '2026-05-13',
          startTime: '09:00',
          endDate: '2026-05-14',
          endTime: '18:00',
          allGuests: false,
          guestIds: ['a'],
        }),
        programmeItem('concert', {
          startDate: '2026-05-13',
          startTime: '20:00',
          endDate: '2026-05-14',
          endTime: '10:00',
        }),
      ],
    });

    expect(summary(findConflicts([visit], '2026-05-14', '2026-05-15'))).toEqual([
      ['guestOverlap', 'concert', 'excursion', 'a Öztürk'],
    ]);
    expect(findConflicts([visit], '2026-05-15', '2026-05-16')).toEqual([]);
  });
});

describe('overlap detection, on random programmes', () => {
  /** Each way of writing a resource, with who or what it names: the brute force compares these. */
  const named = (table: [string, string][], value: string) =>
    table.find(([text]) => text.trim() === value)?.[1];
  const VENUES: [string, string][] = [
    ['', ''],
    ['Senate Hall', 'hall'],
    ['senate  hall', 'hall'],
    ['Library', 'library'],
  ];
  const VEHICLES: [string, string][] = [
    ['', ''],
    ['10-AB-123', 'car'],
    ['10 ab 123', 'car'],
    ['90-XY-001', 'van'],
  ];
  const HOSTS: [string, string][] = [
    ['Rector', 'rector'],
    [' rector', 'rector'],
    ['Dean', 'dean'],
  ];
  /** v1 guests a, b; v2 guests x (a's passport: the same person) and y. */
  const PERSON: Record<string, string> = { 'v1:a': 'A', 'v1:b': 'B', 'v2:x': 'A', 'v2:y': 'Y' };
  const GUESTS: Record<string, string[]> = { v1: ['a', 'b'], v2: ['x', 'y'] };
  const OVERLAP: Record<string, ConflictCode> = {
    person: 'guestOverlap',
    host: 'hostOverlap',
    venue: 'venueOverlap',
    vehicle: 'vehicleOverlap',
  };

  const item = fc.record({
    day: fc.integer({ min: 12, max: 14 }),
    start: fc.integer({ min: 0, max: 47 }),
    halfHours: fc.integer({ min: 1, max: 8 }),
    venue: fc.integer({ min: 0, max: VENUES.length - 1 }),
    vehicle: fc.integer({ min: 0, max: VEHICLES.length - 1 }),
    hosts: fc.subarray([0, 1, 2]),
    guests: fc.option(fc.subarray([0, 1], { minLength: 1 }), { nil: undefined }),
  });
  type Draw = typeof item extends fc.Arbitrary<infer T> ? T : never;

  const time = (halfHours: number) =>
    `${String(Math.floor(halfHours / 2) % 24).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`;
  const dayOf = (day: number, halfHours: number) =>
    `2026-05-${String(day + Math.floor(halfHours / 48)).padStart(2, '0')}`;

  function toVisit(visitId: string, draws: Draw[]): Visit {
    const [first = '', second = ''] = GUESTS[visitId] ?? [];
    return storedVisit(visitId, {
      guests: [
        storedGuest(first, visitId === 'v2' ? { passport: { number: 'Pa', issuingCountry: 'TR' } } : {}),
        storedGuest(second),
      ],
      programme: draws.map((d, i) =>
        programmeItem(`i${i}`, {
          startDate: dayOf(d.day, d.start),
          startTime: time(d.start),
          endDate: dayOf(d.day, d.start + d.halfHours),
          endTime: time(d.start + d.halfHours),
          venue: VENUES[d.venue]?.[0] ?? '',
          vehicle: VEHICLES[d.vehicle]?.[0] ?? '',
          hosts: d.hosts.map((h) => HOSTS[h]?.[0] ?? ''),
          allGuests: d.guests === undefined,
          guestIds: (d.guests ?? []).map((g) => (g === 0 ? first : second)),
        }),
      ),
    });
  }

  /** Every pair of items, each against each, by the plain definition of an overlap. */
  function bruteForce(visits: Visit[]): string[] {
    const entries = visits.flatMap((v) =>
      v.programme.map((p) => ({
        key: `${v.id}:${p.id}`,
        start: minutesOf(p.startDate, p.startTime),
        end: minutesOf(p.endDate, p.endTime),
        person: new Set(
          (p.allGuests ? v.guests.map((g) => g.id) : p.guestIds).map((g) => PERSON[`${v.id}:${g}`]),
        ),
        host: new Set(p.hosts.map((h) => named(HOSTS, h))),
        venue: new Set([named(VENUES, p.venue)].filter(Boolean)),
        vehicle: new Set([named(VEHICLES, p.vehicle)].filter(Boolean)),
      })),
    );
    const found: string[] = [];
    entries.forEach((a, i) =>
      entries.slice(i + 1).forEach((b) => {
        if (!(a.start < b.end && b.start < a.end)) return;
        for (const resource of ['person', 'host', 'venue', 'vehicle'] as const) {
          if ([...a[resource]].some((x) => b[resource].has(x)))
            found.push(`${OVERLAP[resource]} ${[a.key, b.key].sort().join(' ')}`);
        }
      }),
    );
    return found.sort();
  }

  const asPairs = (conflicts: Conflict[]) =>
    conflicts
      .map(
        (c) =>
          `${c.code} ${[`${c.entry.visitId}:${c.entry.entryId}`, `${c.other?.visitId}:${c.other?.entryId}`].sort().join(' ')}`,
      )
      .sort();

  it('finds exactly the overlapping pairs a pairwise check finds, whatever the order of items and visits', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 7 }), fc.array(item, { maxLength: 7 }), (one, two) => {
        const visits = [toVisit('v1', one), toVisit('v2', two)];
        const reversed = visits.map((v) => ({ ...v, programme: [...v.programme].reverse() })).reverse();

        const found = all(visits);

        expect(asPairs(found)).toEqual(bruteForce(visits));
        expect(asPairs(all(reversed))).toEqual(asPairs(found));
        expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a visit exactly the conflicts of its days that involve it, worked out for it alone', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 7 }), fc.array(item, { maxLength: 7 }), (one, two) => {
        const visits = [toVisit('v1', one), toVisit('v2', two)];
        for (const visit of visits) {
          // The visit first, as its page asks: a shared guest is then named as this visit spells them.
          const involved = all([visit, ...visits.filter((v) => v !== visit)]).filter(
            (c) => c.entry.visitId === visit.id || c.other?.visitId === visit.id,
          );
          expect(visitConflicts(visit, visits)).toEqual(involved);
        }
      }),
      { numRuns: 300 },
    );
  });
});
