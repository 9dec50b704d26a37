import { describe, expect, it } from 'vitest';
import {
  checkAccommodation,
  nightsBetween,
  roomingList,
} from '../../../../src/core/planning/accommodation-checks';
import type { Hotel, Stay } from '../../../../src/shared/accommodation';
import type { Guest } from '../../../../src/shared/domain';
import { guestData } from '../../../support/builders';

const hotel: Hotel = {
  id: 'h1',
  name: 'Qafqaz Hotel',
  address: '',
  city: 'Baku',
  phone: '',
  email: '',
  notes: '',
};

/** A guest staying with the visit (12-15 May) unless given own dates. */
function guest(id: string, givenNames: string, arrival = '', departure = ''): Guest {
  return {
    ...guestData({ givenNames, surname: 'Test', arrival: { date: arrival }, departure: { date: departure } }),
    id,
  };
}

function stay(
  id: string,
  guestIds: string[],
  checkIn: string,
  checkOut: string,
  extra: Partial<Stay> = {},
): Stay {
  const base: Stay = {
    id,
    guestIds,
    hotelId: 'h1',
    roomNumber: '101',
    roomType: 'double',
    checkIn,
    checkOut,
    confirmation: '',
    payer: 'host',
  };
  return { ...base, ...extra };
}

const visit = (guests: Guest[], stays: Stay[]) => ({
  arrivalDate: '2026-05-12',
  departureDate: '2026-05-15',
  guests,
  stays,
});
const codes = (v: ReturnType<typeof visit>) =>
  checkAccommodation(v, [hotel]).issues.map((i) => [i.code, i.params.date ?? i.params.checkIn]);

describe('nights', () => {
  it('are the dates from check-in up to the day before check-out, across a month end', () => {
    expect(nightsBetween('2026-05-30', '2026-06-02')).toEqual(['2026-05-30', '2026-05-31', '2026-06-01']);
    expect(nightsBetween('2026-05-12', '2026-05-12')).toEqual([]);
  });
});

describe('checkAccommodation', () => {
  it('finds nothing when a stay checks out on the departure day', () => {
    expect(codes(visit([guest('a', 'Ayşe')], [stay('s1', ['a'], '2026-05-12', '2026-05-15')]))).toEqual([]);
  });

  it('uses the guest own dates before the visit dates', () => {
    const late = guest('a', 'Ayşe', '2026-05-13', '2026-05-14');
    expect(codes(visit([late], [stay('s1', ['a'], '2026-05-13', '2026-05-14')]))).toEqual([]);
  });

  it('flags a guest without a bed, one issue per run of nights', () => {
    const issues = checkAccommodation(
      visit([guest('a', 'Ayşe')], [stay('s1', ['a'], '2026-05-12', '2026-05-13')]),
      [hotel],
    ).issues;
    expect(issues).toEqual([
      {
        code: 'noBed',
        guestId: 'a',
        params: { name: 'Ayşe Test', date: '2026-05-13', lastDate: '2026-05-14' },
      },
    ]);
  });

  it('flags a guest booked in two places the same night', () => {
    const stays = [
      stay('s1', ['a'], '2026-05-12', '2026-05-15'),
      stay('s2', ['a'], '2026-05-14', '2026-05-15', { roomNumber: '202' }),
    ];
    expect(codes(visit([guest('a', 'Ayşe')], stays))).toEqual([['doubleBooked', '2026-05-14']]);
  });

  it('flags a room given to more guests than it holds, across two stays, but not a full one', () => {
    const guests = [guest('a', 'Ayşe'), guest('b', 'Burak'), guest('c', 'Cem')];
    const full = [
      stay('s1', ['a', 'b'], '2026-05-12', '2026-05-15'),
      stay('s2', ['c'], '2026-05-12', '2026-05-15', { roomNumber: '102' }),
    ];
    expect(codes(visit(guests, full))).toEqual([]);

    const over = [
      stay('s1', ['a', 'b'], '2026-05-12', '2026-05-15'),
      stay('s2', ['c'], '2026-05-14', '2026-05-15', { roomType: 'double' }),
    ];
    const issues = checkAccommodation(visit(guests, over), [hotel]).issues;
    expect(issues.filter((i) => i.code !== 'noBed')).toEqual([
      {
        code: 'roomOverfull',
        guestId: '',
        params: {
          room: 'Qafqaz Hotel, 101',
          date: '2026-05-14',
          lastDate: '2026-05-14',
          count: 3,
          capacity: 2,
        },
      },
    ]);
  });

  it('holds one guest in a single room and treats room numbers case-insensitively', () => {
    const guests = [guest('a', 'Ayşe'), guest('b', 'Burak')];
    const stays = [
      stay('s1', ['a'], '2026-05-12', '2026-05-15', { roomType: 'single', roomNumber: '3a' }),
      stay('s2', ['b'], '2026-05-12', '2026-05-15', { roomType: 'single', roomNumber: '3A' }),
    ];
    expect(codes(visit(guests, stays))).toEqual([['roomOverfull', '2026-05-12']]);
  });

  it('flags a stay outside the guest arrival-departure', () => {
    const stays = [stay('s1', ['a'], '2026-05-11', '2026-05-15')];
    const issues = checkAccommodation(visit([guest('a', 'Ayşe')], stays), [hotel]).issues;
    expect(issues).toEqual([
      {
        code: 'outsideStay',
        guestId: 'a',
        params: {
          name: 'Ayşe Test',
          checkIn: '2026-05-11',
          checkOut: '2026-05-15',
          arrival: '2026-05-12',
          departure: '2026-05-15',
        },
      },
    ]);
  });

  it('flags a stay in a hotel no longer in the directory', () => {
    const result = checkAccommodation(
      visit([guest('a', 'Ayşe')], [stay('s1', ['a'], '2026-05-12', '2026-05-15')]),
      [],
    );
    expect(result.issues.map((i) => i.code)).toEqual(['unknownHotel']);
  });
});

describe('roomingList', () => {
  it('lists each night with the stay of every guest in town, a missing bed as null', () => {
    const guests = [guest('a', 'Ayşe'), guest('b', 'Burak', '2026-05-13', '2026-05-15')];
    const rooming = roomingList(visit(guests, [stay('s1', ['a'], '2026-05-12', '2026-05-15')]));
    expect(rooming).toEqual([
      { date: '2026-05-12', beds: [{ guestId: 'a', stayId: 's1' }] },
      {
        date: '2026-05-13',
        beds: [
          { guestId: 'a', stayId: 's1' },
          { guestId: 'b', stayId: null },
        ],
      },
      {
        date: '2026-05-14',
        beds: [
          { guestId: 'a', stayId: 's1' },
          { guestId: 'b', stayId: null },
        ],
      },
    ]);
  });
});
