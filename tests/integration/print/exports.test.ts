import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/api';
import { Store } from '../../../src/core/store/store';
import type { Handlers } from '../../../src/shared/contract';
import { LANGUAGES } from '../../../src/shared/languages';
import { tempDirs } from '../../support/temp-dir';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * The .docx exports as an independent reader sees them: LibreOffice converts them to PDF and
 * pdftotext reads the text back, which must hold every item in order and the page numbers.
 */
const skip = skipWithoutLibreOffice('the LibreOffice print tests');

const dirs = tempDirs('qonaq-print-');
let root = '';
let store: Store;
let handlers: Handlers;
let visitId = '';
const FAKE_PDF = Buffer.from('%PDF-1.7\n% a page printed by the shell\n');

// Short enough never to wrap in a cell, so that the text reads back whole; in each language its own.
const TITLES = {
  az: ['T1 Rektor', 'T2 Laboratoriya', 'T3 Mühazirə', 'T4 Şam yeməyi'],
  en: ['T1 Rector', 'T2 Laboratories', 'T3 Lecture', 'T4 Dinner'],
  ru: ['T1 Ректор', 'T2 Лаборатории', 'T3 Лекция', 'T4 Ужин'],
} as const;

beforeAll(async () => {
  root = await dirs.make();
  store = await Store.open(join(root, 'data'), { snapshotEveryMs: 0 });
  await mkdir(join(root, 'saved'));
  handlers = createHandlers(store, {
    version: '0.0.0-test',
    host: {
      kind: 'desktop',
      chooseFolder: async () => join(root, 'saved'),
      printToPdf: async () => new Uint8Array(FAKE_PDF),
    },
  });
  await handlers['institution.update']({
    institution: {
      name: {
        az: 'Bakı Dövlət Universiteti',
        en: 'Baku State University',
        ru: 'Бакинский государственный университет',
      },
      address: { az: 'Bakı', en: 'Baku', ru: 'Баку' },
      city: { az: '', en: '', ru: '' },
      phone: '',
      email: '',
      website: '',
      taxId: '',
      logo: null,
      signatories: [],
      outgoingNumber: { prefix: '', padding: 0, yearlyRestart: true, pattern: '{prefix}{n}/{year}' },
      verificationContact: { name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: '' },
    },
  });
  const { visit } = await handlers['visits.create']({
    visit: {
      title: 'Ankara',
      partnerName: '',
      partnerCountry: '',
      partnerIds: [],
      purpose: '',
      hostUnit: '',
      status: 'confirmed',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-16',
      responsibleOfficer: 'Nigar Əliyeva',
      colour: '#1c7ed6',
      notes: '',
    },
  });
  visitId = visit.id;
  // Many items on the 13th so that the day runs over a page; the four titled ones spread through it.
  const times = [
    '08:00',
    '09:00',
    '10:00',
    '11:00',
    '12:00',
    '13:00',
    '14:00',
    '15:00',
    '16:00',
    '17:00',
    '18:00',
    '19:00',
    '20:00',
    '21:00',
    '22:00',
  ];
  for (const [i, start] of times.entries()) {
    // Every fourth item (08:00, 12:00, 16:00, 20:00) carries one of the four titles.
    const k = i / 4;
    const titled = Number.isInteger(k) && k < TITLES.en.length;
    const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`;
    await handlers['programme.save']({
      visitId,
      item: {
        type: 'meeting',
        title: titled ? (TITLES.az[k] ?? '') : `Item ${start}`,
        titles: titled
          ? { az: '', en: TITLES.en[k] ?? '', ru: TITLES.ru[k] ?? '' }
          : { az: '', en: '', ru: '' },
        startDate: '2026-05-13',
        startTime: start,
        endDate: '2026-05-13',
        endTime: end,
        venue: 'Main building, room 301, second floor, east wing',
        allGuests: true,
        guestIds: [],
        hosts: ['Prof. Elçin Babayev', 'Dr. Aysel Hüseynova'],
        staff: 'Nigar Əliyeva',
        agreementId: '',
        vehicle: 'Kia 10-AB-123',
        notes: '',
      },
    });
  }
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

describe.skipIf(skip)('print exports read back by LibreOffice', () => {
  it('the day and the programme, in az, en and ru: titles in order, page numbers in the language', async () => {
    const out = join(root, 'docx');
    await mkdir(out);
    const names: string[] = [];
    for (const language of LANGUAGES) {
      const day = await handlers['print.dayDocx']({ date: '2026-05-13', language, landscape: false });
      const programme = await handlers['print.programmeDocx']({
        visitId,
        language,
        landscape: language === 'ru',
      });
      for (const [kind, file] of [
        ['day', day],
        ['programme', programme],
      ] as const) {
        const name = `${kind}-${language}`;
        await writeFile(join(out, `${name}.docx`), Buffer.from(file.base64, 'base64'));
        names.push(name);
      }
    }

    convertWithLibreOffice(
      names.map((n) => join(out, `${n}.docx`)),
      { outDir: out, profileRoot: root },
    );

    const pageWords = {
      az: (n: number) => `Səhifə 1 / ${n}`,
      en: (n: number) => `Page 1 of ${n}`,
      ru: (n: number) => `Страница 1 из ${n}`,
    };
    for (const name of names) {
      const language = name.endsWith('az') ? 'az' : name.endsWith('en') ? 'en' : 'ru';
      const pdf = join(out, `${name}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0,
      );
      const at = TITLES[language].map((title) => text.indexOf(title));
      expect(
        at.every((p) => p >= 0),
        `${name}: ${text}`,
      ).toBe(true);
      expect(
        [...at].sort((a, b) => a - b),
        name,
      ).toEqual(at);
      expect(text, name).toContain(pageWords[language](pages));
      if (name.startsWith('day')) expect(pages, name).toBeGreaterThanOrEqual(2);
    }
    if (process.env.QONAQ_SHOTS)
      for (const name of names) execFileSync('cp', [join(out, `${name}.pdf`), process.env.QONAQ_SHOTS]);
  }, 180_000);
});

describe('saving the print view as PDF', () => {
  it('writes what the shell printed into the folder the user chose, named as asked', async () => {
    const result = await handlers['print.savePdf']({
      fileName: 'Daily schedule 2026-05-13',
      landscape: true,
    });

    expect(result).toEqual({ folder: join(root, 'saved'), written: ['Daily schedule 2026-05-13.pdf'] });
    expect(await readFile(join(root, 'saved', 'Daily schedule 2026-05-13.pdf'))).toEqual(FAKE_PDF);
    expect(await readdir(join(root, 'saved'))).toEqual(['Daily schedule 2026-05-13.pdf']);
  });

  it('is refused where the host cannot print to PDF', async () => {
    const browser = createHandlers(store, { version: '0', host: { kind: 'browser' } });

    await expect(browser['print.savePdf']({ fileName: 'x', landscape: false })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
