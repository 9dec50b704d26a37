import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/store/store';
import type { Handlers } from '../../../src/shared/contract';
import type { Language } from '../../../src/shared/languages';
import { tempDirs } from '../../support/temp-dir';
import { officeStore } from './office-store';

/** The report's .xlsx read back with ExcelJS: a sheet per table, text intact, numbers and dates typed. */
const dirs = tempDirs('qonaq-report-xlsx-');
const Q1 = { from: '2027-01-01', to: '2027-03-31' } as const;
let store: Store;
let handlers: Handlers;

beforeAll(async () => {
  ({ store, handlers } = await officeStore(await dirs.make()));
  await handlers['texts.translate']({
    texts: [
      { owner: 'visit', id: 'B', field: 'title', language: 'az', value: 'Moskva nümayəndə heyəti' },
      { owner: 'visit', id: 'B', field: 'title', language: 'ru', value: 'Московская делегация' },
      { owner: 'visit', id: 'E', field: 'hostUnit', language: 'ru', value: 'Ректорат' },
    ],
  });
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

async function workbook(language: Language, compare = false): Promise<ExcelJS.Workbook> {
  const file = await handlers['reports.xlsx']({ ...Q1, language, compare });
  expect(file.fileName).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  // ExcelJS declares its own `Buffer` as an ArrayBuffer; it reads either through JSZip.
  await book.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
  return book;
}

describe('the report as .xlsx', () => {
  it('a sheet per table, named as the report names it', async () => {
    const book = await workbook('en');
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Visits by status',
      'Visits by country',
      'Visits by partner',
      'Visits by host unit',
      'Visits by purpose',
      'Guests by category',
      'Guests by role',
      'Guests by citizenship',
      'Programme items by kind',
      'Letters by kind',
      'Letters by language',
      'Agreements signed',
      'Agreements renewed',
      'Agreements expiring',
      'Agreements ended',
      'Agreements',
      'List of visits',
    ]);
  });

  it('numbers as numbers and dates as dates, under a header row', async () => {
    const book = await workbook('en', true);
    const summary = book.getWorksheet('Summary');
    expect(summary?.getRow(1).values).toEqual([undefined, 'Figure', 'Number', 'Previous period']);
    expect(summary?.getRow(2).values).toEqual([undefined, 'Visits received', 3, 1]);
    expect(summary?.getRow(5).values).toEqual([undefined, 'Guest-nights', 7, 2]);
    const visits = book.getWorksheet('List of visits');
    expect(visits?.getRow(2).values).toEqual([
      undefined,
      1,
      'Ankara University delegation',
      new Date('2026-12-30T00:00:00Z'),
      new Date('2027-01-03T00:00:00Z'),
      'Ankara University',
      'Türkiye',
      'Completed',
      2,
    ]);
    expect(visits?.getCell('C2').numFmt).toBe('dd.mm.yyyy');
  });

  it('Azerbaijani and Cyrillic text intact; every sheet name within 31 characters, none refused by Excel', async () => {
    const az = await workbook('az');
    const ru = await workbook('ru');
    for (const book of [az, ru]) {
      for (const sheet of book.worksheets) {
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[\\/?*[\]:]/);
      }
    }
    // "Səfərlər qəbul edən struktur bölməyə görə" is 41 characters: the whole words within 31 name the sheet.
    expect(az.worksheets[4]?.name).toBe('Səfərlər qəbul edən struktur');
    const azList = az.worksheets.at(-1);
    expect(azList?.name).toBe('Səfərlərin siyahısı');
    expect(azList?.getCell('B2').value).toBe('Ankara Universitetinin nümayəndə heyəti');
    expect(azList?.getCell('F2').value).toBe('Türkiyə');
    const ruList = ru.worksheets.at(-1);
    expect(ruList?.name).toBe('Список визитов');
    expect(ruList?.getCell('B2').value).toBe('Делегация Анкарского университета');
    expect(ruList?.getCell('B4').value).toBe('Московская делегация');
    expect(ru.worksheets[0]?.getCell('A2').value).toBe('Принятые визиты');
  });
});
