import ExcelJS from 'exceljs';
import { bakuTime, formatLetterDate, formatLetterDateRange, todayInBaku } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { ExportedFile } from '../../shared/print';
import { fill } from '../letters/phrases';
import { breakdowns, compareRows, summaryRows } from './report-docx';
import type { BuiltReport } from './report';
import { reportTitle } from './period';
import { reportWords } from './words';

/** The longest name Excel gives a sheet. */
export const SHEET_NAME_MAX = 31;

/** At most `max` characters, cut after a whole word where one ends in the second half. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max + 1).join('');
  const space = cut.lastIndexOf(' ');
  return (space >= max / 2 ? cut.slice(0, space) : chars.slice(0, max).join('')).trimEnd();
}

/**
 * A sheet's name from a table's title: without the characters Excel refuses in one (\ / ? * [ ] :),
 * no apostrophe at either end, at most 31 characters (whole words where it can), and unlike every name already `used`.
 */
export function sheetName(title: string, used: Set<string>): string {
  const clean =
    title
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` ${n}`;
    const name = `${shorten(clean, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** A calendar date as Excel keeps one: midnight UTC of that day, shown day.month.year. */
function excelDate(iso: string): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

const DATE_FORMAT = 'dd.mm.yyyy';

function addSheet(
  book: ExcelJS.Workbook,
  used: Set<string>,
  title: string,
  header: string[],
  rows: (string | number | Date | null)[][],
  widths: number[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
  return sheet;
}

/** The report's tables as an .xlsx workbook: a sheet per table, each with a header row; numbers and dates typed. */
export async function reportXlsx(built: BuiltReport): Promise<ExportedFile> {
  const { report } = built;
  const { language, current, previous } = report;
  const p = reportWords(language).report;
  const c = p.columns;
  const compare = previous !== null;
  const book = new ExcelJS.Workbook();
  book.creator = 'Qonaq';
  book.title = reportTitle(language, report.from, report.to);
  book.created = new Date(report.madeAt);
  const used = new Set<string>();
  const countHeader = (first: string) => (compare ? [first, c.count, c.previous] : [first, c.count]);

  const before = previous ? summaryRows(p, previous.figures) : null;
  const summary = addSheet(
    book,
    used,
    p.sections.summary,
    countHeader(c.figure),
    summaryRows(p, current).map(([label, n], i) =>
      compare ? [label, n, before?.[i]?.[1] ?? 0] : [label, n],
    ),
    [48, 14, 18],
  );
  // Below the table: what the report is, its period and when it was made, as the .docx says them.
  const made = new Date(report.madeAt);
  summary.addRow([]);
  summary.addRow([book.title]);
  summary.addRow([fill(p.period, { range: formatLetterDateRange(language, report.from, report.to) })]);
  if (previous)
    summary.addRow([
      fill(p.previous, { range: formatLetterDateRange(language, previous.from, previous.to) }),
    ]);
  summary.addRow([
    fill(p.madeAt, { date: formatLetterDate(language, todayInBaku(made)), time: bakuTime(made) }),
  ]);

  const prior = previous ? breakdowns(p, previous.figures) : null;
  breakdowns(p, current).forEach((b, i) => {
    const rows = compareRows(b.counts, prior?.[i]?.counts ?? null).map(([label, n, m]) =>
      compare ? [label, n, m ?? 0] : [label, n],
    );
    addSheet(book, used, b.title, countHeader(c.item || b.title), rows, [48, 14, 18]);
  });

  const agreements = addSheet(
    book,
    used,
    p.sections.agreements,
    [c.partner, c.agreement, c.kind, c.signedDate, c.validTo, c.group],
    built.agreements.map((a) => [
      a.partner,
      a.title,
      a.kind,
      excelDate(a.signedDate),
      a.validTo ? excelDate(a.validTo) : p.openEnded,
      p.groups[a.group],
    ]),
    [36, 44, 32, 14, 14, 18],
  );
  agreements.getColumn(4).numFmt = DATE_FORMAT;
  agreements.getColumn(5).numFmt = DATE_FORMAT;

  const visits = addSheet(
    book,
    used,
    p.sections.visitList,
    [c.number, c.visit, c.arrival, c.departure, c.partner, c.country, c.status, c.guests],
    current.visitList.map((v, i) => [
      i + 1,
      v.title,
      excelDate(v.arrivalDate),
      excelDate(v.departureDate),
      v.partner,
      v.country,
      v.status,
      v.guests,
    ]),
    [6, 52, 13, 13, 36, 20, 16, 10],
  );
  visits.getColumn(3).numFmt = DATE_FORMAT;
  visits.getColumn(4).numFmt = DATE_FORMAT;

  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const fileName = safeFileName(
    `${fill(p.fileName, { from: report.from, to: report.to, language: language.toUpperCase() })}.xlsx`,
  );
  return { fileName, base64: bytes.toString('base64') };
}
