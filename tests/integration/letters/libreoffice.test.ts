import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation, fillTemplate } from '../../../src/core/letters';
import type { GuestData } from '../../../src/shared/domain';
import type { Language } from '../../../src/shared/languages';
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
/** 1,000 characters of words, beginning with `label` and ending with `END` so that a cut shows. */
const LONG_FIELD = (label: string) => `${label} ${'lorem ipsum '.repeat(82)}`.slice(0, 996) + ' END';
// The sample's issue date is moved to the first day of the stay so the letter date is checked too.
const ISSUED = { issueDate: '2026-11-24' };

/** The head's texts in each language, as the letter service hands them over. */
const HEAD_TEXTS: Record<Language, Pick<GuestData, 'position' | 'organisation'>> = {
  az: { position: 'Elmi işlər üzrə prorektor', organisation: 'Ankara Universiteti' },
  en: { position: 'Vice-Rector for Research', organisation: 'Ankara University' },
  ru: { position: 'Проректор по научной работе', organisation: 'Анкарский университет' },
};
const EMBASSY: Record<Language, string> = {
  az: 'Azərbaycan Respublikasının Ankaradakı Səfirliyi',
  en: 'Embassy of the Republic of Azerbaijan in Ankara',
  ru: 'Посольство Азербайджанской Республики в Анкаре',
};
const MEMBER_POSITIONS: Record<Language, string[]> = {
  az: ['Professor, kafedra müdiri', 'Beynəlxalq əlaqələr üzrə mütəxəssis', 'Dosent'],
  en: ['Professor, Head of Department', 'International Relations Officer', 'Associate Professor'],
  ru: ['Профессор, заведующий кафедрой', 'Специалист по международным связям', 'Доцент'],
};

/** A visa invitation with every row a visa officer asks for: VÖEN, address, flights, the visa, where. */
function fullVisa(language: Language, delegation = false) {
  const members: Partial<GuestData>[] = [
    { surname: 'Yılmaz', givenNames: 'Mehmet Ali', gender: 'male', dateOfBirth: '1968-07-02' },
    { surname: "O'Brien", givenNames: 'Siobhan', citizenship: 'IE', dateOfBirth: '1990-11-30' },
    { surname: 'Ivanov', givenNames: 'Sergey', gender: 'male', citizenship: 'RU', dateOfBirth: '1980-01-15' },
  ];
  return sampleVisa(language, {
    ...ISSUED,
    institution: { ...sampleInstitution(), taxId: '1700012345' },
    guest: sampleGuest({ homeAddress: 'Atatürk Bulvarı 125/7, Çankaya, Ankara', ...HEAD_TEXTS[language] }),
    visa: {
      type: 'scienceAndEducation',
      entries: 'single',
      validityDays: null,
      collection: { kind: 'embassy', place: EMBASSY[language] },
    },
    ...(delegation
      ? {
          delegation: members.map((m, i) =>
            sampleGuest({ ...m, role: 'member', position: MEMBER_POSITIONS[language][i] ?? '' }),
          ),
        }
      : {}),
  });
}

