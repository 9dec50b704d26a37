import { afterEach, describe, expect, it } from 'vitest';
import { checkAccommodation } from '../../../../src/core/planning/accommodation-checks';
import { visitTransfers } from '../../../../src/core/planning/transfers';
import type { Hotel, Stay } from '../../../../src/shared/accommodation';
import type { RoomBlock } from '../../../../src/shared/planning';
import { storedGuest, storedVisit } from '../../../support/builders';

const hotel = (id: string, name: string): Hotel => ({
  id,
  name,
  address: '',
  city: 'Baku',
  phone: '',
  email: '',
  notes: '',
});
const HOTELS = [hotel('h1', 'Qafqaz Hotel'), hotel('h2', 'Park Inn')];

/** Guest `id` alone in room `room` of hotel h1 (unless told otherwise), from check-in to check-out. */
function stay(id: string, room: string, checkIn: string, checkOut: string, extra: Partial<Stay> = {}): Stay {
  return {
    id,
    guestIds: [id],
    hotelId: 'h1',
    roomNumber: room,
    roomType: 'single',
    checkIn,
    checkOut,
    confirmation: '',
    payer: 'host',
    ...extra,
  };
}

function blockIssues(stays: Stay[], roomBlocks: RoomBlock[]) {
  const guests = stays
    .flatMap((s) => s.guestIds)
    .filter((id, i, ids) => ids.indexOf(id) === i)
    .map((id) => storedGuest(id));
  const visit = storedVisit('v1', { guests, stays, roomBlocks });
  return checkAccommodation(visit, HOTELS).issues.filter((i) => i.code === 'overRoomBlock');
}

describe('rooms held for a visit', () => {
  it('says nothing while the rooms in use fit the rooms held, or no number is held', () => {
    const stays = [
      stay('a', '101', '2026-05-12', '2026-05-15'),
      stay('b', '102', '2026-05-12', '2026-05-15'),
    ];

    expect(blockIssues(stays, [{ hotelId: 'h1', rooms: 2 }])).toEqual([]);
    expect(blockIssues(stays, [])).toEqual([]);
  });

  it('flags more rooms in use on a night than held, one issue over consecutive nights', () => {
    const stays = [
      stay('a', '101', '2026-05-12', '2026-05-15'),
      stay('b', '102', '2026-05-12', '2026-05-15'),
      stay('c', '103', '2026-05-13', '2026-05-15'),
    ];

    expect(blockIssues(stays, [{ hotelId: 'h1', rooms: 2 }])).toEqual([
      {
        code: 'overRoomBlock',
        guestId: '',
        params: { room: 'Qafqaz Hotel', date: '2026-05-13', lastDate: '2026-05-14', count: 3, held: 2 },
      },
    ]);
  });

  it('does not count the check-out day as a night', () => {
    const stays = [
      stay('a', '101', '2026-05-12', '2026-05-14'),
      stay('b', '102', '2026-05-14', '2026-05-15'),
    ];

    expect(blockIssues(stays, [{ hotelId: 'h1', rooms: 1 }])).toEqual([]);
  });

  it('counts a room shared by two guests once, room numbers case-insensitively, a stay without a number as a room', () => {
    const stays = [
      stay('a', '3a', '2026-05-12', '2026-05-13', { roomType: 'double' }),
      stay('b', '3A', '2026-05-12', '2026-05-13', { roomType: 'double' }),
      stay('c', '', '2026-05-12', '2026-05-13'),
    ];

    expect(blockIssues(stays, [{ hotelId: 'h1', rooms: 2 }])).toEqual([]);
    expect(
      blockIssues(stays, [{ hotelId: 'h1', rooms: 1 }]).map((i) => [i.params.date, i.params.count]),
    ).toEqual([['2026-05-12', 2]]);
  });

  it('counts each hotel against its own block, and splits a run when the count changes', () => {
    const stays = [
      stay('a', '101', '2026-05-12', '2026-05-15'),
      stay('b', '102', '2026-05-12', '2026-05-15'),
      stay('c', '103', '2026-05-14', '2026-05-15'),
      stay('d', '101', '2026-05-12', '2026-05-15', { hotelId: 'h2' }),
      stay('e', '102', '2026-05-12', '2026-05-15', { hotelId: 'h2' }),
    ];

    const issues = blockIssues(stays, [
      { hotelId: 'h1', rooms: 1 },
      { hotelId: 'h2', rooms: 2 },
    ]);

    expect(issues.map((i) => [i.params.room, i.params.date, i.params.lastDate, i.params.count])).toEqual([
      ['Qafqaz Hotel', '2026-05-12', '2026-05-13', 2],
      ['Qafqaz Hotel', '2026-05-14', '2026-05-14', 3],
    ]);
  });
});

describe('nights and times, whatever the time zone of the machine', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  /** Over the night Europe switches to summer time: a wall-clock 02:30 that does not exist in Berlin does in Baku. */
  function plan() {
    const stays = [
      stay('a', '101', '2026-03-28', '2026-03-30'),
      stay('b', '102', '2026-03-29', '2026-03-30'),
    ];
    const visit = storedVisit('v1', {
      arrivalDate: '2026-03-28',
      departureDate: '2026-03-30',
      guests: [
        storedGuest('a', { arrival: { date: '2026-03-29', time: '02:30', flight: 'LH 632' } }),
        storedGuest('b'),
      ],
      stays,
      roomBlocks: [{ hotelId: 'h1', rooms: 1 }],
    });
    return {
      issues: checkAccommodation(visit, HOTELS).issues.map((i) => [i.code, i.params.date, i.params.lastDate]),
      transfers: visitTransfers(visit).map((t) => [t.startDate, t.startTime, t.endDate, t.endTime]),
    };
  }

  it.each(['UTC', 'Asia/Baku', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'gives the same answer in %s',
    (zone) => {
      process.env.TZ = zone;

      expect(plan()).toEqual({
        issues: [
          ['outsideStay', undefined, undefined],
          ['noBed', '2026-03-28', '2026-03-28'],
          ['overRoomBlock', '2026-03-29', '2026-03-29'],
        ],
        transfers: [['2026-03-29', '01:30', '2026-03-29', '04:00']],
      });
    },
  );
});
