import { describe, expect, it } from 'vitest';
import { daySchedule } from '../../../../src/core/planning/calendar';
import { guest, hotel, item, stay, visit } from '../print/fixtures';

const ayse = guest('g1', 'Ayşe', 'Öztürk', {
  nameCyrillic: 'Айше Озтюрк',
  arrival: {
    date: '2026-05-12',
    time: '14:35',
    flight: 'TK 334',
    airport: 'GYD',
    terminal: '1',
    pickup: { vehicle: 'Kia 10-AB-123', driver: 'Elçin', escort: 'Nigar', leaveAt: '13:30' },
  },
  departure: { date: '2026-05-15', time: '17:50', flight: 'TK 335', airport: 'GYD' },
});
const burak = guest('g2', 'Burak', 'Kaya', {
  arrival: { date: '2026-05-12', time: '09:10', flight: 'J2 12', airport: 'GYD' },
});

describe('the schedule of a day', () => {
  it('orders items and transfers by start time, then by visit, whichever visit they belong to', () => {
    const a = visit('a', {
      title: 'Ankara',
      guests: [ayse],
      programme: [
        item('lunch', {
          startDate: '2026-05-12',
          startTime: '16:00',
          endDate: '2026-05-12',
          endTime: '17:00',
        }),
      ],
    });
    const b = visit('b', {
      title: 'Berlin',
      guests: [burak],
      programme: [
        item('tour', {
          startDate: '2026-05-12',
          startTime: '11:00',
          endDate: '2026-05-12',
          endTime: '13:00',
        }),
      ],
    });

    const day = daySchedule([a, b], [hotel], '2026-05-12', 'en');

    expect(day.rows.map((r) => [r.startTime, r.visitId, r.kind])).toEqual([
      ['08:10', 'b', 'transfer'],
      ['11:00', 'b', 'item'],
      ['13:30', 'a', 'transfer'],
      ['16:00', 'a', 'item'],
    ]);
    expect(day.arrivals.map((t) => t.number)).toEqual(['J2 12', 'TK 334']);
    expect(day.arrivals[1]).toMatchObject({
      terminal: '1',
      vehicle: 'Kia 10-AB-123',
      driver: 'Elçin',
      escort: 'Nigar',
      leaveAt: '13:30',
    });
    expect(day.departures).toEqual([]);
  });

  it('shows an item crossing midnight on both days, marked as continuing', () => {
    const v = visit('a', {
      programme: [
        item('gala', {
          title: 'Gala',
          startDate: '2026-05-13',
          startTime: '22:00',
          endDate: '2026-05-14',
          endTime: '01:30',
        }),
      ],
    });

    const first = daySchedule([v], [], '2026-05-13', 'en');
    const second = daySchedule([v], [], '2026-05-14', 'en');

    expect(first.rows).toHaveLength(1);
    expect(first.rows[0]).toMatchObject({
      title: 'Gala',
      continuesFromPreviousDay: false,
      continuesToNextDay: true,
    });
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0]).toMatchObject({
      title: 'Gala',
      continuesFromPreviousDay: true,
      continuesToNextDay: false,
    });
  });

  it('puts an item that came over from the night before ahead of the morning', () => {
    const v = visit('a', {
      programme: [
        item('breakfast', {
          startDate: '2026-05-14',
          startTime: '08:00',
          endDate: '2026-05-14',
          endTime: '09:00',
        }),
        item('gala', {
          startDate: '2026-05-13',
          startTime: '22:00',
          endDate: '2026-05-14',
          endTime: '01:30',
        }),
      ],
    });

    expect(daySchedule([v], [], '2026-05-14', 'en').rows.map((r) => r.id)).toEqual(['gala', 'breakfast']);
  });

  it('has nothing for a day without visits, and a visit without items still lists the visit', () => {
    const v = visit('a', { title: 'Quiet visit' });

    const empty = daySchedule([v], [], '2026-06-01', 'en');
    const quiet = daySchedule([v], [], '2026-05-13', 'en');

    expect(empty).toMatchObject({
      visits: [],
      rows: [],
      arrivals: [],
      departures: [],
      checkIns: [],
      checkOuts: [],
      conflicts: [],
    });
    expect(quiet.visits.map((x) => x.title)).toEqual(['Quiet visit']);
    expect(quiet.rows).toEqual([]);
  });

  it('gathers a day of three visits: each visit listed, rows of all three interleaved, hotel moves of each', () => {
    const visits = ['c', 'a', 'b'].map((id, i) =>
      visit(id, {
        title: `Visit ${id.toUpperCase()}`,
        guests: [guest(`${id}1`, 'Guest', id.toUpperCase())],
        stays: [stay(`s${id}`, [`${id}1`], '2026-05-13', '2026-05-15')],
        programme: [
          item(`${id}-morning`, {
            startDate: '2026-05-13',
            startTime: `${8 + i}:00`.padStart(5, '0'),
            endDate: '2026-05-13',
            endTime: `${8 + i}:45`.padStart(5, '0'),
          }),
          item(`${id}-evening`, {
            startDate: '2026-05-13',
            startTime: `1${8 - i}:00`,
            endDate: '2026-05-13',
            endTime: `1${8 - i}:30`,
          }),
        ],
      }),
    );

    const day = daySchedule(visits, [hotel], '2026-05-13', 'en');

    expect(day.visits.map((v) => v.title)).toEqual(['Visit A', 'Visit B', 'Visit C']);
    expect(day.rows.map((r) => r.id)).toEqual([
      'c-morning',
      'a-morning',
      'b-morning',
      'b-evening',
      'a-evening',
      'c-evening',
    ]);
    expect(day.checkIns.map((m) => [m.visitId, m.hotel, m.roomNumber, m.guests])).toEqual([
      ['a', 'Qafqaz Hotel', '512', ['Guest A']],
      ['b', 'Qafqaz Hotel', '512', ['Guest B']],
      ['c', 'Qafqaz Hotel', '512', ['Guest C']],
    ]);
    expect(daySchedule(visits, [hotel], '2026-05-15', 'en').checkOuts).toHaveLength(3);
  });

  it('names guests and titles in the language asked for', () => {
    const v = visit('a', {
      guests: [ayse],
      programme: [
        item('m', {
          title: 'Görüş',
          titles: { az: '', en: 'Meeting with the rector', ru: 'Встреча с ректором' },
          allGuests: false,
          guestIds: ['g1'],
        }),
      ],
    });

    const ru = daySchedule([v], [], '2026-05-13', 'ru');

    expect(ru.rows[0]).toMatchObject({
      title: 'Встреча с ректором',
      guests: ['Айше Озтюрк'],
      allGuests: false,
    });
    expect(daySchedule([v], [], '2026-05-13', 'az').rows[0]?.title).toBe('Görüş');
  });

  it('leaves out a cancelled visit', () => {
    const v = visit('a', { status: 'cancelled', programme: [item('m', {})] });

    expect(daySchedule([v], [], '2026-05-13', 'en')).toMatchObject({ visits: [], rows: [] });
  });
});
