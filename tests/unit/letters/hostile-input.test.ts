import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation } from '../../../src/core/letters';
import { cleanLine } from '../../../src/core/letters/sanitize';
import { documentText, unzip } from './docx-xml';
import { sampleGuest, sampleInstitution, sampleOfficial, sampleVisa } from './fixtures';

// eslint-disable-next-line no-control-regex -- looking for control characters is the point.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * A small well-formedness check: tags balance, and `&` only starts an entity. It is enough to catch
 * what breaks Word (raw markup or control characters in text) without an XML parser dependency.
 */
function expectWellFormed(xml: string, name: string): void {
  expect(xml, `${name} has a character XML forbids`).not.toMatch(FORBIDDEN_IN_XML);
  expect(xml, `${name} has a lone surrogate`).not.toMatch(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
  const stack: string[] = [];
  for (const match of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = match[0];
    if (!token.startsWith('<')) {
      expect(token, `${name}: bare & in text`).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
      continue;
    }
    if (token.startsWith('<?') || token.endsWith('/>')) continue;
    const tag = /^<\/?([^\s/>]+)/.exec(token)?.[1] ?? '';
    if (token.startsWith('</')) expect(stack.pop(), `${name}: </${tag}> closes the wrong tag`).toBe(tag);
    else stack.push(tag);
  }
  expect(stack, `${name}: unclosed tags`).toEqual([]);
}

function expectAllPartsWellFormed(docx: Buffer): void {
  for (const [name, data] of unzip(docx))
    if (/\.(xml|rels)$/.test(name)) expectWellFormed(data.toString('utf8'), name);
}

const MARKUP = `Smith & Sons <Ltd> "Q" 'R' ]]> &amp;`;
const EMOJI = 'Head of 🧪 Lab 👩‍🔬';
const RTL = '\u202Bجامعة بغداد\u202C\u200F and Baku';
const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(4);

function hostileVisa() {
  const institution = sampleInstitution();
  return sampleVisa('en', {
    institution: { ...institution, name: { ...institution.name, en: `A&B "University" <of> 'Baku'` } },
    guest: sampleGuest({
      surname: LONG_NAME,
      givenNames: 'Zoë\u0000\u0007',
      organisation: MARKUP,
      position: EMOJI,
      passport: { ...sampleGuest().passport, number: 'U1\u001b[31m2' },
    }),
    visit: {
      ...sampleVisa('en').visit,
      title: '{{institution}} <script>alert(1)</script>',
      purpose: 'research\uD800\uFFFE',
    },
    cities: RTL,
    accommodation: 'Hotel\u0000 \u0085Baku\r\nroom\t12',
    addressee: { kind: 'embassy', text: 'Embassy\u0008 of Azerbaijan\n\tin Paris' },
  });
}

describe('hostile input', () => {
  it('never breaks the file: every part stays well-formed XML', async () => {
    expectAllPartsWellFormed(await buildVisaInvitation(hostileVisa()));
    const official = sampleOfficial('ru', { highlights: ['<b>bold</b> & \u0001', EMOJI] });
    expectAllPartsWellFormed(await buildOfficialInvitation({ ...official, guest: hostileVisa().guest }));
  });

  it('drops control characters and bidi embeddings, keeps markup characters, emoji and right-to-left marks as text', async () => {
    const text = documentText(await buildVisaInvitation(hostileVisa()));
    expect(text).toContain(`${MARKUP} |`);
    expect(text).toContain(`${EMOJI} |`);
    // The embedding (U+202B ... U+202C) could reorder the words around it: it goes, the mark stays.
    expect(text).toContain('جامعة بغداد\u200F and Baku |');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('A&B "University" <of> \'Baku\' invites the person named below');
    expect(text).toContain('{{institution}} <script>alert(1)</script> |');
    expect(text).toContain(`${LONG_NAME} Zoë |`);
    expect(text).toContain('U1[31m2 |');
    expect(text).toContain('research |');
    expect(text).toContain('Hotel Baku room 12 |');
    expect(text).toContain('Embassy of Azerbaijan\n\tin Paris\n');
  });

  it('prints any text it is given, less unprintable characters, whatever the text holds', async () => {
    const anyChar = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 40,
      }),
    );
    await fc.assert(
      fc.asyncProperty(anyChar, async (organisation) => {
        const docx = await buildVisaInvitation(
          sampleVisa('az', { guest: sampleGuest({ organisation: `x${organisation}` }) }),
        );
        expectWellFormed(unzip(docx).get('word/document.xml')?.toString('utf8') ?? '', 'document.xml');
        expect(documentText(docx)).toContain(`${cleanLine(`x${organisation}`)} |`);
      }),
      { numRuns: 40 },
    );
  });
});
