import ExcelJS from 'exceljs';

/**
 * Guest lists as partners send them, written by the tests with the spreadsheet library itself (for
 * .xlsx) or byte by byte (for CSV in the Windows code pages, which TextEncoder cannot write).
 */

export type Cell = string | number | Date | null;

/**
 * An .xlsx with an empty first sheet and a cover sheet, a title row, a header over two rows ("Passport" merged over
 * "No" and "Valid until"; a last column, "Notes on meals", that no header name matches), an empty
 * row after the second guest, and the rows given.
 */
export async function delegationXlsx(
  rows: Cell[][],
  options: { headers?: string[]; title?: string } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Empty');
  workbook.addWorksheet('About').addRow(['Ankara University, International Office: list of the delegation']);
  const sheet = workbook.addWorksheet('Delegation');
  sheet.addRow([options.title ?? 'Delegation of Ankara University, May 2027']);
  const headers = options.headers ?? [
    'Surname',
    'Given names',
    'Date of birth',
    'Nationality',
    'Passport',
    'Passport',
    'Position',
    'Sex',
    'Notes on meals',
  ];
  sheet.addRow(headers);
  if (!options.headers) {
    sheet.addRow(['', '', '', '', 'No', 'Valid until', '', '', '']);
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    sheet.mergeCells('C2:C3');
    sheet.mergeCells('D2:D3');
    sheet.mergeCells('E2:F2');
    sheet.mergeCells('G2:G3');
    sheet.mergeCells('H2:H3');
    sheet.mergeCells('I2:I3');
  }
  rows.forEach((row, i) => {
    if (i === 2) sheet.addRow([]);
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CP1251_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const CP1251_LOWER = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
const CP1254: Record<string, number> = {
  Ç: 0xc7,
  ç: 0xe7,
  Ğ: 0xd0,
  ğ: 0xf0,
  İ: 0xdd,
  ı: 0xfd,
  Ö: 0xd6,
  ö: 0xf6,
  Ş: 0xde,
  ş: 0xfe,
  Ü: 0xdc,
  ü: 0xfc,
};

/** Text in Windows-1251 (Cyrillic) or Windows-1254 (Turkish), as Excel saves CSV on such a Windows. */
export function encodeCodePage(text: string, codePage: 'windows-1251' | 'windows-1254'): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (codePage === 'windows-1251') {
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      if (c === '№') return 0xb9;
      const upper = CP1251_UPPER.indexOf(c);
      if (upper >= 0) return 0xc0 + upper;
      const lower = CP1251_LOWER.indexOf(c);
      if (lower >= 0) return 0xe0 + lower;
    } else {
      const byte = CP1254[c];
      if (byte !== undefined) return byte;
    }
    throw new Error(`${c} has no byte in ${codePage}`);
  });
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
