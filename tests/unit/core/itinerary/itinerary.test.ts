import { describe, expect, it } from 'vitest';
import { guestItinerary } from '../../../../src/core/itinerary/itinerary';
import { DayTablesCache, itineraryDocx } from '../../../../src/core/itinerary/itinerary-docx';
import type { Hotel } from '../../../../src/shared/accommodation';
import { AppError } from '../../../../src/shared/errors';
import { institutionSchema } from '../../../../src/shared/institution';
import { documentText, part } from '../../letters/docx-xml';
import { guest, item, stay, visit } from '../print/fixtures';

/**
 * A guest's itinerary: only their items, journeys and rooms, in their language, under the letterhead.
 * Expected phrases are written here by hand in each language.
 */

const institution = institutionSchema.parse({
  name: {
    az: 'Bakı Dövlət Universiteti',
    en: 'Baku State University',
    ru: 'Бакинский государственный университет',
  },
  address: { az: 'Z. Xəlilov küç. 33', en: '33 Z. Khalilov St', ru: 'ул. З. Халилова 33' },
  phone: '+994 12 539 05 00',
  email: 'protocol@bsu.edu.az',
});
const hotel: Hotel = {
  id: 'h1',
  name: 'Qafqaz Hotel',
  address: 'Azadlıq pr. 1',
  city: 'Baku',
  phone: '+994 12 000 00 00',
  email: '',
  notes: '',
  lang: 'en',
  translations: {
    en: { address: '1 Azadlig Ave' },
    az: { name: 'Qafqaz Otel', address: 'Azadlıq pr. 1', city: 'Bakı' },
    ru: { name: 'Отель Кавказ', address: 'пр. Азадлыг, 1', city: 'Баку' },
  },
};
const titles = (az: string, en: string, ru: string) => ({ titles: { az, en, ru } });
const v = visit('v', {
  title: 'Ankara University delegation',
  lang: 'en',
  translations: {
    az: { title: 'Ankara Universitetinin nümayəndə heyəti' },
    ru: { title: 'Делегация Университета Анкары', responsibleOfficer: 'Лейла Мамедова' },
  },
  responsibleOfficer: 'Leyla Məmmədova',
  guests: [
    guest('g1', 'Ayşe', 'Öztürk', {
      nameCyrillic: 'Айше Озтюрк',
      arrival: {
        date: '2026-05-12',
        time: '07:05',
        flight: 'LH 1742',
        airport: 'GYD',
        pickup: { vehicle: '', driver: '', escort: '', leaveAt: '06:00' },
      },
      departure: {
        date: '2026-05-15',
        time: '17:50',
        flight: 'LH 1743',
        airport: 'GYD',
        pickup: { vehicle: '', driver: '', escort: '', leaveAt: '14:30' },
      },
    }),
    guest('g2', 'Mehmet', 'YILDIRIM', {
      arrival: { date: '2026-05-12', time: '21:40', flight: 'TK 334', airport: 'GYD' },
    }),
  ],
  stays: [
    { ...stay('s1', ['g1'], '2026-05-12', '2026-05-15'), roomNumber: '512', confirmation: 'QF-1001' },
    { ...stay('s2', ['g2'], '2026-05-12', '2026-05-15'), roomNumber: '514', confirmation: 'QF-2002' },
  ],
  programme: [
    item('all', {
      ...titles('Rektorla görüş', 'Meeting the Rector', 'Встреча с ректором'),
      lang: 'en',
      startDate: '2026-05-13',
      endDate: '2026-05-13',
      startTime: '10:00',
      endTime: '11:00',
    }),
    item('lab', {
      ...titles('Laboratoriyalar', 'Laboratories', 'Лаборатории'),
      lang: 'en',
      allGuests: false,
      guestIds: ['g1'],
      startDate: '2026-05-13',
      endDate: '2026-05-13',
      startTime: '12:00',
      endTime: '13:00',
    }),
    item('lib', {
      ...titles('Kitabxana', 'Library tour', 'Библиотека'),
      lang: 'en',
      allGuests: false,
      guestIds: ['g2'],
      startDate: '2026-05-14',
      endDate: '2026-05-14',
      startTime: '12:00',
      endTime: '13:00',
    }),
  ],
});
const text = async (guestId: string, language: 'az' | 'en' | 'ru') =>
  documentText(
    Buffer.from(
      (await itineraryDocx(guestItinerary(v, guestId, [hotel], institution, language), institution)).base64,
      'base64',
    ),
  );

