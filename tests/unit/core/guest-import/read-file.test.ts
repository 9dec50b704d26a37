import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/core/guest-import/decode';
import { readGrid } from '../../../../src/core/guest-import/read-file';
import { encodeCodePage } from '../../../support/guest-list-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading CSV', () => {
  it.each([
    [';', 'Surname;Given names\r\nDOE;JANE\r\n'],
    [',', 'Surname,Given names\nDOE,JANE\n\n'],
    ['\t', 'Surname\tGiven names\nDOE\tJANE\n'],
  ])('finds the separator %j in a two-column file ending in empty lines', async (separator, text) => {
    const grid = await readGrid(utf8(text), 'list.csv');
    expect(grid.separator).toBe(separator);
    expect(grid.rows).toEqual([
      { line: 1, cells: ['Surname', 'Given names'] },
      { line: 2, cells: ['DOE', 'JANE'] },
    ]);
  });

  it('keeps the line numbers of the file across empty lines, and cells without their line breaks', async () => {
    const grid = await readGrid(utf8('Surname,Notes\n\nDOE,"first\nsecond"\n,\nROE,x\n'), 'list.csv');
    expect(grid.rows).toEqual([
      { line: 1, cells: ['Surname', 'Notes'] },
      { line: 3, cells: ['DOE', 'first second'] },
      { line: 5, cells: ['ROE', 'x'] },
    ]);
  });
});

describe('decoding text', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeText(utf8('\uFEFFŞahin;Иванов'))).toEqual({ text: 'Şahin;Иванов', encoding: 'utf-8' });
    expect(decodeText(utf8('Şahin'))).toEqual({ text: 'Şahin', encoding: 'utf-8' });
  });

  it('tells Windows-1251 from Windows-1254 by the letters each would give', () => {
    expect(decodeText(encodeCodePage('Иванов;Пётр Сергеевич', 'windows-1251'))).toEqual({
      text: 'Иванов;Пётр Сергеевич',
      encoding: 'windows-1251',
    });
    expect(decodeText(encodeCodePage('YILMAZ;Ahmet;Şahin;Çağrı;Öztürk;İstanbul', 'windows-1254'))).toEqual({
      text: 'YILMAZ;Ahmet;Şahin;Çağrı;Öztürk;İstanbul',
      encoding: 'windows-1254',
    });
  });

  it('refuses bytes that are no text', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toBeNull();
  });
});
