import { DEFAULT_CSV_SEPARATOR, type CsvSeparator } from '../shared/csv';
import { safeFileName } from '../shared/file-names';
import type { Language } from '../shared/languages';
import type { RegisterEntry } from '../shared/letters';
import { kindLabel } from './register';

/**
 * The register as a CSV file for Excel and LibreOffice. Three traps, each handled here:
 * - Excel reads a CSV without a byte-order mark in the system's legacy code page, which turns
 *   Azerbaijani and Cyrillic into mojibake: the file starts with a UTF-8 BOM.
 * - Excel splits columns at the system's list separator, which is `;` where the decimal separator is
 *   a comma (Azerbaijani and Russian regional settings) and `,` in English ones; a `sep=` line would
 *   fix that but makes Excel ignore the BOM. So the officer chooses the separator (see `shared/csv`);
 *   without a choice, it is the one the interface language's regional settings expect.
 * - A cell starting with `=`, `+`, `-` or `@` is run as a formula (a guest named `=HYPERLINK(...)`
 *   would be a link an officer clicks): such cells get a leading apostrophe, which shows as text.
 */

const HEADERS: Record<Language, { columns: string[]; title: string }> = {
  az: {
    columns: ['Nömrə', 'Tarix', 'Növ', 'Dil', 'Qonaq', 'Səfər', 'Versiya', 'Fayl adı'],
    title: 'Çıxan məktubların reyestri',
  },
  en: {
    columns: ['Number', 'Date', 'Kind', 'Language', 'Guest', 'Visit', 'Revision', 'File name'],
    title: 'Outgoing letters register',
  },
  ru: {
    columns: ['Номер', 'Дата', 'Вид', 'Язык', 'Гость', 'Визит', 'Редакция', 'Имя файла'],
    title: 'Реестр исходящих писем',
  },
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: guarded against formulas, quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function registerCsvText(
  entries: readonly RegisterEntry[],
  language: Language,
  separator: CsvSeparator = DEFAULT_CSV_SEPARATOR[language],
): string {
  const rows = [
    HEADERS[language].columns,
    ...entries.map((e) => [
      e.number,
      e.date,
      kindLabel(e.kind, language),
      e.language.toUpperCase(),
      e.guestName,
      e.visitTitle,
      String(e.revision),
      e.fileName,
    ]),
  ];
  // CRLF: what RFC 4180 and Excel expect between records; a line break inside a quoted cell stays as typed.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}

export function registerCsv(
  entries: readonly RegisterEntry[],
  language: Language,
  today: string,
  separator?: CsvSeparator,
): { fileName: string; base64: string } {
  return {
    fileName: safeFileName(`${HEADERS[language].title} ${today}.csv`, 'register'),
    base64: Buffer.from(registerCsvText(entries, language, separator), 'utf8').toString('base64'),
  };
}
