import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation, fillTemplate } from '../../../src/core/letters';
import { ownTemplate } from '../../support/letterhead-template';
import { sampleGuest, sampleInstitution, sampleOfficial, sampleVisa } from '../../unit/letters/fixtures';

/**
 * LibreOffice is the independent reader: it did not write these files, so what it prints is what an
 * embassy's Word would print. CI installs it; a laptop without it skips, saying so.
 */
const SOFFICE = '/usr/bin/soffice';
const available = existsSync(SOFFICE);
const skip = !available && !process.env.CI;
if (skip)
  console.warn(`Skipping the LibreOffice letter tests: ${SOFFICE} is not installed (CI installs it).`);

const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(4);
// The sample's issue date is moved to the first day of the stay so the letter date is checked too.
const ISSUED = { issueDate: '2026-11-24' };

const LETTERS = {
  'visa-az': () => buildVisaInvitation(sampleVisa('az', ISSUED)),
  'visa-en': () =>
    buildVisaInvitation(
      sampleVisa('en', {
        ...ISSUED,
        addressee: {
          kind: 'embassy',
          text: 'Embassy of the Republic of Azerbaijan\nin the Republic of Türkiye',
        },
      }),
    ),
  'visa-ru': () => buildVisaInvitation(sampleVisa('ru', ISSUED)),
  'visa-az-no-logo': () =>
    buildVisaInvitation(sampleVisa('az', { ...ISSUED, institution: sampleInstitution(false) })),
  'visa-en-hostile': () =>
    buildVisaInvitation(
      sampleVisa('en', {
        guest: sampleGuest({
          surname: LONG_NAME,
          organisation: `Smith & Sons <Ltd> "Q" 'R'`,
          position: 'Chief\u0007 Chemist',
        }),
      }),
    ),
  'official-az': () => buildOfficialInvitation(sampleOfficial('az', ISSUED)),
  'official-en': () => buildOfficialInvitation(sampleOfficial('en', ISSUED)),
  'official-ru': () => buildOfficialInvitation(sampleOfficial('ru', ISSUED)),
  // The office's own letterhead, patched by `docx`: LibreOffice must read what the patcher wrote.
  'template-visa-ru': async () =>
    fillTemplate(await ownTemplate(), 'visaInvitation', { ...sampleVisa('ru', ISSUED), highlights: [] }),
  'template-official-az': async () =>
    fillTemplate(await ownTemplate(), 'officialInvitation', {
      ...sampleOfficial('az', ISSUED),
      addressee: { kind: 'toWhomItMayConcern' },
    }),
} as const;
type LetterName = keyof typeof LETTERS;

const pdfText = new Map<LetterName, string>();
const pdfPages = new Map<LetterName, number>();
let folder = '';

/** `pdftotext -layout` keeps columns apart with runs of spaces; one space is what a reader sees. */
const squeeze = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ');

describe.skipIf(skip)('letters as LibreOffice prints them', () => {
  beforeAll(async () => {
    if (!available)
      throw new Error(`LibreOffice is missing: install libreoffice-writer so ${SOFFICE} exists.`);
    folder = mkdtempSync(join(tmpdir(), 'qonaq-letters-'));
    const names = Object.keys(LETTERS) as LetterName[];
    const files: string[] = [];
    for (const name of names) {
      const file = join(folder, `${name}.docx`);
      writeFileSync(file, await LETTERS[name]());
      files.push(file);
    }
    // One batch: LibreOffice takes seconds to start and milliseconds a document. A profile of its own
    // keeps this run from waiting on (or corrupting) another soffice's profile.
    const profile = `file://${join(folder, 'profile')}`;
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    for (const name of names) {
      const pdf = join(folder, `${name}.pdf`);
      pdfText.set(name, squeeze(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      pdfPages.set(name, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN));
    }
  }, 180_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it.each<[LetterName, string[]]>([
    [
      'visa-az',
      [
        'Xəzər Dövlət Universiteti',
        '№ BƏ-0042/2026 Bakı, 24 noyabr 2026-cı il',
        'VİZA DƏSTƏYİ MƏKTUBU',
        'Demirci Ayşe Gül',
        'Ayşə Gül Dəmirçi',
        'Qadın',
        'Türkiyə',
        'U12345678',
        '14.01.2030',
        'Bakı və Gəncə',
        'Elçin Əliyev',
      ],
    ],
    [
      'visa-en',
      [
        'Ref. No. BƏ-0042/2026 Baku, 24 November 2026',
        'in the Republic of Türkiye',
        'VISA SUPPORT LETTER',
        'Demirci Ayşe Gül',
        'Female',
        '24–28 November 2026',
        'Elchin Aliyev',
      ],
    ],
    [
      'visa-ru',
      [
        'Каспийский государственный университет',
        'Исх. № BƏ-0042/2026 Баку, 24 ноября 2026 г.',
        'ПИСЬМО ВИЗОВОЙ ПОДДЕРЖКИ',
        'Demirci Ayşe Gül',
        'Айше Гюль Демирджи',
        '24–28 ноября 2026 г.',
        'Эльчин Алиев',
      ],
    ],
    ['visa-az-no-logo', ['Xəzər Dövlət Universiteti', 'Demirci Ayşe Gül']],
    ['visa-en-hostile', [`Smith & Sons <Ltd> "Q" 'R'`, 'Chief Chemist']],
    ['official-az', ['Hörmətli professor Dəmirçi!', '• İçərişəhərə ekskursiya', 'Hörmətlə,']],
    ['official-en', ['Dear Professor Demirci,', '• Meeting with the Rector', 'Yours sincerely,']],
    [
      'official-ru',
      ['Уважаемая госпожа Демирджи!', '• Экскурсия по Ичеришехеру', 'С уважением,'],
    ],
    [
      'template-visa-ru',
      [
        'OUR LETTERHEAD',
        'BƏ-0042/2026',
        'Demirci Ayşe Gül',
        'Signed by Эльчин Алиев on 24 ноября 2026 г.',
        'ПИСЬМО ВИЗОВОЙ ПОДДЕРЖКИ',
        'Айше Гюль Демирджи',
      ],
    ],
    ['template-official-az', ['OUR LETTERHEAD', 'Hörmətli professor Dəmirçi!', 'Hörmətlə,']],
  ])('%s prints its text exactly', (name, expected) => {
    const text = pdfText.get(name) ?? '';
    for (const line of expected) expect(text, `${name} lacks “${line}”`).toContain(line);
  });

  it.each<LetterName>([
    'visa-az',
    'visa-en',
    'visa-ru',
    'visa-az-no-logo',
    'official-az',
    'official-en',
    'official-ru',
  ])('%s fits on one page', (name) => {
    expect(pdfPages.get(name)).toBe(1);
  });

  it('wraps a very long name inside its cell rather than losing it off the page', () => {
    const text = pdfText.get('visa-en-hostile') ?? '';
    // The name is 140 letters with no space: LibreOffice breaks it over lines of its cell, every letter printed.
    const lines = text.split('\n').filter((line) => /olfe|dorff|Ayşe Gül/.test(line));
    expect(lines.length).toBeGreaterThan(1);
    // The label beside the cell shares one of its lines; without it the pieces read as the whole name.
    const pieces = lines.map((line) => line.replace('Full name (as in passport)', ''));
    expect(pieces.join('').replace(/\s+/g, '')).toContain(`${LONG_NAME}AyşeGül`);
    expect(pdfPages.get('visa-en-hostile')).toBe(1);
  });
});