describe("a guest's itinerary", () => {
  it('holds, in English, the letterhead, their items and flight, their room and confirmation, and whom to call', async () => {
    const t = await text('g1', 'en');

    for (const expected of [
      'Baku State University',
      'Itinerary',
      'Guest: Ayşe Öztürk',
      'Visit: Ankara University delegation',
      'Arrival · Flight LH 1742',
      'Departure · Flight LH 1743',
      'Car leaves at 14:30',
      'Meeting the Rector',
      'Laboratories',
      'Hotel',
      'Qafqaz Hotel',
      '1 Azadlig Ave, Baku',
      'Room 512',
      'Booking confirmation no. QF-1001',
      'Emergency contact',
      'Leyla Məmmədova',
      'Tel. +994 12 539 05 00',
    ])
      expect(t).toContain(expected);
    // When the car leaves to meet her plane is not hers to know: it would read as a time to be in a car.
    expect(t).not.toContain('06:00');
  });

  it('is written in Azerbaijani and in Russian, with the name as the guest spells it in that script', async () => {
    const az = await text('g1', 'az');
    const ru = await text('g1', 'ru');

    for (const expected of [
      'Səfər proqramı',
      'Qonaq: Ayşe Öztürk',
      'Rektorla görüş',
      'Mehmanxana',
      'Qafqaz Otel',
      'Azadlıq pr. 1, Bakı',
      'Otaq 512',
      'Bronun təsdiq nömrəsi: QF-1001',
      'Təcili əlaqə',
      'LH 1742 reysi',
    ])
      expect(az).toContain(expected);
    for (const expected of [
      'Программа пребывания',
      'Гость: Айше Озтюрк',
      'Встреча с ректором',
      'Гостиница',
      'Отель Кавказ',
      'пр. Азадлыг, 1, Баку',
      'Номер 512',
      'Номер подтверждения брони: QF-1001',
      'Контакт для экстренной связи',
      'Лейла Мамедова',
      'Рейс LH 1742',
    ])
      expect(ru).toContain(expected);
    // The officer's name is given in Cyrillic for Russian documents; the Latin spelling is Azerbaijani.
    expect(ru).not.toContain('Leyla Məmmədova');
    expect(az).toContain('Leyla Məmmədova');
  });

  it('holds nothing of another guest: not their items, flight, room, confirmation or name', async () => {
    for (const language of ['az', 'en', 'ru'] as const) {
      const first = await text('g1', language);
      const second = await text('g2', language);

      for (const other of [
        'YILDIRIM',
        'Mehmet',
        'TK 334',
        '21:40',
        '514',
        'QF-2002',
        'Library',
        'Kitabxana',
        'Библиотека',
      ])
        expect(first).not.toContain(other);
      for (const other of [
        'Öztürk',
        'Озтюрк',
        'LH 1742',
        '07:05',
        '512',
        'QF-1001',
        'Laboratories',
        'Laboratoriyalar',
        'Лаборатории',
      ])
        expect(second).not.toContain(other);
      // The passport name prints as typed, never case-mapped by the language.
      expect(second).toContain('Mehmet YILDIRIM');
    }
  });

  it('is refused while a text it prints is not written in its language, and names the text', async () => {
    const untranslated = { ...v, programme: [item('x', { title: 'Dinner at the Old City', lang: 'en' })] };

    const made = itineraryDocx(guestItinerary(untranslated, 'g1', [hotel], institution, 'ru'), institution);

    await expect(made).rejects.toBeInstanceOf(AppError);
    await expect(made).rejects.toMatchObject({
      code: 'textsMissing',
      fields: [{ path: 'texts.item.title' }],
    });
  });

  it('numbers every page in its own language, with live page and page-count fields', async () => {
    const footers = {
      az: /Səhifə .*PAGE.* \/ .*NUMPAGES/s,
      en: /Page .*PAGE.*of .*NUMPAGES/s,
      ru: /Страница .*PAGE.*из .*NUMPAGES/s,
    };
    for (const language of ['az', 'en', 'ru'] as const) {
      for (const inst of [institution, null]) {
        const file = await itineraryDocx(guestItinerary(v, 'g1', [hotel], inst, language), inst);
        const docx = Buffer.from(file.base64, 'base64');
        const footer = part(docx, 'word/footer1.xml');
        expect(footer, `${language} ${inst ? 'letterhead' : 'plain'}`).toMatch(footers[language]);
        expect(part(docx, 'word/document.xml')).toContain('w:footerReference');
      }
    }
  });

  it("asks for the hotel's city in its language before it is made", async () => {
    const untranslatedCity = {
      ...hotel,
      translations: { ...hotel.translations, ru: { name: 'Отель Кавказ' } },
    };
    const itinerary = guestItinerary(v, 'g1', [untranslatedCity], institution, 'ru');

    expect(itinerary.missingTexts).toContainEqual(
      expect.objectContaining({ owner: 'hotel', id: 'h1', field: 'city', original: 'Baku', from: 'en' }),
    );
    await expect(itineraryDocx(itinerary, institution)).rejects.toMatchObject({
      code: 'textsMissing',
      fields: expect.arrayContaining([expect.objectContaining({ path: 'texts.hotel.city' })]) as unknown,
    });
  });

  it('names its file after the guest and the language', async () => {
    const file = await itineraryDocx(guestItinerary(v, 'g2', [hotel], institution, 'ru'), institution);

    expect(file.fileName).toBe('Программа пребывания Mehmet YILDIRIM RU.docx');
    expect(file.guestId).toBe('g2');
  });
});

