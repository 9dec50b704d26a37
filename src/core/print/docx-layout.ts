import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { LANGUAGE_TAGS, type Language } from '../../shared/languages';
import { documentStyles, FONT, GRID_BORDERS, PAGE, runs } from '../letters/layout';
import { cleanLine } from '../letters/sanitize';
import { printPhrases } from './phrases';
import { widestWord } from './text-width';

/**
 * The page of printed schedules as .docx: A4 in either orientation, a running header with the
 * institution and the date, "page 2 of 3" in the footer, and tables whose rows never split across
 * pages and whose header row repeats on every page.
 */

const MARGIN = 850; // 1.5 cm: schedules want width more than letters do
const SIZE = 20; // 10 pt
const SMALL = 16;
const MUTED = '595959';
const HEAD_FILL = 'E7ECF3';
const HEAD_SIZE = SMALL + 2;
/** Left and right margins of a cell, in twips. */
const CELL_MARGIN = 80;

export interface PrintPage {
  language: Language;
  landscape: boolean;
  title: string;
  /** Left and right of the running header: the institution, and the document and its date. */
  headerLeft: string;
  headerRight: string;
  children: (Paragraph | Table)[];
}

export function textWidth(landscape: boolean): number {
  return (landscape ? PAGE.height : PAGE.width) - 2 * MARGIN;
}

export function heading(language: Language, text: string, level: 1 | 2 = 2): Paragraph {
  return new Paragraph({
    children: runs(language, cleanLine(text), { bold: true, size: level === 1 ? 30 : 24, color: '1F3864' }),
    spacing: { before: level === 1 ? 0 : 240, after: 100 },
    keepNext: true,
    keepLines: true,
  });
}

export function line(
  language: Language,
  text: string,
  style: { bold?: boolean; muted?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: runs(language, text, {
      bold: style.bold ?? false,
      size: SIZE,
      ...(style.muted ? { color: MUTED } : {}),
    }),
    spacing: { after: 60 },
  });
}

/** A cell holding lines of text; the first may be bold. */
function cell(
  language: Language,
  lines: readonly string[],
  width: number,
  head: boolean,
  firstBold: boolean,
): TableCell {
  const shown = lines.filter((l) => l.trim() !== '');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    ...(head ? { shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' } } : {}),
    children: (shown.length ? shown : ['']).map(
      (text, i) =>
        new Paragraph({
          children: runs(language, text, {
            size: head ? HEAD_SIZE : SIZE,
            bold: head || (firstBold && i === 0),
          }),
          spacing: { after: 0 },
        }),
    ),
  });
}

/**
 * Widths that share `full` by `weights`, but never leave a column narrower than its minimum: a column
 * whose share falls short gets its minimum, and the others share what is left by their weights, until
 * every column has room. When the minimums alone exceed `full`, they are scaled down to fit.
 */
export function fitColumns(full: number, weights: readonly number[], minimums: readonly number[]): number[] {
  const least = weights.map((_, i) => minimums[i] ?? 0);
  const needed = least.reduce((a, b) => a + b, 0);
  if (needed >= full) return least.map((m) => Math.floor((m * full) / needed));
  const atLeast = new Set<number>();
  for (;;) {
    const left = full - [...atLeast].reduce((sum, i) => sum + (least[i] ?? 0), 0);
    const shared = weights.reduce((sum, w, i) => (atLeast.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) =>
      atLeast.has(i) ? (least[i] ?? 0) : Math.floor((left * w) / shared),
    );
    const short = widths.findIndex((w, i) => !atLeast.has(i) && w < (least[i] ?? 0));
    if (short < 0) return widths;
    atLeast.add(short);
  }
}

/**
 * What a column needs: its header's longest word whole, and the longest word of its cells whole where
 * the weights alone would have given it room, so that making room for one header never splits a word
 * (a time, a flight number) that fitted before.
 */
function columnMinimums(
  full: number,
  headers: readonly string[],
  weights: readonly number[],
  rows: readonly (readonly (readonly string[])[])[],
): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return headers.map((header, i) => {
    const share = Math.floor((full * (weights[i] ?? 0)) / total);
    const body = Math.max(0, ...rows.flatMap((row) => (row[i] ?? []).map((l) => widestWord(l, SIZE))));
    const room = 2 * CELL_MARGIN;
    return Math.max(widestWord(header, HEAD_SIZE) + room, body + room <= share ? body + room : 0);
  });
}

/**
 * A grid with a repeating header row; `weights` share the text width between columns, and every
 * header word fits its column whole. Each body cell is a list of lines; the first line of the second
 * column is bold (the event or the flight).
 */
export function grid(
  language: Language,
  landscape: boolean,
  headers: readonly string[],
  weights: readonly number[],
  rows: readonly (readonly (readonly string[])[])[],
  boldColumn = 1,
  /** The width to fill, in twips: the page's text width unless on a page of other margins (a letter's). */
  full = textWidth(landscape),
): Table {
  const widths = fitColumns(full, weights, columnMinimums(full, headers, weights, rows));
  return new Table({
    width: { size: full, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(language, [h], widths[i] ?? 0, true, false)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((lines, i) => cell(language, lines, widths[i] ?? 0, false, i === boldColumn)),
          }),
      ),
    ],
  });
}

/** `Page {{page}} of {{pages}}` with live page fields where the placeholders stand. */
function pageNumberRuns(language: Language): TextRun[] {
  const phrase = printPhrases(language).page;
  const base = { font: FONT, size: SMALL, color: MUTED, language: { value: LANGUAGE_TAGS[language] } };
  return phrase
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{{page}}') return new TextRun({ ...base, children: [PageNumber.CURRENT] });
      if (part === '{{pages}}') return new TextRun({ ...base, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...base, text: part });
    });
}

/** The footer of every page: "page 2 of 3" in the document's language, centred. */
export function pageNumberFooter(language: Language): Footer {
  return new Footer({
    children: [new Paragraph({ children: pageNumberRuns(language), alignment: AlignmentType.CENTER })],
  });
}

export async function packPrint(page: PrintPage): Promise<Buffer> {
  const { language, landscape } = page;
  const width = textWidth(landscape);
  const header = new Header({
    children: [
      new Paragraph({
        children: runs(language, `${cleanLine(page.headerLeft)}\t${cleanLine(page.headerRight)}`, {
          size: SMALL,
          color: MUTED,
        }),
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 2 } },
      }),
    ],
  });
  const footer = pageNumberFooter(language);
  const doc = new Document({
    title: cleanLine(page.title),
    creator: 'Qonaq',
    styles: documentStyles(language, SIZE),
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 425, footer: 425 },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children: page.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
