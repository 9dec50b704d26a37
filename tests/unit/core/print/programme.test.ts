import { describe, expect, it } from 'vitest';
import { visitProgramme } from '../../../../src/core/print/programme';
import { institutionSchema } from '../../../../src/shared/institution';
import { describeLine, endTimeOn } from '../../../../src/shared/print';
import { sayIn } from '../../../../src/core/print/say';
import { guest, hotel, item, stay, visit } from './fixtures';

const journey = {
  airport: 'GYD',
  terminal: '1',
  pickup: { vehicle: 'Kia', driver: 'Elçin', escort: 'Nigar', leaveAt: '12:30' },
};
const mehmet = guest('g1', 'Mehmet', 'Yılmaz', {
  nameAz: 'Məhməd Yılmaz',
  nameCyrillic: 'Мехмет Йылмаз',
  arrival: { date: '2026-05-12', time: '13:20', flight: 'TK 334', ...journey },
  departure: { date: '2026-05-15', time: '11:05', flight: 'TK 335', ...journey },
});
const ayse = guest('g2', 'Ayşe', 'Öztürk', {
  arrival: { date: '2026-05-12', time: '13:20', flight: 'TK 334', ...journey },
});
const institution = institutionSchema.parse({
  name: {
    az: 'Bakı Dövlət Universiteti',
    en: 'Baku State University',
    ru: 'Бакинский государственный университет',
  },
  phone: '+994 12 539 05 35',
  verificationContact: { name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: '' },
});

const fourDays = visit('v', {
  title: 'Ankara',
  guests: [mehmet, ayse],
  stays: [stay('s1', ['g1', 'g2'], '2026-05-12', '2026-05-15')],
  programme: [
    item('dinner', {
      title: 'Şam yeməyi',
      titles: { az: '', en: 'Dinner', ru: 'Ужин' },
      startDate: '2026-05-12',
      startTime: '19:00',
      endDate: '2026-05-12',
      endTime: '21:00',
    }),
    item('rector', {
      title: 'Rektorla görüş',
      startDate: '2026-05-12',
      startTime: '16:00',
      endDate: '2026-05-12',
      endTime: '17:00',
      hosts: ['Prof. Babayev'],
    }),
    item('night', {
      title: 'Gecə gəzintisi',
      startDate: '2026-05-13',
      startTime: '22:30',
      endDate: '2026-05-14',
      endTime: '01:00',
      allGuests: false,
      guestIds: ['g1'],
    }),
  ],
});

describe('a visit programme for its guests', () => {
  it('has every day from arrival to departure, a free day included, each in time order with the journeys', () => {
    const p = visitProgramme(fourDays, [hotel], institution, 'en');

    expect(p.days.map((d) => d.date)).toEqual(['2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15']);
    expect(p.days[0]?.lines.map((l) => [l.startTime, l.title])).toEqual([
      ['13:20', 'TK 334'],
      ['16:00', 'Rektorla görüş'],
      ['19:00', 'Dinner'],
    ]);
    expect(p.days[2]?.lines).toEqual([]);
    expect(p.days[3]?.lines.map((l) => [l.startTime, l.title, l.guests])).toEqual([
      ['11:05', 'TK 335', ['Mehmet Yılmaz']],
    ]);
  });

  it('keeps a night item on the day it starts, saying when it ends, and names only the guests it is for', () => {
    const p = visitProgramme(fourDays, [hotel], institution, 'ru');
    const night = p.days[1]?.lines[0];

    expect(night).toMatchObject({
      title: 'Gecə gəzintisi',
      endDate: '2026-05-14',
      guests: ['Мехмет Йылмаз'],
    });
    const d = night && describeLine(night, sayIn('ru'), (iso) => iso);
    expect(d).toEqual({
      time: '22:30',
      title: 'Gecə gəzintisi',
      details: ['до 2026-05-14, 01:00', 'Для: Мехмет Йылмаз'],
    });
  });

  it('describes an arrival with its flight, place and car in the chosen language', () => {
    const p = visitProgramme(fourDays, [hotel], institution, 'az');
    const arrival = p.days[0]?.lines[0];

    expect(arrival && describeLine(arrival, sayIn('az'), (iso) => iso)).toEqual({
      time: '13:20',
      title: 'Gəliş · TK 334 reysi',
      details: ['GYD, terminal 1', 'Avtomobilin yola düşmə vaxtı: 12:30'],
    });
  });

  it('gives the hotel, the delegation by name in the language, and the officer with the office contacts', () => {
    const p = visitProgramme({ ...fourDays, responsibleOfficer: '' }, [hotel], institution, 'az');

    expect(p.guests).toEqual(['Məhməd Yılmaz', 'Ayşe Öztürk']);
    expect(p.hotels).toEqual([
      {
        name: 'Qafqaz Hotel',
        address: 'Azadlıq pr. 1',
        city: 'Bakı',
        phone: '+994 12 000 00 00',
        checkIn: '2026-05-12',
        checkOut: '2026-05-15',
        guests: [],
      },
    ]);
    expect(p.officer).toEqual({ name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: '' });
    expect(
      visitProgramme({ ...fourDays, responsibleOfficer: 'Rəşad Məmmədov' }, [], null, 'en').officer,
    ).toEqual({ name: 'Rəşad Məmmədov', phone: '', email: '' });
  });

  it("asks for the officer's name in the programme's language, and prints it once given", () => {
    const typedInAz = { ...fourDays, lang: 'az' as const, responsibleOfficer: 'Nigar Əliyeva' };
    const asked = visitProgramme(typedInAz, [], null, 'ru');
    expect(asked.officer.name).toBe('Nigar Əliyeva');
    expect(asked.missingTexts.filter((m) => m.field === 'responsibleOfficer')).toEqual([
      {
        owner: 'visit',
        id: 'v',
        field: 'responsibleOfficer',
        language: 'ru',
        original: 'Nigar Əliyeva',
        from: 'az',
      },
    ]);

    const given = { ...typedInAz, translations: { ru: { responsibleOfficer: 'Нигяр Алиева' } } };
    const printed = visitProgramme(given, [], null, 'ru');
    expect(printed.officer.name).toBe('Нигяр Алиева');
    expect(printed.missingTexts.filter((m) => m.field === 'responsibleOfficer')).toEqual([]);
    expect(visitProgramme(given, [], null, 'az').officer.name).toBe('Nigar Əliyeva');
  });

  it('adds a day outside the visit when a guest comes early', () => {
    const early = {
      ...fourDays,
      guests: [
        guest('g3', 'Lena', 'Fischer', { arrival: { date: '2026-05-11', time: '23:00', flight: 'LH 1' } }),
      ],
    };

    expect(visitProgramme(early, [], null, 'en').days[0]?.date).toBe('2026-05-11');
  });
});

describe('the end of a span on a given day', () => {
  it('reads midnight at the end of the day as 24:00, and any other end as it is', () => {
    expect(endTimeOn('2026-05-13', { endDate: '2026-05-14', endTime: '00:00' })).toBe('24:00');
    expect(endTimeOn('2026-05-13', { endDate: '2026-05-14', endTime: '01:30' })).toBe('01:30');
    expect(endTimeOn('2026-05-13', { endDate: '2026-05-13', endTime: '18:00' })).toBe('18:00');
  });
});
