import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/reports/report';
import type { Store } from '../../../src/core/store/store';
import type { Handlers } from '../../../src/shared/contract';
import { LANGUAGES } from '../../../src/shared/languages';
import { rejection } from '../../support/rejection';
import { tempDirs } from '../../support/temp-dir';
import { office } from '../../unit/core/reports/fixture';
import { officeStore } from './office-store';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * The report as an independent reader sees it: LibreOffice converts the .docx to PDF and pdftotext
 * reads the text back, which must hold the title, the sections and the figures in each language.
 */
const skip = skipWithoutLibreOffice('the LibreOffice report tests');

const dirs = tempDirs('qonaq-report-');
const Q1 = { from: '2027-01-01', to: '2027-03-31' } as const;
let root = '';
let store: Store;
let handlers: Handlers;

beforeAll(async () => {
  root = await dirs.make();
  ({ store, handlers } = await officeStore(root));
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

describe('the report over the store', () => {
  it('reads the same figures from the store as from the office itself, made at the app clock', async () => {
    const report = await handlers['reports.figures']({ ...Q1, language: 'en', compare: true });
    const expected = buildReport(
      office(),
      { ...Q1, language: 'en', compare: true },
      new Date('2027-04-02T08:30:00Z'),
    );
    expect(report).toEqual(expected.report);
    expect(report.current.letters).toMatchObject({ total: 2, voided: 1 });
  });

  it('refuses the .docx and the .xlsx while a visit title is not written in the language, naming it', async () => {
    for (const method of ['reports.docx', 'reports.xlsx'] as const) {
      const error = await rejection(() => handlers[method]({ ...Q1, language: 'ru', compare: false }));
      expect(error).toMatchObject({
        code: 'textsMissing',
        fields: [
          { path: 'texts.visit.hostUnit', code: 'notInLanguage', params: { id: 'E', language: 'ru' } },
          { path: 'texts.visit.title', code: 'notInLanguage', params: { id: 'B', language: 'ru' } },
        ],
      });
    }
  });
});

// Headings and figures as each language writes them, typed here by hand.
const EXPECTED = {
  az: [
    'Beynəlxalq əlaqələr şöbəsinin 2027-ci ilin I rübü üzrə fəaliyyəti haqqında hesabat',
    'Dövr: 1 yanvar – 31 mart 2027-ci il',
    'Qəbul edilmiş səfərlər',
    'Qonaq-gecələr',
    'Səfərlər ölkəyə görə',
    'Türkiyə',
    'Rektorluq',
    'Anlaşma memorandumu',
    'Səfərlərin siyahısı',
    'Moskva nümayəndə heyəti',
  ],
  en: [
    'Report on the activities of the International Relations Department, 1st quarter of 2027',
    'Period: 1 January – 31 March 2027',
    'Visits received',
    'Guest-nights',
    'Visits by country',
    'Türkiye',
    'Rectorate',
    'Memorandum of understanding',
    'List of visits',
    'Moscow delegation',
  ],
  ru: [
    'Отчёт о деятельности отдела международных связей за I квартал 2027 года',
    'Период: 1 января – 31 марта 2027 г.',
    'Принятые визиты',
    'Человеко-ночи',
    'Визиты по странам',
    'Турция',
    'Ректорат',
    'Меморандум о взаимопонимании',
    'Список визитов',
    'Московская делегация',
  ],
} as const;

describe.skipIf(skip)('the report .docx read back by LibreOffice', () => {
  it('in az, en and ru: the title, the period, the sections and the figures, in that order', async () => {
    await handlers['texts.translate']({
      texts: [
        { owner: 'visit', id: 'B', field: 'title', language: 'az', value: 'Moskva nümayəndə heyəti' },
        { owner: 'visit', id: 'B', field: 'title', language: 'ru', value: 'Московская делегация' },
        { owner: 'visit', id: 'E', field: 'hostUnit', language: 'ru', value: 'Ректорат' },
      ],
    });
    const out = join(root, 'docx');
    await mkdir(out);
    for (const language of LANGUAGES) {
      const file = await handlers['reports.docx']({ ...Q1, language, compare: language === 'en' });
      expect(file.fileName).toMatch(/\.docx$/);
      await writeFile(join(out, `report-${language}.docx`), Buffer.from(file.base64, 'base64'));
    }
    convertWithLibreOffice(
      LANGUAGES.map((l) => join(out, `report-${l}.docx`)),
      { outDir: out, profileRoot: root },
    );
    for (const language of LANGUAGES) {
      const pdf = join(out, `report-${language}.pdf`);
      const raw = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      // Lines joined (a long title wraps), no-break spaces and the no-break hyphen read as plain ones.
      const text = raw.replace(/\u2011/g, '-').replace(/\s+/g, ' ');
      const at = EXPECTED[language].map((phrase) => text.indexOf(phrase));
      expect(
        at.every((p) => p >= 0),
        `${language}: ${EXPECTED[language].filter((_, i) => (at[i] ?? -1) < 0).join(' | ')}\n${text}`,
      ).toBe(true);
      expect(
        [...at].sort((a, b) => a - b),
        language,
      ).toEqual(at);
      // The host unit is written in English: the other reports print only its translation.
      if (language !== 'en') expect(text).not.toContain('Rectorate');
      if (process.env.QONAQ_SHOTS) execFileSync('cp', [pdf, process.env.QONAQ_SHOTS]);
    }
  }, 180_000);
});