const LETTERS = {
  'visa-full-az': () => buildVisaInvitation(fullVisa('az')),
  'visa-full-en': () => buildVisaInvitation(fullVisa('en')),
  'visa-full-ru': () => buildVisaInvitation(fullVisa('ru')),
  'visa-group-az': () => buildVisaInvitation(fullVisa('az', true)),
  'visa-group-en': () => buildVisaInvitation(fullVisa('en', true)),
  'visa-group-ru': () => buildVisaInvitation(fullVisa('ru', true)),
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
  // Right-to-left overrides and embeddings, isolates and control characters in fields of normal length:
  // none may reorder the letter's own words, break the file or push it past one page.
  'visa-ru-bidi': () =>
    buildVisaInvitation(
      sampleVisa('ru', {
        ...ISSUED,
        guest: sampleGuest({
          position: '\u202eПроректор\u202c по научной работе',
          organisation: 'Анкарский\u2067 университет\u2069\u0001',
        }),
        visit: { ...sampleVisa('ru').visit, purpose: 'переговоры\u202d о программах\u202a\u0008' },
      }),
    ),
  // Every free-text field at 1,000 characters: the letter runs on, and every field prints whole.
  'visa-en-long-fields': () =>
    buildVisaInvitation(
      sampleVisa('en', {
        ...ISSUED,
        guest: sampleGuest({ position: LONG_FIELD('Position'), organisation: LONG_FIELD('Organisation') }),
        visit: { ...sampleVisa('en').visit, purpose: LONG_FIELD('Purpose') },
        accommodation: LONG_FIELD('Hotel'),
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
    // The words stay in their order: an override left in would print "етобар йоннуачн оп ротксеропП".
    ['visa-ru-bidi', ['Проректор по научной работе', 'Анкарский университет', 'переговоры о программах']],
    ['official-az', ['Hörmətli professor Dəmirçi!', '• İçərişəhərə ekskursiya', 'Hörmətlə,']],
    ['official-en', ['Dear Professor Demirci,', '• Meeting with the Rector', 'Yours sincerely,']],
    ['official-ru', ['Уважаемая госпожа Демирджи!', '• Экскурсия по Ичеришехеру', 'С уважением,']],
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
    'visa-ru-bidi',
    'official-az',
    'official-en',
    'official-ru',
  ])('%s fits on one page', (name) => {
    expect(pdfPages.get(name)).toBe(1);
  });

  it('prints fields of 1,000 characters whole, running on to a second page', () => {
    const text = (pdfText.get('visa-en-long-fields') ?? '').replace(/\s+/g, ' ');
    // A table cell's lines are read beside its label's, so each field is found by its start and its end.
    for (const label of ['Position', 'Organisation', 'Purpose', 'Hotel'])
      expect(text).toContain(`${label} lorem ipsum`);
    expect(text.match(/ipsum END/g)).toHaveLength(4);
    expect(pdfPages.get('visa-en-long-fields')).toBeGreaterThan(1);
  });

  it('keeps no bidi control in the text LibreOffice reads', () => {
    expect(pdfText.get('visa-ru-bidi') ?? '').not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it.each<[LetterName, string[]]>([
    [
      'visa-full-az',
      [
        'Xəzər Dövlət Universiteti (VÖEN: 1700012345) aşağıda göstərilən şəxsi',
        'Doğulduğu yer Ankara',
        'Yaşayış ünvanı Atatürk Bulvarı 125/7, Çankaya, Ankara',
        'Gəliş / gediş 24.11.2026, TK 334 (GYD) — 28.11.2026, TK 335 (GYD)',
        'Tələb olunan viza Elm və təhsil məqsədli adi viza, birdəfəlik, səfər müddətinə',
        'Vizanın alınacağı yer Azərbaycan Respublikasının Ankaradakı Səfirliyi',
        'Qəbul edən tərəf dəvət olunan şəxsin',
      ],
    ],
    [
      'visa-full-en',
      [
        'Caspian State University (TIN: 1700012345) invites the person named below',
        'Place of birth Ankara',
        'Home address Atatürk Bulvarı 125/7, Çankaya, Ankara',
        'Arrival / departure 24.11.2026, TK 334 (GYD) — 28.11.2026, TK 335 (GYD)',
        // The value wraps inside its cell, centred against its label: the label prints on a line of its own.
        'Ordinary visa for science and education, single entry, for the dates of',
        'Visa to be collected at Embassy of the Republic of Azerbaijan in Ankara',
        'The host institution undertakes to ensure',
      ],
    ],
    [
      'visa-full-ru',
      [
        'Каспийский государственный университет (ИНН: 1700012345) приглашает',
        'Место рождения Ankara',
        'Домашний адрес Atatürk Bulvarı 125/7, Çankaya, Ankara',
        'Прибытие / отъезд 24.11.2026, TK 334 (GYD) — 28.11.2026, TK 335 (GYD)',
        'Место получения визы Посольство Азербайджанской Республики в Анкаре',
        'Принимающая сторона',
      ],
    ],
    ['visa-group-az', ['Nümayəndə heyəti üzvlərinin siyahısı', '4 Ivanov Sergey 15.01.1980 Kişi Rusiya']],
    ['visa-group-en', ['List of the members of the delegation', '4 Ivanov Sergey 15.01.1980 Male Russia']],
    ['visa-group-ru', ['Список членов делегации', '4 Ivanov Sergey 15.01.1980']],
  ])('%s carries what a visa officer checks', (name, expected) => {
    const text = pdfText.get(name) ?? '';
    for (const line of expected) expect(text, `${name} lacks “${line}”`).toContain(line);
  });

  it.each<LetterName>(['visa-full-az', 'visa-full-en', 'visa-full-ru'])(
    '%s keeps every new row on one page',
    (name) => {
      expect(pdfPages.get(name)).toBe(1);
    },
  );

  it.each<LetterName>(['visa-group-az', 'visa-group-en', 'visa-group-ru'])(
    '%s starts its annex on a page of its own',
    (name) => {
      const pages = (pdfText.get(name) ?? '').split('\f');
      const annex = pages.findIndex((page) => /Ivanov Sergey/.test(page));
      expect(annex).toBeGreaterThan(0);
      expect(pages.slice(0, annex).join('')).not.toMatch(/Ivanov Sergey/);
    },
  );

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
