import {
  headerKey,
  IMPORT_MAX_ROWS,
  type ColumnTarget,
  type ImportMapping,
  type ReadSheet,
  type RememberedMapping,
} from '../../shared/guest-import';
import { headerScore, proposeMapping } from './headers';
import { UnreadableFile, type Grid } from './read-file';

/** Lists often open with a title, a date or the partner's name before the header row. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row: of the first rows, the one with most known headers (the first row when none
 * has any). A header spread over two rows (a merged "Passport" over "No" and "Valid until") is read as
 * one when that names more columns than either row alone.
 */
export function sheetOf(grid: Grid, fileName: string): ReadSheet {
  const candidates = grid.rows.slice(0, HEADER_SEARCH_ROWS);
  let best = { index: 0, headers: candidates[0]?.cells ?? [], score: -1 };
  candidates.forEach((row, index) => {
    const single = { index, headers: row.cells, score: headerScore(row.cells) };
    if (single.score > best.score) best = single;
    const above = candidates[index - 1];
    if (above) {
      const width = Math.max(above.cells.length, row.cells.length);
      const joined = Array.from({ length: width }, (_, i) => {
        const top = above.cells[i] ?? '';
        const bottom = row.cells[i] ?? '';
        return top === bottom ? top : `${top} ${bottom}`.trim();
      });
      const score = headerScore(joined);
      if (score > best.score && score > headerScore(above.cells)) best = { index, headers: joined, score };
    }
  });
  const rows = grid.rows.slice(best.index + 1);
  if (rows.length === 0) throw new UnreadableFile('empty');
  if (rows.length > IMPORT_MAX_ROWS) throw new UnreadableFile('tooManyRows');
  const width = Math.max(best.headers.length, ...rows.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => best.headers[i] ?? '');
  return {
    fileName: fileName.slice(0, 200),
    format: grid.format,
    headers,
    rows,
    ...(grid.encoding ? { encoding: grid.encoding } : {}),
    ...(grid.separator ? { separator: grid.separator } : {}),
    ...(grid.sheetName ? { sheetName: grid.sheetName } : {}),
  };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether most filled cells of a column are written in Cyrillic. */
function mostlyCyrillic(sheet: ReadSheet, column: number): boolean {
  let filled = 0;
  let cyrillic = 0;
  for (const row of sheet.rows) {
    const value = row.cells[column] ?? '';
    if (value === '') continue;
    filled += 1;
    if (CYRILLIC.test(value)) cyrillic += 1;
  }
  return filled > 0 && cyrillic * 2 > filled;
}

const LATIN_NAME_FIELDS: ReadonlySet<ColumnTarget> = new Set(['surname', 'givenNames', 'fullName']);

/**
 * The targets proposed for a sheet: those remembered for the partner's headers, the rest from the
 * header names. A name column whose values are in Cyrillic ("Фамилия" in a Russian list) fills the
 * Cyrillic spelling, never the passport name, which is in Latin letters.
 */
export function proposeFor(
  sheet: ReadSheet,
  remembered: RememberedMapping | undefined,
): { mapping: ImportMapping; remembered: boolean[] } {
  const guessed = proposeMapping(sheet.headers).map((target, column) =>
    LATIN_NAME_FIELDS.has(target) && mostlyCyrillic(sheet, column) ? 'nameCyrillic' : target,
  );
  const known = sheet.headers.map((h) =>
    remembered ? Object.hasOwn(remembered.columns, headerKey(h)) && headerKey(h) !== '' : false,
  );
  const mapping = guessed.map((target, column) =>
    known[column] ? (remembered?.columns[headerKey(sheet.headers[column] ?? '')] ?? target) : target,
  );
  return { mapping, remembered: known };
}
