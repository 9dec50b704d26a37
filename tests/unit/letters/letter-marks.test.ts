import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation, fillTemplate } from '../../../src/core/letters';
import type { Language } from '../../../src/shared/languages';
import { documentText } from './docx-xml';
import { sampleInstitution, sampleOfficial, sampleVisa } from './fixtures';

/**
 * What a letter prints around its number, date and signature: the institution's city before the
 * date, the revision of a re-issued letter beside the number, and the place for the seal.
 */

/** Dates keep their words together with no-break spaces and hyphens; the words are what is checked here. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

/** The letter's lines as a reader sees them; a table row is one line, its cells ending in ` |`. */
const letterLines = async (letter: Promise<Buffer>) =>
  plain(documentText(await letter))
    .split('\n')
    .map((line) => line.trimEnd());

const NO_CITY = { ...sampleInstitution(), city: { az: '', en: '', ru: '' } };

describe('the number-and-date line', () => {
  it.each<[Language, string]>([
    ['az', '№ BƏ-0042/2026\tBakı, 15 oktyabr 2026-cı il'],
    ['en', 'Ref. No. BƏ-0042/2026\tBaku, 15 October 2026'],
    ['ru', 'Исх. № BƏ-0042/2026\tБаку, 15 октября 2026 г.'],
  ])('prints the institution’s city before the date in %s', async (language, expected) => {
    const lines = await letterLines(buildVisaInvitation(sampleVisa(language)));

    expect(lines).toContain(expected);
  });

  it.each<[Language, string]>([
    ['az', '№ BƏ-0042/2026\t15 oktyabr 2026-cı il'],
    ['en', 'Ref. No. BƏ-0042/2026\t15 October 2026'],
    ['ru', 'Исх. № BƏ-0042/2026\t15 октября 2026 г.'],
  ])('prints the date alone when Settings hold no city, in %s', async (language, expected) => {
    const lines = await letterLines(buildVisaInvitation(sampleVisa(language, { institution: NO_CITY })));

    expect(lines).toContain(expected);
  });

  it.each<[Language, string]>([
    ['az', '№ BƏ-0042/2026  Redaksiya 2\tBakı, 15 oktyabr 2026-cı il'],
    ['en', 'Ref. No. BƏ-0042/2026  Revision 2\tBaku, 15 October 2026'],
    ['ru', 'Исх. № BƏ-0042/2026  Редакция 2\tБаку, 15 октября 2026 г.'],
  ])('marks a re-issued letter with its revision beside the number, in %s', async (language, expected) => {
    const lines = await letterLines(buildVisaInvitation(sampleVisa(language, { revision: 2 })));

    expect(lines).toContain(expected);
  });

  it('prints no revision mark on a first issue', async () => {
    const first = await letterLines(buildVisaInvitation(sampleVisa('en', { revision: 1 })));
    const unsaid = await letterLines(buildVisaInvitation(sampleVisa('en')));

    expect(first).toContain('Ref. No. BƏ-0042/2026\tBaku, 15 October 2026');
    expect(unsaid).toContain('Ref. No. BƏ-0042/2026\tBaku, 15 October 2026');
  });
});

describe('the signature block', () => {
  it.each<[Language, string, string]>([
    ['az', 'Beynəlxalq əlaqələr üzrə prorektor |  | Elçin Əliyev |', 'M.Y.'],
    ['en', 'Vice-Rector for International Relations |  | Elchin Aliyev |', 'L.S.'],
    ['ru', 'Проректор по международным связям |  | Эльчин Алиев |', 'М.П.'],
  ])('leaves the place for the seal under the signatory’s position in %s', async (language, signed, seal) => {
    for (const letter of [
      buildVisaInvitation(sampleVisa(language)),
      buildOfficialInvitation(sampleOfficial(language)),
    ]) {
      const lines = await letterLines(letter);

      const at = lines.indexOf(signed);
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toBe(`${seal} |  |  |`);
    }
  });
});

/** A template an office might lay out: its own line for the place, the date and the revision. */
function officeTemplate(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('No. {{number}} {{revision}}'),
            new Paragraph('{{institution_city}}, {{date}}'),
            new Paragraph('{{body}}'),
          ],
        },
      ],
    }),
  );
}

describe('an office template', () => {
  it('is given the revision and the institution’s city in the letter’s language', async () => {
    const letter = fillTemplate(await officeTemplate(), 'visaInvitation', {
      ...sampleVisa('ru', { revision: 3 }),
      highlights: [],
    });

    const lines = await letterLines(letter);

    expect(lines.slice(0, 2)).toEqual(['No. BƏ-0042/2026 Редакция 3', 'Баку, 15 октября 2026 г.']);
  });
});
