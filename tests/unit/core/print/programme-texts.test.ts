import { describe, expect, it } from 'vitest';
import { visitProgramme } from '../../../../src/core/print/programme';
import { hotel, item, stay, visit, guest } from './fixtures';

const rector = item('rector', {
  title: 'Rektorla görüş',
  titles: { az: '', en: 'Meeting with the rector', ru: 'Встреча с ректором' },
  venue: 'Əsas bina, 2-ci mərtəbə',
  hosts: ['Prof. Elmar Babayev', 'Dekan Aynur Həsənova'],
  lang: 'az',
  translations: { ru: { venue: 'Главный корпус, 2-й этаж' } },
  startDate: '2026-05-13',
});
const qafqaz = {
  ...hotel,
  name: 'Qafqaz Otel',
  address: 'Neftçilər prospekti 12',
  lang: 'az' as const,
  translations: { ru: { name: 'Отель «Гафгаз»', address: 'проспект Нефтчиляр, 12', city: 'Баку' } },
};
const trip = visit('v', {
  title: 'Ankara Universitetinin nümayəndə heyəti',
  lang: 'az',
  translations: { ru: { title: 'Делегация Анкарского университета' } },
  guests: [guest('g1', 'Mehmet', 'Yılmaz')],
  stays: [stay('s1', ['g1'], '2026-05-12', '2026-05-15')],
  programme: [rector],
});

describe('a programme printed for guests in a language', () => {
  it('prints the texts of that language and lists, once each, what exists only in another', () => {
    const ru = visitProgramme(trip, [qafqaz], null, 'ru');
    const line = ru.days.flatMap((d) => d.lines).find((l) => l.id === 'rector');

    expect(ru.visit.title).toBe('Делегация Анкарского университета');
    expect(line).toMatchObject({ title: 'Встреча с ректором', venue: 'Главный корпус, 2-й этаж' });
    expect(ru.hotels[0]).toMatchObject({
      name: 'Отель «Гафгаз»',
      address: 'проспект Нефтчиляр, 12',
      city: 'Баку',
    });
    expect(ru.missingTexts).toEqual([
      {
        owner: 'item',
        visitId: 'v',
        id: 'rector',
        field: 'hosts',
        language: 'ru',
        original: 'Prof. Elmar Babayev\nDekan Aynur Həsənova',
        from: 'az',
      },
    ]);
  });

  it('in English lacks the title, venue, hosts and hotel (name, address, city), and prints them as typed meanwhile', () => {
    const en = visitProgramme(trip, [qafqaz], null, 'en');

    expect(en.missingTexts.map((m) => `${m.owner}.${m.field}`)).toEqual([
      'visit.title',
      'item.venue',
      'item.hosts',
      'hotel.name',
      'hotel.address',
      'hotel.city',
    ]);
    expect(en.visit.title).toBe('Ankara Universitetinin nümayəndə heyəti');
    expect(en.days.flatMap((d) => d.lines).find((l) => l.id === 'rector')?.title).toBe(
      'Meeting with the rector',
    );
  });

  it('in the language it was written in lacks nothing', () => {
    expect(visitProgramme(trip, [qafqaz], null, 'az').missingTexts).toEqual([]);
  });
});
