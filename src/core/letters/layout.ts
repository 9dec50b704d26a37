import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Institution, Signatory } from '../../shared/institution';
import { LANGUAGE_TAGS, type Language } from '../../shared/languages';
import { fill, letterPhrases } from './phrases';
import { bindInitials, cleanLine, cleanText } from './sanitize';

/** A4 in twips, with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * Times New Roman is on every Windows and macOS machine and carries ə ğ ı İ ö ü ç ş and Cyrillic;
 * LibreOffice on Linux substitutes the metric-compatible Liberation Serif, which carries them too.
 * Every slot is named, or Word picks a theme font for the slot a character falls into (Cyrillic can
 * land in `cs` or `eastAsia` depending on the run's hint).
 */
const FONT_NAME = 'Times New Roman';
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME };

export const BODY_SIZE = 22; // half-points: 11 pt
export const SMALL_SIZE = 17;
const TABLE_SIZE = 21;
export const RULE_COLOUR = '1F3864';
const GRID_COLOUR = 'A6A6A6';
export const MUTED_COLOUR = '404040';

export interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

export interface ParagraphStyle extends RunStyle {
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  indentLeft?: number;
  keepNext?: boolean;
}

/**
 * Runs for text as typed: line breaks become breaks and tabs become tabs, rather than characters that
 * Word would print as spaces; initials are bound to their name (`bindInitials`). Each run names its
 * font and language, so a paragraph copied into another document keeps both.
 */
export function runs(language: Language, text: string, style: RunStyle = {}): TextRun[] {
  const base = { font: FONT, language: { value: LANGUAGE_TAGS[language] }, ...style };
  return bindInitials(cleanText(text))
    .split('\n')
    .map((line, index) => {
      const children = line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
      return new TextRun({ ...base, children, break: index === 0 ? 0 : 1 });
    });
}

export function paragraph(language: Language, text: string, style: ParagraphStyle = {}): Paragraph {
  const { alignment, before, after, indentLeft, keepNext, ...run } = style;
  return new Paragraph({
    children: runs(language, text, run),
    alignment: alignment ?? AlignmentType.JUSTIFIED,
    spacing: { before: before ?? 0, after: after ?? 120 },
    indent: indentLeft ? { left: indentLeft } : undefined,
    keepNext,
  });
}

/** A bulleted line drawn with a hanging indent, which needs no numbering definitions. */
export function bullet(language: Language, text: string): Paragraph {
  return new Paragraph({
    children: runs(language, `•\t${cleanLine(text)}`),
    indent: { left: 567, hanging: 283 },
    tabStops: [{ type: TabStopType.LEFT, position: 567 }],
    spacing: { after: 40 },
  });
}

/** What the number-and-date line prints besides them: the institution's city, and which revision this is. */
export interface LetterMarks {
  institution: Pick<Institution, 'city'>;
  /** 1 for a first issue, which prints no mark; 2 and on for a letter re-issued under the same number. */
  revision?: number;
}

/** `Revision 2` for a letter re-issued under its number; nothing for a first issue. */
export function revisionMark(language: Language, revision = 1): string {
  return Number.isSafeInteger(revision) && revision > 1
    ? fill(letterPhrases(language).revision, { revision: String(revision) })
    : '';
}

/**
 * `Ref. No. BƏ-42/2026` on the left and `Baku, 24 November 2026` on the right of one line. A re-issued
 * letter says which revision it is after the number, smaller and grey: the reader sees at once that
 * this copy replaces one sent before, without it competing with the number. A date without a city
 * prints alone.
 */
export function numberAndDate(
  language: Language,
  number: string,
  date: string,
  marks?: LetterMarks,
): Paragraph {
  const p = letterPhrases(language);
  const label = fill(p.number, { number: cleanLine(number) });
  const city = cleanLine(marks?.institution.city[language] ?? '');
  const dated = city === '' ? date : fill(p.cityAndDate, { city, date });
  const revision = revisionMark(language, marks?.revision);
  const revised =
    revision === '' ? [] : runs(language, `  ${revision}`, { size: SMALL_SIZE, color: MUTED_COLOUR });
  return new Paragraph({
    children: [...runs(language, label), ...revised, ...runs(language, `\t${dated}`)],
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    spacing: { after: 240 },
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const GRID = { style: BorderStyle.SINGLE, size: 4, color: GRID_COLOUR } as const;
/** Thin grey lines around and between every cell: the tables of letters and printed schedules. */
export const GRID_BORDERS = {
  top: GRID,
  bottom: GRID,
  left: GRID,
  right: GRID,
  insideHorizontal: GRID,
  insideVertical: GRID,
} as const;

export type FactRow = { label: string; value: string; bold?: boolean };

/**
 * Label and value in a two-column grid with fixed widths, so a very long value wraps inside its cell
 * instead of widening the table off the page.
 */
export function factsTable(language: Language, rows: readonly FactRow[]): Table {
  const widths = [3500, TEXT_WIDTH - 3500];
  const cell = (text: string, width: number, style: RunStyle) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 30, bottom: 30, left: 100, right: 100 },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          children: runs(language, text, { size: TABLE_SIZE, ...style }),
          spacing: { after: 0 },
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(row.label, widths[0] ?? 0, { color: MUTED_COLOUR }),
            cell(row.value, widths[1] ?? 0, { bold: row.bold ?? false }),
          ],
        }),
    ),
  });
}

/**
 * The closing, then position, a line to sign on, and the name, bottoms aligned; under the position, the
 * place for the seal ("M.Y.", "М.П.", "L.S."), where the seal then covers the end of the position and
 * the start of the signature as official letters in Azerbaijan and the CIS have it. English has no word
 * of its own in that place: "L.S." (locus sigilli) is what English-language official and consular papers
 * print, short like the other two.
 */
export function signatureBlock(
  language: Language,
  signatory: Signatory,
  closing: string,
): (Paragraph | Table)[] {
  const widths = [4400, 2600, TEXT_WIDTH - 7000];
  const cell = (index: number, children: Paragraph[], borders = {}) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      margins: { left: 0, right: 100 },
      borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER, ...borders },
      children,
    });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: 600, rule: HeightRule.ATLEAST },
        children: [
          cell(0, [
            paragraph(language, cleanLine(signatory.position[language]), {
              alignment: AlignmentType.LEFT,
              after: 0,
              keepNext: true,
            }),
          ]),
          cell(1, [new Paragraph({ spacing: { after: 0 } })], {
            bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
          }),
          cell(2, [
            paragraph(language, cleanLine(signatory.name[language]), {
              bold: true,
              alignment: AlignmentType.RIGHT,
              after: 0,
            }),
          ]),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(0, [
            paragraph(language, letterPhrases(language).stamp, {
              size: SMALL_SIZE,
              color: MUTED_COLOUR,
              alignment: AlignmentType.LEFT,
              before: 120,
              after: 0,
            }),
          ]),
          cell(1, [new Paragraph({ spacing: { after: 0 } })]),
          cell(2, [new Paragraph({ spacing: { after: 0 } })]),
        ],
      }),
    ],
  });
  return [paragraph(language, closing, { before: 240, after: 120, keepNext: true }), table];
}

/** Every document Qonaq writes: fonts that carry Azerbaijani and Cyrillic, the language set, single spacing. */
export function documentStyles(language: Language, size: number) {
  return {
    default: {
      document: {
        run: { font: FONT, size, language: { value: LANGUAGE_TAGS[language] } },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
  };
}
