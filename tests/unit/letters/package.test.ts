import { Packer, type Paragraph, type Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { noisePng } from '../../../bench/generator';
import { seededRandom } from '../../../bench/random';
import { buildOfficialInvitation, buildVisaInvitation } from '../../../src/core/letters';
import { letterhead } from '../../../src/core/letters/letterhead';
import { officialContent } from '../../../src/core/letters/official-invitation';
import { letterDocument } from '../../../src/core/letters/package';
import { letterPhrases } from '../../../src/core/letters/phrases';
import { visaContent } from '../../../src/core/letters/visa-invitation';
import type { VisaInvitationInput } from '../../../src/core/letters';
import type { Institution } from '../../../src/shared/institution';
import { LANGUAGES } from '../../../src/shared/languages';
import { documentText, part, unzip } from './docx-xml';
import { sampleGuest, sampleInstitution, sampleOfficial, sampleVisa } from './fixtures';

/** The moments a package was written, and the drawing's id docx counts up, differ from one file to the next. */
const unstable = (xml: string) =>
  xml
    .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, '$1…')
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr');

/** Every part of `letter` is what docx writes for the same letterhead and content, byte for byte. */
async function expectAsDocxWrites(
  letter: Buffer,
  input: Pick<VisaInvitationInput, 'language' | 'institution'>,
  title: string,
  content: (Paragraph | Table)[],
): Promise<void> {
  const { language, institution } = input;
  const reference = await Packer.toBuffer(
    letterDocument(language, institution, title, [...letterhead(institution, language), ...content]),
  );
  const ours = unzip(letter);
  const theirs = unzip(reference);
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  for (const [name, bytes] of theirs) {
    if (name.endsWith('.xml'))
      expect(unstable(ours.get(name)?.toString('utf8') ?? '')).toBe(unstable(bytes.toString('utf8')));
    else expect(ours.get(name)?.equals(bytes)).toBe(true);
  }
}

describe('the package of a letter', () => {
  it.each(LANGUAGES.flatMap((language) => [['visa', language] as const, ['official', language] as const]))(
    'holds the parts docx writes for the same %s letter in %s, byte for byte',
    async (kind, language) => {
      const visa = sampleVisa(language);
      const official = sampleOfficial(language);
      const title = letterPhrases(language)[kind].title;
      if (kind === 'visa')
        await expectAsDocxWrites(await buildVisaInvitation(visa), visa, title, visaContent(visa));
      else
        await expectAsDocxWrites(
          await buildOfficialInvitation(official),
          official,
          title,
          officialContent(official),
        );
    },
  );

  it('writes markup, quotes, line breaks, tabs and control characters in text as docx does', async () => {
    const hostile = `Smith & Sons <Ltd> "Q" 'R' ]]> &amp; {{x}} \u0001\u0085\uFFFE`;
    const visa = sampleVisa('en', {
      guest: sampleGuest({ organisation: hostile, position: 'Head\tof\nresearch' }),
      accommodation: hostile,
      addressee: { kind: 'embassy', text: `Embassy\n${hostile}` },
    });
    const title = letterPhrases('en').visa.title;
    await expectAsDocxWrites(await buildVisaInvitation(visa), visa, title, visaContent(visa));
  });

  it('prints the new letterhead, logo and signatory once Settings change, and the old one when changed back', async () => {
    const logos = (docx: Buffer) => [...unzip(docx)].filter(([name]) => name.startsWith('word/media/'));
    const first = sampleInstitution();
    const before = await buildVisaInvitation(sampleVisa('en', { institution: first }));
    expect(documentText(before)).toContain('Caspian State University');

    const png = noisePng(80, 40, seededRandom(3));
    const signatory = {
      id: 'rector',
      name: { az: 'Leyla Həsənova', en: 'Leyla Hasanova', ru: 'Лейла Гасанова' },
      position: { az: 'Rektor', en: 'Rector', ru: 'Ректор' },
    };
    const changed: Institution = {
      ...first,
      name: { ...first.name, en: 'Caspian Technical University' },
      address: { ...first.address, en: '1 Sea Front, Baku AZ1000, Azerbaijan' },
      logo: { mime: 'image/png', data: png.toString('base64'), width: 80, height: 40 },
      signatories: [signatory],
    };
    const after = await buildVisaInvitation(sampleVisa('en', { institution: changed, signatory }));
    const text = documentText(after);
    expect(text).toContain('Caspian Technical University');
    expect(text).not.toContain('Caspian State University');
    expect(text).toContain('1 Sea Front, Baku AZ1000, Azerbaijan');
    expect(text).toContain('Leyla Hasanova');
    expect(text).toContain('Rector');
    expect(text).not.toContain('Elchin Aliyev');
    expect(logos(after).map(([, bytes]) => bytes.equals(png))).toEqual([true]);
    // 80 × 40 drawn 64 px high: 128 × 64 px, in EMU.
    expect(part(after, 'word/document.xml')).toContain('<wp:extent cx="1219200" cy="609600"/>');
    expect(part(after, 'docProps/core.xml')).toContain(
      '<dc:creator>Caspian Technical University</dc:creator>',
    );

    const again = await buildVisaInvitation(sampleVisa('en', { institution: first }));
    expect(documentText(again)).toBe(documentText(before));
    expect(logos(again)).toEqual(logos(before));
  });

  it('sees a name, an address or a logo changed on its own, even in place in the same object', async () => {
    const institution = sampleInstitution();
    const logos = (docx: Buffer) => [...unzip(docx)].filter(([name]) => name.startsWith('word/media/'));
    const first = await buildVisaInvitation(sampleVisa('en', { institution }));

    const renamed = { ...institution, name: { ...institution.name, en: 'Caspian Technical University' } };
    const second = await buildVisaInvitation(sampleVisa('en', { institution: renamed }));
    expect(documentText(second)).toContain('Caspian Technical University');
    expect(logos(second)).toEqual(logos(first));

    institution.address.en = '1 Sea Front, Baku AZ1000, Azerbaijan';
    const third = await buildVisaInvitation(sampleVisa('en', { institution }));
    expect(documentText(third)).toContain('1 Sea Front, Baku AZ1000, Azerbaijan');
    expect(documentText(third)).toContain('Caspian State University');

    const png = noisePng(40, 40, seededRandom(5));
    if (!institution.logo) throw new Error('The sample institution has a logo');
    institution.logo.data = png.toString('base64');
    const fourth = await buildVisaInvitation(sampleVisa('en', { institution }));
    expect(logos(fourth).map(([, bytes]) => bytes.equals(png))).toEqual([true]);
    expect(documentText(fourth)).toContain('1 Sea Front, Baku AZ1000, Azerbaijan');
  });

  it('leaves the logo out once Settings remove it', async () => {
    const institution = sampleInstitution();
    await buildVisaInvitation(sampleVisa('ru', { institution }));
    const letter = await buildVisaInvitation(
      sampleVisa('ru', { institution: { ...institution, logo: null } }),
    );
    expect([...unzip(letter).keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(part(letter, 'word/document.xml')).not.toContain('<w:drawing>');
  });
});
