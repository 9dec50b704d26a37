import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { BODY_SIZE, documentStyles, PAGE } from './layout';
import { letterhead } from './letterhead';
import { cleanLine } from './sanitize';

/**
 * The .docx package of a letter, written by docx's `Packer` from the institution's letterhead and the
 * letter's own content: every part, the logo included, is docx's own output, so a change in Settings (a
 * new logo, name, address, signatory) shows in the next letter without anything kept in between.
 */

export interface LetterDocument {
  language: Language;
  title: string;
  institution: Institution;
  /** Everything below the letterhead, which is added here. */
  content: readonly (Paragraph | Table)[];
}

/** An A4 page with fonts and language set as defaults too, for text the user adds when editing. */
export function letterDocument(
  language: Language,
  institution: Institution,
  title: string,
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    title: cleanLine(title),
    creator: cleanLine(institution.name[language]),
    styles: documentStyles(language, BODY_SIZE),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
}

/** A letter's .docx: the institution's letterhead, then the letter's own content. */
export function packLetter({ language, title, institution, content }: LetterDocument): Promise<Buffer> {
  const children = [...letterhead(institution, language), ...content];
  return Packer.toBuffer(letterDocument(language, institution, title, children));
}
