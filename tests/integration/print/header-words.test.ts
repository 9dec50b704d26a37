import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daySchedule } from '../../../src/core/planning/calendar';
import { dayDocx } from '../../../src/core/print/day-docx';
import { emptyLeg } from '../../../src/shared/domain';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import { tempDirs } from '../../support/temp-dir';
import { guest, hotel, item, stay, visit } from '../../unit/core/print/fixtures';
import { documentText } from '../../unit/letters/docx-xml';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * The daily schedule's narrow columns, as LibreOffice lays them out: every word of every column
 * header prints whole ("Avtomobil", not "Avtomobi" over "l"), portrait and landscape, in each language.
 */
const skip = skipWithoutLibreOffice('the LibreOffice header test');

/** The words of the column headers of the day's tables, as each language's print.json has them. */
const HEADER_WORDS: Record<Language, string[]> = {
  az: [
    'Vaxt',
    'Reys',
    'qatar',
    'Hava',
    'limanı',
    'vağzal',
    'Qonaqlar',
    'Avtomobil',
    'çıxır',
    'Sürücü',
    'Müşayiətçi',
    'Tədbir',
    'Məkan',
    'Qəbul',
    'edənlər',
    'Məsul',
    'şəxs',
    'Səfər',
    'Tərəfdaş',
    'əməkdaş',
    'Otel',
    'Otaq',
  ],
  en: [
    'Time',
    'Flight',
    'train',
    'Airport',
    'station',
    'Guests',
    'Car',
    'leaves',
    'Vehicle',
    'Driver',
    'Escort',
    'Event',
    'Venue',
    'Hosts',
    'Responsible',
    'Visit',
    'Partner',
    'Officer',
    'Hotel',
    'Room',
  ],
  ru: [
    'Время',
    'Рейс',
    'поезд',
    'Аэропорт',
    'вокзал',
    'Гости',
    'Выезд',
    'машины',
    'Машина',
    'Водитель',
    'Сопровождающий',
    'Мероприятие',
    'Место',
    'Принимающие',
    'Ответственный',
    'Визит',
    'Партнёр',
    'сотрудник',
    'Гостиница',
    'Номер',
  ],
};

/**
 * A day with a row in every kind of table (check-outs share the check-ins' headers), short enough for
 * one landscape page.
 */
const day = [
  visit('v', {
    title: 'Ankara',
    partnerName: 'AU',
    responsibleOfficer: 'N. Aliyeva',
    guests: [
      guest('g1', 'Ayşe', 'Öztürk', {
        arrival: {
          ...emptyLeg,
          date: '2026-05-13',
          time: '07:05',
          flight: 'TK 334',
          airport: 'GYD',
          pickup: { vehicle: 'Kia', driver: 'Elvin', escort: 'Leyla', leaveAt: '06:15' },
        },
      }),
      guest('g2', 'Mehmet', 'Kaya', {
        departure: { ...emptyLeg, date: '2026-05-13', time: '22:40', flight: 'TK 335', airport: 'GYD' },
      }),
    ],
    stays: [stay('s1', ['g1'], '2026-05-13', '2026-05-15')],
    programme: [
      item('i', {
        title: 'Lab',
        startTime: '11:00',
        endTime: '12:00',
        venue: 'B1',
        hosts: ['Babayev'],
        staff: 'Aliyeva',
        vehicle: 'Kia',
      }),
    ],
  }),
];

const dirs = tempDirs('qonaq-print-headers-');
let root = '';

beforeAll(async () => {
  root = await dirs.make();
});

afterAll(async () => {
  if (!process.env.KEEP_PRINT_DIR) await dirs.removeAll();
  else console.log(root);
});

/** How often `word` stands whole in `text`: not inside a longer word. */
function wholeCount(text: string, word: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

describe.skipIf(skip)('the daily schedule .docx read back by LibreOffice', () => {
  it('prints every header word whole, portrait and landscape, in az, en and ru', async () => {
    const names: { name: string; language: Language; docxText: string }[] = [];
    for (const language of LANGUAGES) {
      for (const landscape of [false, true]) {
        const file = await dayDocx(daySchedule(day, [hotel], '2026-05-13', language), null, landscape);
        const bytes = Buffer.from(file.base64, 'base64');
        const name = `day-${language}-${landscape ? 'landscape' : 'portrait'}`;
        await writeFile(join(root, `${name}.docx`), bytes);
        names.push({ name, language, docxText: documentText(bytes) });
      }
    }
    await mkdir(join(root, 'pdf'));

    convertWithLibreOffice(
      names.map(({ name }) => join(root, `${name}.docx`)),
      { outDir: join(root, 'pdf'), profileRoot: root },
    );

    for (const { name, language, docxText } of names) {
      const pdf = join(root, 'pdf', `${name}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
      // One page: a header row repeated on a second page would count its words twice.
      expect(pages, name).toBe('1');
      for (const word of HEADER_WORDS[language]) {
        const expected = wholeCount(docxText, word);
        expect(expected, `${name}: "${word}" is a header word`).toBeGreaterThan(0);
        expect(wholeCount(text, word), `${name}: "${word}" whole\n${text}`).toBe(expected);
      }
    }
  }, 180_000);
});
