import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  IMPORT_CELL_MAX,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  IMPORT_MAX_TEXT,
  type ImportUnreadableReason,
  type ReadSheet,
} from '../../shared/guest-import';
import { decodeText } from './decode';
import { headerScore } from './headers';

/**
 * Reads a partner's spreadsheet into rows of text, with well-kept libraries (ExcelJS for .xlsx,
 * Papa Parse for CSV): never a parser of our own. Runs in a worker thread (see `read-in-worker`):
 * a crafted file may cost memory and time, and must cost them there, not in the app's thread.
 */

export class UnreadableFile extends Error {
  constructor(readonly reason: ImportUnreadableReason) {
    super(reason);
    this.name = 'UnreadableFile';
  }
}

export interface Grid {
  format: ReadSheet['format'];
  rows: { line: number; cells: string[] }[];
  encoding?: ReadSheet['encoding'];
  separator?: string;
  sheetName?: string;
}

/** Rows before the header that may be titles ("Delegation of …") are allowed, and a few blank ones. */
const ROWS_ALLOWED = IMPORT_MAX_ROWS + 20;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97-2003 (.xls), and password-protected .xlsx, are OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function zipKind(bytes: Uint8Array): 'ods' | 'xlsx' {
  // An OpenDocument file starts with its uncompressed `mimetype` entry.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  return head.includes(ODS_MIME) ? 'ods' : 'xlsx';
}

/** Cell text as the spreadsheet shows it, cut to what a field can hold. */
function clean(text: string): string {
  // Control characters (other than tab and line breaks, which become spaces) never belong in a name.
  const flat = [...text.replace(/[\r\n\t]+/g, ' ')].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return flat.trim().slice(0, IMPORT_CELL_MAX);
}

function isoOf(date: Date): string {
  // ExcelJS gives a date cell as midnight UTC of that day.
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((part) => String(part.text ?? '')).join('');
  if ('result' in value) {
    const result: unknown = value.result;
    return result instanceof Date
      ? isoOf(result)
      : typeof result === 'string' || typeof result === 'number'
        ? String(result)
        : '';
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** Keeps rows with any text; stops at the limits. */
function collect(rows: Iterable<{ line: number; cells: string[] }>): Grid['rows'] {
  const out: Grid['rows'] = [];
  let text = 0;
  for (const row of rows) {
    const cells = row.cells.map(clean);
    let last = cells.length;
    while (last > 0 && cells[last - 1] === '') last -= 1;
    if (last === 0) continue;
    if (last > IMPORT_MAX_COLUMNS) throw new UnreadableFile('tooManyColumns');
    if (out.length >= ROWS_ALLOWED) throw new UnreadableFile('tooManyRows');
    const kept = cells.slice(0, last);
    text += kept.reduce((sum, c) => sum + c.length, 0);
    if (text > IMPORT_MAX_TEXT) throw new UnreadableFile('tooLarge');
    out.push({ line: row.line, cells: kept });
  }
  if (out.length === 0) throw new UnreadableFile('empty');
  return out;
}

/** Parts of a sheet that hold no cell values: not read at all. */
const IGNORED_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'drawing',
  'legacyDrawing',
  'picture',
  'tableParts',
  'extLst',
];

async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own `Buffer` as an ArrayBuffer; it reads either through JSZip.
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new UnreadableFile('damaged');
  }
  // The sheet whose first rows name the most guest fields; of equals, the first with anything in it
  // (partners leave an empty "Sheet1" or a cover sheet before the list).
  let sheet: ExcelJS.Worksheet | undefined;
  let best = -1;
  for (const candidate of workbook.worksheets) {
    if (candidate.actualRowCount === 0) continue;
    let score = 0;
    candidate.eachRow({ includeEmpty: false }, (row, line) => {
      if (line > 12) return;
      const texts: string[] = [];
      row.eachCell((cell) => {
        if (texts.length < IMPORT_MAX_COLUMNS) texts.push(cellText(cell.value));
      });
      score = Math.max(score, headerScore(texts));
    });
    if (score > best) {
      best = score;
      sheet = candidate;
    }
  }
  if (!sheet) throw new UnreadableFile('empty');
  if (sheet.actualRowCount > ROWS_ALLOWED) throw new UnreadableFile('tooManyRows');
  if (sheet.actualColumnCount > IMPORT_MAX_COLUMNS) throw new UnreadableFile('tooManyColumns');
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    // Merged cells read as their first cell's value in each column they cover (a header over two columns).
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column <= IMPORT_MAX_COLUMNS + 1) cells[column - 1] = cellText(cell.value);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { format: 'xlsx', rows: collect(rows), sheetName: sheet.name.slice(0, 100) };
}

function readCsv(bytes: Uint8Array): Grid {
  const decoded = decodeText(bytes);
  if (!decoded) throw new UnreadableFile('encoding');
  // The separator is guessed from the first rows without the empty lines, which would otherwise make
  // a two-column file look like one column. Then empty lines are kept (and dropped by `collect`) so
  // that rows keep the numbers a spreadsheet opened from the file would give them.
  const guessed = Papa.parse<unknown>(decoded.text, {
    skipEmptyLines: 'greedy',
    preview: 50,
    delimitersToGuess: [',', ';', '\t', '|'],
  }).meta.delimiter;
  const parsed = Papa.parse<unknown>(decoded.text, { skipEmptyLines: false, delimiter: guessed });
  const rows = parsed.data.map((row, i) => ({
    line: i + 1,
    cells: Array.isArray(row) ? row.map((c) => (typeof c === 'string' ? c : '')) : [],
  }));
  const grid: Grid = { format: 'csv', rows: collect(rows), encoding: decoded.encoding };
  const separator = parsed.meta.delimiter;
  return typeof separator === 'string' && separator.length === 1 ? { ...grid, separator } : grid;
}

const hasExtension = (name: string, ...extensions: string[]) =>
  extensions.some((e) => name.toLowerCase().endsWith(e));

/** The file as rows of text, or `UnreadableFile` with the reason. */
export async function readGrid(bytes: Uint8Array, fileName: string): Promise<Grid> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new UnreadableFile('tooLarge');
  if (bytes.byteLength === 0) throw new UnreadableFile('empty');
  if (startsWith(bytes, OLE)) throw new UnreadableFile('xls');
  if (startsWith(bytes, ZIP)) {
    if (zipKind(bytes) === 'ods') throw new UnreadableFile('ods');
    return readXlsx(bytes);
  }
  if (hasExtension(fileName, '.xlsx', '.xlsm')) throw new UnreadableFile('damaged');
  if (hasExtension(fileName, '.xls')) throw new UnreadableFile('xls');
  if (hasExtension(fileName, '.ods')) throw new UnreadableFile('ods');
  return readCsv(bytes);
}
