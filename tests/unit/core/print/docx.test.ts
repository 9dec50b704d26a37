import { describe, expect, it } from 'vitest';
import { daySchedule } from '../../../../src/core/planning/calendar';
import { dayDocx } from '../../../../src/core/print/day-docx';
import { programmeDocx } from '../../../../src/core/print/programme-docx';
import { visitProgramme } from '../../../../src/core/print/programme';
import { institutionSchema } from '../../../../src/shared/institution';
import { documentText, part } from '../../letters/docx-xml';
import { guest, hotel, item, stay, visit } from './fixtures';

const institution = institutionSchema.parse({
  name: {
    az: 'Bakı Dövlət Universiteti',
    en: 'Baku State University',
    ru: 'Бакинский государственный университет',
  },
  address: { az: 'Z. Xəlilov küç. 33', en: '33 Z. Khalilov St', ru: 'ул. З. Халилова 33' },
});
const v = visit('v', {
  title: 'Ankara',
  guests: [
    guest('g1', 'Ayşe', 'Öztürk', {
      arrival: { date: '2026-05-13', time: '07:05', flight: 'LH 1742', airport: 'GYD' },
    }),
  ],
  stays: [stay('s', ['g1'], '2026-05-13', '2026-05-15')],
  programme: [
    item('b', { title: 'Second <&> item', startTime: '12:00', endTime: '13:00', venue: 'Hall' }),
    item('a', {
      title: 'Görüş',
      titles: { az: '', en: 'First meeting', ru: 'Первая встреча' },
      startTime: '09:00',
      endTime: '10:00',
    }),
  ],
});
const decode = (base64: string) => Buffer.from(base64, 'base64');

describe('the daily schedule as .docx', () => {
  it('lists the arrival, the items in time order and the check-in, with header and a live "page x of y" footer', async () => {
    const schedule = daySchedule([v], [hotel], '2026-05-13', 'en');

    const file = await dayDocx(schedule, institution, false);
    const docx = decode(file.base64);
    const text = documentText(docx);

    expect(file.fileName).toBe('Daily schedule 2026-05-13.docx');
    expect(text).toContain('Daily schedule for 13\u00a0May\u00a02026');
    const order = ['LH 1742', 'First meeting', 'Second <&> item', 'Qafqaz Hotel'].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const header = part(docx, 'word/header1.xml');
    expect(header).toContain('Baku State University');
    const footer = part(docx, 'word/footer1.xml');
    expect(footer).toMatch(/Page .*PAGE.*of .*NUMPAGES/s);
  });

  it('keeps every row whole on a page, repeats the header row, and turns the page for landscape', async () => {
    const schedule = daySchedule([v], [hotel], '2026-05-13', 'ru');

    const xml = part(decode((await dayDocx(schedule, institution, true)).base64), 'word/document.xml');

    const rows = xml.match(/<w:tr>|<w:tr /g) ?? [];
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(rows.length);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toContain('Первая встреча');
  });

  it('says a day without anything is empty, in Azerbaijani', async () => {
    const text = documentText(
      decode((await dayDocx(daySchedule([], [], '2026-05-20', 'az'), null, false)).base64),
    );

    expect(text).toContain('Bu gün davam edən səfər yoxdur.');
    expect(text).toContain('Bu gün üçün heç nə planlaşdırılmayıb.');
  });
});

describe('a visit programme as .docx', () => {
  it('carries the letterhead, each day with its items in the guests language, and the hotel', async () => {
    const programme = visitProgramme(v, [hotel], institution, 'ru');

    const file = await programmeDocx(programme, institution, false);
    const text = documentText(decode(file.base64));

    expect(file.fileName).toBe('Программа Ankara RU.docx');
    const order = [
      'Бакинский государственный университет',
      'Программа визита',
      'День 1',
      'День 2',
      'Первая встреча',
      'День 3',
      'Qafqaz Hotel',
    ].map((s) => text.indexOf(s));
    expect(
      order.every((p) => p >= 0),
      text,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Мероприятия не запланированы.');
  });
});
