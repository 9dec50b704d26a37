import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { BODY_SIZE, documentStyles, PAGE } from '../letters/layout';
import { letterhead } from '../letters/letterhead';
import { cleanLine } from '../letters/sanitize';
import { pageNumberFooter } from '../print/docx-layout';

/**
 * The letterhead's docx objects of an institution, by language, built once: its logo is decoded from
 * base64 and hashed by docx when built, which a bulk run of itineraries would otherwise repeat for
 * every guest. Keyed by the institution object, which the store replaces (never mutates) on a change
 * in Settings, so a new logo or name is never read from here. docx objects are only read when a
 * document is packed, so several documents can hold the same ones.
 */
const letterheads = new WeakMap<Institution, Map<Language, Paragraph[]>>();

function keptLetterhead(institution: Institution, language: Language): Paragraph[] {
  let byLanguage = letterheads.get(institution);
  if (!byLanguage) {
    byLanguage = new Map();
    letterheads.set(institution, byLanguage);
  }
  let paragraphs = byLanguage.get(language);
  if (!paragraphs) {
    paragraphs = letterhead(institution, language);
    byLanguage.set(language, paragraphs);
  }
  return paragraphs;
}

/**
 * A guest's itinerary as a .docx: an A4 letter page on the institution's letterhead, as the letters
 * are, with "page 2 of 3" in the itinerary's language at the foot of every page (a long programme
 * runs over several, and a guest holding loose sheets needs to know none is missing).
 */
export function packItinerary(
  language: Language,
  title: string,
  institution: Institution,
  content: readonly (Paragraph | Table)[],
): Promise<Buffer> {
  const { width, height, margin } = PAGE;
  const document = new Document({
    title: cleanLine(title),
    creator: cleanLine(institution.name[language]),
    styles: documentStyles(language, BODY_SIZE),
    sections: [
      {
        properties: {
          page: {
            size: { width, height },
            margin: { top: margin, bottom: margin, left: margin, right: margin, footer: 567 },
          },
        },
        footers: { default: pageNumberFooter(language) },
        children: [...keptLetterhead(institution, language), ...content],
      },
    ],
  });
  return Packer.toBuffer(document);
}