describe('itineraries made in bulk', () => {
  it('share the day tables of guests whose days read the same, and never give one guest another’s', async () => {
    const days = new DayTablesCache();
    const plain = {
      ...v,
      guests: v.guests.map((g) => ({ ...g, arrival: { ...g.arrival, date: '', time: '', flight: '' } })),
    };
    const make = async (visitOf: typeof v, guestId: string) =>
      documentText(
        Buffer.from(
          (
            await itineraryDocx(
              guestItinerary(visitOf, guestId, [hotel], institution, 'en'),
              institution,
              days,
            )
          ).base64,
          'base64',
        ),
      );

    const first = await make(plain, 'g1');
    const second = await make(plain, 'g2');
    const third = await make(v, 'g1');

    expect(first).toContain('Laboratories');
    expect(first).not.toContain('Library tour');
    expect(second).toContain('Library tour');
    expect(second).not.toContain('Laboratories');
    expect(second).toContain('Guest: Mehmet YILDIRIM');
    expect(first).not.toContain('LH 1742');
    expect(third).toContain('LH 1742');
    // The same days for both guests: one set of tables, each document still the guest's own.
    const shared = { ...plain, programme: plain.programme.filter((i) => i.id === 'all') };
    const ayse = await make(shared, 'g1');
    const mehmet = await make(shared, 'g2');
    expect(mehmet).toContain('Meeting the Rector');
    expect(mehmet).toContain('Guest: Mehmet YILDIRIM');
    expect(mehmet).not.toContain('Öztürk');
    expect(ayse).not.toContain('YILDIRIM');
  });
});
