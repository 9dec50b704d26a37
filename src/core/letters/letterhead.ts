import { AlignmentType, BorderStyle, ImageRun, Paragraph } from 'docx';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { MUTED_COLOUR, paragraph, RULE_COLOUR, SMALL_SIZE } from './layout';
import { fill, letterPhrases } from './phrases';
import { cleanLine, unbreakable } from './sanitize';

/** The institution's letterhead, at the top of its letters, reports and printed programmes. */

const LOGO_HEIGHT_PX = 64;
const LOGO_MAX_WIDTH_PX = 320;

function logoParagraph(institution: Institution, language: Language): Paragraph[] {
  const logo = institution.logo;
  if (!logo) return [];
  const scale = Math.min(LOGO_HEIGHT_PX / logo.height, LOGO_MAX_WIDTH_PX / logo.width);
  const image = new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: Buffer.from(logo.data, 'base64'),
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    altText: { name: 'logo', title: cleanLine(institution.name[language]) },
  });
  return [new Paragraph({ children: [image], alignment: AlignmentType.CENTER, spacing: { after: 60 } })];
}

/** Logo, name, address and contacts, centred, closed by a rule: the institution's letterhead. */
export function letterhead(institution: Institution, language: Language): Paragraph[] {
  const p = letterPhrases(language).letterhead;
  const contacts = [
    institution.phone && fill(p.phone, { phone: unbreakable(institution.phone) }),
    institution.email && fill(p.email, { email: cleanLine(institution.email) }),
    cleanLine(institution.website),
  ].filter((part) => part !== '');
  const small = { size: SMALL_SIZE, color: MUTED_COLOUR, alignment: AlignmentType.CENTER, after: 0 };
  const lines = [cleanLine(institution.address[language]), contacts.join('  ·  ')].filter((l) => l !== '');
  const details = lines.map((line) => paragraph(language, line, small));
  const rule = new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RULE_COLOUR, space: 4 } },
    spacing: { after: 240 },
  });
  return [
    ...logoParagraph(institution, language),
    paragraph(language, cleanLine(institution.name[language]), {
      bold: true,
      size: 28,
      color: RULE_COLOUR,
      alignment: AlignmentType.CENTER,
      after: 40,
    }),
    ...details,
    rule,
  ];
}
