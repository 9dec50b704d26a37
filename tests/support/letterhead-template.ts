import { Document, Header, Packer, Paragraph } from 'docx';

/**
 * An office's own letterhead as Word would hold it: a heading of its own, placeholders alone in their
 * paragraphs, one inside running text, and `{{body}}` for the standard letter.
 */
export async function ownTemplate(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Page header of our office')] }) },
          children: [
            new Paragraph('OUR LETTERHEAD'),
            new Paragraph('{{number}}'),
            new Paragraph('{{guest_full_name}}'),
            new Paragraph('Signed by {{signatory_name}} on {{date}}.'),
            new Paragraph('{{body}}'),
          ],
        },
      ],
    }),
  );
}
