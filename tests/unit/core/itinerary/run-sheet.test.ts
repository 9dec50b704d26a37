import { describe, expect, it } from 'vitest';
import { runSheet } from '../../../../src/core/itinerary/run-sheet';
import { runSheetDocx } from '../../../../src/core/itinerary/run-sheet-docx';
import type { Hotel } from '../../../../src/shared/accommodation';
import { documentText, part } from '../../letters/docx-xml';
import { guest, item, stay, visit } from '../print/fixtures';

/** The drivers' run sheet of a day: each drive with its places, flight, guests and phones, by driver. */

const hotel: Hotel = {
  id: 'h1',
  name: 'Qafqaz Hotel',
  address: '1 Azadlig Ave',
  city: 'Baku',
  phone: '',
  email: '',
  notes: '',
  lang: 'en',
  translations: { ru: { name: 'Отель Кавказ', address: 'пр. Азадлыг, 1' } },
};
const pickup = (driver: string, leaveAt: string) => ({
  vehicle: 'Kia 10-AB-123',
  driver,
  escort: 'Nigar',
  leaveAt,
});
const v = visit('v', {
  title: 'Ankara',
  lang: 'en',
  guests: [
    guest('g1', 'Ayşe', 'Öztürk', {
      nameCyrillic: 'Айше Озтюрк',
      phone: '+90 532 000 11 22',
      arrival: {
        date: '2026-05-12',
        time: '07:05',
        flight: 'LH 1742',
        airport: 'GYD',
        terminal: '1',
        pickup: pickup('Vüqar', '06:15'),
      },
    }),
    guest('g2', 'Mehmet', 'YILDIRIM', {
      arrival: {
        date: '2026-05-12',
        time: '21:40',
        flight: 'TK 334',
        airport: 'GYD',
        pickup: pickup('Elnur', ''),
      },
    }),
  ],
  stays: [stay('s1', ['g1', 'g2'], '2026-05-12', '2026-05-15')],
  programme: [
    item('dinner', {
      title: 'Dinner',
      lang: 'en',
      startDate: '2026-05-12',
      endDate: '2026-05-12',
      startTime: '19:00',
      endTime: '21:00',
      venue: 'Old City',
      vehicle: 'Bus 90-XY-001',
    }),
    item('noCar', {
      title: 'Walk',
      startDate: '2026-05-12',
      endDate: '2026-05-12',
      startTime: '16:00',
      endTime: '17:00',
    }),
  ],
});

describe("the drivers' run sheet", () => {
  it('puts each drive under its driver, airport to hotel, with the flight, the guests and their phones', () => {
    const sheet = runSheet([v], [{ ...hotel, id: 'h1' }], '2026-05-12', 'en');

    expect(sheet.drivers.map((d) => d.driver)).toEqual(['Elnur', 'Vüqar', '']);
    const vuqar = sheet.drivers[1]?.runs[0];
    expect(vuqar).toMatchObject({
      kind: 'arrival',
      time: '06:15',
      scheduled: '07:05',
      pickup: 'GYD, terminal 1',
      dropOff: 'Qafqaz Hotel, 1 Azadlig Ave',
      trip: 'LH 1742',
      guests: ['Ayşe Öztürk'],
      phones: ['Ayşe Öztürk: +90 532 000 11 22'],
      escort: 'Nigar',
    });
    expect(sheet.drivers[2]).toMatchObject({
      vehicle: 'Bus 90-XY-001',
      runs: [{ kind: 'item', trip: 'Dinner', dropOff: 'Old City' }],
    });
  });

  it('as .docx in English, Azerbaijani and Russian, a page per driver', async () => {
    const text = async (language: 'az' | 'en' | 'ru') => {
      const file = await runSheetDocx(runSheet([v], [hotel], '2026-05-12', language), null, true);
      return {
        file,
        text: documentText(Buffer.from(file.base64, 'base64')),
        xml: part(Buffer.from(file.base64, 'base64'), 'word/document.xml'),
      };
    };
    const en = await text('en');
    const az = await text('az');
    const ru = await text('ru');

    for (const s of [
      "Driver's run sheet for 12\u00a0May\u00a02026",
      'Driver: Vüqar · Car: Kia 10-AB-123',
      'Pick up at',
      'Drop off at',
      'Arrival: LH 1742',
      'scheduled 07:05',
      'Escort: Nigar',
      'No driver assigned',
    ])
      expect(en.text).toContain(s);
    for (const s of [
      'Sürücü: Vüqar',
      'Haradan götürmək',
      'Haraya aparmaq',
      'Gəliş: LH 1742',
      'cədvəl üzrə 07:05',
      'Sürücü təyin olunmayıb',
    ])
      expect(az.text).toContain(s);
    for (const s of [
      'Маршрутный лист водителя на 12\u00a0мая\u00a02026\u00a0г.',
      'Водитель: Vüqar',
      'Откуда забрать',
      'Куда доставить',
      'Прибытие: LH 1742',
      'по расписанию в 07:05',
      'Айше Озтюрк',
      'Отель Кавказ, пр. Азадлыг, 1',
    ])
      expect(ru.text).toContain(s);
    expect((en.xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(2);
    expect(en.file.fileName).toBe('Run sheet 2026-05-12.docx');
  });

  it('says so when there is nothing to drive', async () => {
    const file = await runSheetDocx(runSheet([v], [hotel], '2026-05-20', 'ru'), null, false);

    expect(documentText(Buffer.from(file.base64, 'base64'))).toContain('В этот день встреч и проводов нет.');
  });
});
