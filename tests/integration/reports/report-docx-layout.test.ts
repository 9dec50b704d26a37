import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/reports/report';
import { reportDocx } from '../../../src/core/reports/report-docx';
import type { Language } from '../../../src/shared/languages';
import { LANGUAGES } from '../../../src/shared/languages';
import { tempDirs } from '../../support/temp-dir';
import { office } from '../../unit/core/reports/fixture';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * How the report's pages read in LibreOffice (pdftotext -layout keeps each printed line): what a reader
 * of the annual report at ten years found broken, each case with its expected text typed by hand.
 */
const skip = skipWithoutLibreOffice('the LibreOffice report layout tests');
const dirs = tempDirs('qonaq-report-layout-');
const Q3 = { from: '2027-07-01', to: '2027-09-30' } as const;
const NOW = new Date('2027-10-01T08:00:00Z');

afterAll(async () => {
  await dirs.removeAll();
});

/** The office with its visit A moved to 27–30 September 2027: the widest days of a month. */
function september() {
  const sources = office();
  return {
    ...sources,
    visits: sources.visits.map((v) =>
      v.id === 'A' ? { ...v, arrivalDate: '2027-09-27', departureDate: '2027-09-30' } : v,
    ),
  };
}

/** Each language's report as printed lines, no-break spaces and hyphens read as plain ones. */
async function printedLines(
  sources: ReturnType<typeof office>,
  query: { from: string; to: string },
): Promise<Record<Language, string[]>> {
  const root = await dirs.make();
  for (const language of LANGUAGES) {
    const built = buildReport(sources, { ...query, language, compare: false }, NOW);
    const file = await reportDocx(built, null);
    await writeFile(join(root, `r-${language}.docx`), Buffer.from(file.base64, 'base64'));
  }
  convertWithLibreOffice(
    LANGUAGES.map((l) => join(root, `r-${l}.docx`)),
    { outDir: root, profileRoot: root },
  );
  const read = (language: Language) =>
    execFileSync('pdftotext', ['-layout', join(root, `r-${language}.pdf`), '-'], { encoding: 'utf8' })
      .replace(/\u2011/g, '-')
      .replace(/\u00a0/g, ' ')
      .split('\n');
  return { az: read('az'), en: read('en'), ru: read('ru') };
}

describe.skipIf(skip)('the report .docx as its pages print', () => {
  it("keeps a visit's dates on one line in the list of visits", async () => {
    const lines = await printedLines(september(), Q3);
    const expected: Record<Language, string> = {
      az: '27–30 sentyabr 2027-ci il',
      en: '27–30 September 2027',
      ru: '27–30 сентября 2027 г.',
    };
    for (const language of LANGUAGES)
      expect(
        lines[language].some((l) => l.includes(expected[language])),
        `${language}:\n${lines[language].join('\n')}`,
      ).toBe(true);
  }, 180_000);

  it('prints the section each agreement is counted in with its words whole, after its end date', async () => {
    const lines = await printedLines(office(), { from: '2027-01-01', to: '2027-03-31' });
    const expected: Record<Language, string[]> = {
      az: ['İmzalanmış', 'Uzadılmış', 'Qüvvədən'],
      en: ['Signed', 'Renewed', 'Expiring', 'Ended'],
      ru: ['Подписанные', 'Продлённые', 'Истекающие', 'Прекратившие'],
    };
    for (const language of LANGUAGES)
      for (const word of expected[language])
        expect(
          lines[language].some((l) => new RegExp(`(\\d{4}|il|г\\.) {2,}${word}( |$)`).test(l)),
          `${language} ${word}:\n${lines[language].join('\n')}`,
        ).toBe(true);
  }, 180_000);
});
