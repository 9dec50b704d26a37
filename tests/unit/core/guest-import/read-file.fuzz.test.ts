import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGrid, UnreadableFile, type Grid } from '../../../../src/core/guest-import/read-file';
import { buildPreview } from '../../../../src/core/guest-import/preview';
import { sheetOf } from '../../../../src/core/guest-import/sheet';
import { guestInputSchema } from '../../../../src/shared/domain';
import {
  IMPORT_CELL_MAX,
  IMPORT_FIELDS,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
} from '../../../../src/shared/guest-import';
import { storedVisit } from '../../../support/builders';
import { delegationXlsx, encodeCodePage } from '../../../support/guest-list-files';

/**
 * A partner's file is untrusted: whatever bytes arrive, reading them ends in rows of clean text
 * within the limits, or in `UnreadableFile` with a reason. Never another exception, never a hang.
 */

function checkGrid(grid: Grid): void {
  expect(grid.rows.length).toBeGreaterThan(0);
  expect(grid.rows.length).toBeLessThanOrEqual(IMPORT_MAX_ROWS + 20);
  for (const row of grid.rows) {
    expect(row.cells.length).toBeLessThanOrEqual(IMPORT_MAX_COLUMNS);
    for (const cell of row.cells) {
      expect(typeof cell).toBe('string');
      expect(cell.length).toBeLessThanOrEqual(IMPORT_CELL_MAX);
      expect([...cell].some((c) => c < ' ')).toBe(false);
    }
  }
}

/** Reads the bytes; a refusal must be an `UnreadableFile`. The grid, if any, goes through the preview. */
async function readSafely(bytes: Uint8Array, fileName: string): Promise<Grid | null> {
  try {
    const grid = await readGrid(bytes, fileName);
    checkGrid(grid);
    return grid;
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return null;
  }
}

const visit = storedVisit('v1', { arrivalDate: '2027-05-12', departureDate: '2027-05-15' });

function previewSafely(grid: Grid, mapping: (typeof IMPORT_FIELDS)[number][]): void {
  let sheet;
  try {
    sheet = sheetOf(grid, 'f.csv');
  } catch (error) {
    if (error instanceof UnreadableFile) return;
    throw error;
  }
  const columns = sheet.headers.map((_, i) => mapping[i % Math.max(mapping.length, 1)] ?? '');
  const preview = buildPreview(sheet, columns, {
    visit,
    visits: [visit],
    today: '2026-12-04',
    dateOrder: null,
  });
  expect(preview.rows).toHaveLength(sheet.rows.length);
  for (const row of preview.rows) {
    // What the preview offers to store is a guest the core accepts, unless the row is kept out.
    if (!row.blocked) expect(guestInputSchema.safeParse(row.guest).success).toBe(true);
  }
}

const mappingArb = fc.array(fc.constantFrom(...IMPORT_FIELDS), { minLength: 1, maxLength: 8 });

describe('reading malformed guest lists', () => {
  it('arbitrary bytes are read or refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('a.csv', 'a.xlsx', 'a.txt', 'a'),
        async (bytes, name) => {
          await readSafely(bytes, name);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CSV text of any shape (quotes, separators, scripts, code pages) is read or refused, and previews without throwing', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '"',
        '""',
        '";"',
        '\r\n',
        '\n',
        ';',
        ',',
        '\t',
        'Иванов',
        'ŞAHİN',
        '03/04/1975',
        '31.02.1990',
        '№',
        '=1+1',
      ),
    );
    const text = fc
      .array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 })
      .chain((rows) =>
        fc.constantFrom(',', ';', '\t').map((sep) => rows.map((r) => r.join(sep)).join('\r\n')),
      );
    await fc.assert(
      fc.asyncProperty(text, mappingArb, async (csv, mapping) => {
        const grid = await readSafely(new TextEncoder().encode(csv), 'list.csv');
        if (grid) previewSafely(grid, mapping);
      }),
      { numRuns: 300 },
    );
  });

  it('Windows-1251 text with broken quoting is read or refused', async () => {
    const cyrillic = fc.string({
      unit: fc.constantFrom(
        ...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдежзийклмнопрстуфхцчшщьэюя ;"\r\n0123456789'.split(''),
      ),
      maxLength: 400,
    });
    await fc.assert(
      fc.asyncProperty(cyrillic, mappingArb, async (text, mapping) => {
        const grid = await readSafely(encodeCodePage(text, 'windows-1251'), 'список.csv');
        if (grid) previewSafely(grid, mapping);
      }),
      { numRuns: 200 },
    );
  });

  it('an .xlsx damaged anywhere (bytes changed, cut short) is read or refused with a reason', async () => {
    const good = await delegationXlsx([
      [
        'ÖZTÜRK',
        'AYŞE',
        new Date('1980-02-01T00:00:00Z'),
        'Türkiye',
        'U23456789',
        '2030-06-14',
        'Professor',
        'F',
      ],
      ['YILMAZ', 'AHMET', '15.03.1975', 'Turkey', 'U34567890', '2027-06-01', 'Rector', 'M'],
    ]);
    const damage = fc.record({
      // Half the files keep their length: their zip directory is whole and ExcelJS gets to their contents.
      cut: fc.oneof(fc.constant(good.length), fc.integer({ min: 4, max: good.length })),
      changes: fc.array(
        fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })),
        { maxLength: 20 },
      ),
    });
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(damage, mappingArb, async ({ cut, changes }, mapping) => {
        const bytes = good.slice(0, cut);
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        const grid = await readSafely(bytes, 'delegation.xlsx');
        outcomes.add(grid ? 'read' : 'refused');
        if (grid) previewSafely(grid, mapping);
      }),
      { numRuns: 80 },
    );
    // Both ends were reached: files read despite the damage, and files refused.
    expect([...outcomes].sort()).toEqual(['read', 'refused']);
  });
});
