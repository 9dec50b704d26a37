import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/core/letters';
import { templatePlaceholders } from '../../../src/core/letters/template-zip';
import { documentText, part } from './docx-xml';
import { sampleVisa } from './fixtures';

/** A template as Word leaves it after editing: a placeholder split over runs, another in the page header. */
function editedTemplate(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Ref. {{number}}')] }) },
          children: [
            new Paragraph({
              children: [
                new TextRun('To: {{guest_'),
                new TextRun({ text: 'full_', bold: true }),
                new TextRun('name}}'),
              ],
            }),
            new Paragraph('Fish & chips {{unknown_thing}} {{'),
            new Paragraph('date}}'),
            new Paragraph('{{body}}'),
          ],
        },
      ],
    }),
  );
}

describe('the placeholders of a template', () => {
  it('are found in every part, also when split over runs, as docx fills them', async () => {
    const found = templatePlaceholders(await editedTemplate());
    expect(found.has('number')).toBe(true);
    expect(found.has('guest_full_name')).toBe(true);
    expect(found.has('body')).toBe(true);
    expect(found.has('unknown_thing')).toBe(true);
    expect(found.has('signatory_name')).toBe(false);
  });

  it('are all filled in a letter, in the header and across runs, and an unknown one is left as typed', async () => {
    const letter = await fillTemplate(await editedTemplate(), 'visaInvitation', {
      ...sampleVisa('en'),
      highlights: [],
    });
    const text = documentText(letter);
    expect(text).toContain('To: Demirci Ayşe Gül');
    expect(text).toContain('Fish & chips {{unknown_thing}}');
    expect(text).toContain('VISA SUPPORT LETTER');
    expect(text).not.toContain('{{body}}');
    expect(part(letter, 'word/header1.xml')).toContain('BƏ-0042/2026');
  });
});
