import { describe, expect, it } from 'vitest';
import { calendarRange } from '../../../../src/core/planning/calendar';
import type { Hotel, Stay } from '../../../../src/shared/accommodation';
import type { Visit } from '../../../../src/shared/domain';
import type { Language } from '../../../../src/shared/languages';
import type { CalendarEntry } from '../../../../src/shared/planning';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

const HOTELS: Hotel[] = [
  { id: 'h1', name: 'Qafqaz Hotel', address: '', city: 'Baku', phone: '', email: '', notes: '' },
];

const stay = (guestIds: string[], checkIn: string, checkOut: string): Stay => ({
  id: `s-${guestIds.join('')}`,
  guestIds,
  hotelId: 'h1',
  roomNumber: '101',
  roomType: 'double',
  checkIn,
  checkOut,
  confirmation: '',
  payer: 'host',
});

const range = (
  visits: Visit[],
  from: string,
  to: string,
  visitIds: string[] = [],
  language: Language = 'en',
) => calendarRange(visits, HOTELS, { from, to, visitIds }, language);
const ids = (entries: CalendarEntry[]) => entries.map((e) => e.id);

describe('calendarRange', () => {
  const visit = storedVisit('v1', {
    colour: '#2f9e44',
    guests: [
      storedGuest('a', { givenNames: 'Ayşe', nameCyrillic: 'Айше Озтюрк' }),
      storedGuest('b', { givenNames: 'Burak' }),
    ],
    programme: [
      programmeItem('rector', {
        startDate: '2026-05-13',
        startTime: '10:00',
        endDate: '2026-05-13',
        endTime: '11:00',
        venue: 'Senate Hall',
      }),
      programmeItem('dinner', {
        type: 'meal',
        startDate: '2026-05-13',
        startTime: '22:00',
        endDate: '2026-05-14',
        endTime: '00:30',
        allGuests: false,
        guestIds: ['a'],
      }),
      programmeItem('midnight', {
        startDate: '2026-05-14',
        startTime: '00:00',
        endDate: '2026-05-14',
        endTime: '01:00',
      }),
    ],
  });

  it('shows the items that take place in the range, the end of the range excluded', () => {
    expect(ids(range([visit], '2026-05-13', '2026-05-14').entries)).toEqual(['rector', 'dinner']);
    expect(ids(range([visit], '2026-05-14', '2026-05-15').entries)).toEqual(['dinner', 'midnight']);
    expect(range([visit], '2026-05-16', '2026-05-20')).toEqual({ visits: [], entries: [], conflicts: [] });
  });

  it('draws an item as the calendar needs it: its visit colour, times, type, guests and venue, movable', () => {
    const [rector, dinner] = range([visit], '2026-05-13', '2026-05-14').entries;

    expect(rector).toEqual({
      id: 'rector',
      kind: 'item',
      visitId: 'v1',
      colour: '#2f9e44',
      title: 'Meeting with the rector',
      allDay: false,
      startDate: '2026-05-13',
      startTime: '10:00',
      endDate: '2026-05-13',
      endTime: '11:00',
      itemType: 'meeting',
      guests: [],
      venue: 'Senate Hall',
      conflict: false,
      editable: true,
    });
    expect(dinner?.guests).toEqual(['Ayşe Öztürk']);
  });

  it('titles items and names guests in the language asked for, where a translation exists', () => {
    const translated = storedVisit('v1', {
      ...visit,
      programme: visit.programme.map((p) =>
        p.id === 'dinner' ? { ...p, titles: { az: 'Şam yeməyi', en: '', ru: 'Ужин' } } : p,
      ),
    });
    const titles = (language: Language) =>
      range([translated], '2026-05-13', '2026-05-14', [], language).entries.map((e) => [e.title, e.guests]);

    expect(titles('az')).toEqual([
      ['Meeting with the rector', []],
      ['Şam yeməyi', ['Ayşe Öztürk']],
    ]);
    expect(titles('en')).toEqual([
      ['Meeting with the rector', []],
      ['Meeting with the rector', ['Ayşe Öztürk']],
    ]);
    expect(titles('ru')).toEqual([
      ['Meeting with the rector', []],
      ['Ужин', ['Айше Озтюрк']],
    ]);
  });

  it('shows hotel nights as whole days from check-in to the night before check-out', () => {
    const withStay = storedVisit('v1', {
      ...visit,
      programme: [],
      stays: [stay(['a', 'b'], '2026-05-12', '2026-05-15')],
    });

    const nights = range([withStay], '2026-05-14', '2026-05-15').entries;

    expect(nights).toEqual([
      {
        id: 'hn-v1-h1-2026-05-12-2026-05-15',
        kind: 'hotelNight',
        visitId: 'v1',
        colour: '#2f9e44',
        title: 'Qafqaz Hotel',
        allDay: true,
        startDate: '2026-05-12',
        startTime: '',
        endDate: '2026-05-14',
        endTime: '',
        guests: ['Ayşe Öztürk', 'Burak Öztürk'],
        venue: '',
        conflict: false,
        editable: false,
      },
    ]);
    expect(range([withStay], '2026-05-15', '2026-05-16').entries).toEqual([]);
  });

  it('shows transfers, timed or, without a flight time, all day, not movable', () => {
    const travelling = storedVisit('v1', {
      guests: [
        storedGuest('a', {
          arrival: { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD', terminal: '1' },
        }),
        storedGuest('b', { arrival: { date: '2026-05-12', flight: 'J2 8' } }),
      ],
    });

    const entries = range([travelling], '2026-05-12', '2026-05-13').entries;

    expect(
      entries.map((e) => [
        e.kind,
        e.title,
        e.allDay,
        e.startTime,
        e.endTime,
        e.direction,
        e.guests,
        e.venue,
        e.editable,
      ]),
    ).toEqual([
      ['transfer', 'J2 8', true, '', '', 'arrival', ['b Öztürk'], '', false],
      ['transfer', 'TK 334', false, '13:35', '16:05', 'arrival', ['a Öztürk'], 'GYD, terminal 1', false],
    ]);
    // Where the car meets the flight reads in the calendar's language.
    const ru = range([travelling], '2026-05-12', '2026-05-13', [], 'ru').entries;
    expect(ru.map((e) => e.venue)).toEqual(['', 'GYD, терминал 1']);
  });

  it('marks the entries in a conflict and answers the conflicts of the range', () => {
    const clash = storedVisit('v1', {
      ...visit,
      programme: [
        ...visit.programme,
        programmeItem('press', {
          startDate: '2026-05-13',
          startTime: '10:30',
          endDate: '2026-05-13',
          endTime: '11:30',
          venue: 'Senate Hall',
        }),
      ],
    });

    const shown = range([clash], '2026-05-13', '2026-05-14');

    expect(shown.entries.map((e) => [e.id, e.conflict])).toEqual([
      ['rector', true],
      ['dinner', true],
      ['press', true],
    ]);
    // Ayşe's dinner runs past midnight into the item that starts at midnight.
    expect(shown.conflicts.map((c) => [c.code, c.entry.entryId, c.other?.entryId])).toEqual([
      ['guestOverlap', 'press', 'rector'],
      ['venueOverlap', 'press', 'rector'],
      ['guestOverlap', 'dinner', 'midnight'],
    ]);
    expect(range([visit], '2026-05-13', '2026-05-14').entries.map((e) => [e.id, e.conflict])).toEqual([
      ['rector', false],
      ['dinner', true],
    ]);
  });

  it('marks an entry that began the day before and is in a conflict on the day shown', () => {
    const night = storedVisit('v1', {
      ...visit,
      programme: [
        programmeItem('train', {
          startDate: '2026-05-13',
          startTime: '21:00',
          endDate: '2026-05-14',
          endTime: '09:00',
          vehicle: '10-AB-123',
        }),
        programmeItem('airport', {
          startDate: '2026-05-13',
          startTime: '23:00',
          endDate: '2026-05-14',
          endTime: '01:00',
          vehicle: '10 AB 123',
        }),
      ],
    });

    const shown = range([night], '2026-05-14', '2026-05-15');

    expect(shown.entries.map((e) => [e.id, e.conflict])).toEqual([
      ['train', true],
      ['airport', true],
    ]);
    expect(shown.conflicts.map((c) => c.code)).toEqual(['guestOverlap', 'vehicleOverlap']);
  });

  it('shows only the visits asked for, with the conflicts they take part in, and never a cancelled one', () => {
    const hall = (id: string, status: Visit['status'] = 'planned') =>
      storedVisit(id, {
        title: `Visit ${id}`,
        status,
        programme: [
          programmeItem(`${id}-talk`, { venue: 'Senate Hall' }),
          programmeItem(`${id}-tea`, { venue: `Room ${id}` }),
        ],
      });
    const own = storedVisit('v3', {
      title: 'Visit v3',
      programme: [programmeItem('v3-a', { hosts: ['Dean'] }), programmeItem('v3-b', { hosts: ['Dean'] })],
    });
    const visits = [hall('v1'), hall('v2'), own, hall('v4', 'cancelled')];

    const chosen = range(visits, '2026-05-13', '2026-05-14', ['v2']);

    expect(chosen.visits).toEqual([{ id: 'v2', title: 'Visit v2', colour: '#1c7ed6' }]);
    expect(chosen.entries.map((e) => [e.id, e.conflict])).toEqual([
      ['v2-talk', true],
      ['v2-tea', false],
    ]);
    expect(chosen.conflicts.map((c) => [c.code, c.entry.entryId, c.other?.entryId])).toEqual([
      ['venueOverlap', 'v1-talk', 'v2-talk'],
    ]);
    expect(range(visits, '2026-05-13', '2026-05-14').visits.map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
  });
});
