import type { Paragraph, Table } from 'docx';
import { bakuTime, formatLetterDate, formatLetterDateRange, todayInBaku } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { formatCount } from '../../shared/numbers';
import type { ExportedFile } from '../../shared/print';
import type { Count, Figures, Report } from '../../shared/reports';
import { letterhead } from '../letters/letterhead';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from '../print/docx-layout';
import type { BuiltReport } from './report';
import { reportTitle } from './period';
import { reportWords, type ReportPhrases } from './words';

type Block = Paragraph | Table;

/** Room above a section's heading, which begins flush where a table ends. */
const gap = (language: Language) => line(language, '');

/** The rows of a breakdown: this period's, then any key only the previous period has. */
export function compareRows(
  current: readonly Count[],
  previous: readonly Count[] | null,
): [string, number, number | null][] {
  if (!previous) return current.map((c) => [c.label, c.count, null]);
  const before = new Map(previous.map((c) => [c.key, c]));
  const seen = new Set(current.map((c) => c.key));
  return [
    ...current.map((c): [string, number, number | null] => [c.label, c.count, before.get(c.key)?.count ?? 0]),
    ...previous
      .filter((c) => !seen.has(c.key))
      .map((c): [string, number, number | null] => [c.label, 0, c.count]),
  ];
}

/** The headline figures, each with its name, for the summary (and the .xlsx's first sheet). */
export function summaryRows(p: ReportPhrases, f: Figures): [string, number][] {
  const sum = (counts: readonly Count[]) => counts.reduce((a, c) => a + c.count, 0);
  return [
    [p.figures.visits, f.visits.total],
    [p.figures.guests, f.guests.total],
    [p.figures.guestDays, f.stay.guestDays],
    [p.figures.guestNights, f.stay.guestNights],
    [p.figures.programme, f.programme.total],
    [p.figures.letters, f.letters.total],
    [p.figures.voided, f.letters.voided],
    [p.figures.signed, sum(f.agreements.signed)],
    [p.figures.renewed, sum(f.agreements.renewed)],
    [p.figures.expiring, sum(f.agreements.expiring)],
    [p.figures.ended, sum(f.agreements.ended)],
  ];
}

/** Every breakdown of the report with its title, in the order the document prints them. */
export function breakdowns(
  p: ReportPhrases,
  f: Figures,
): { section: keyof ReportPhrases['sections']; title: string; counts: Count[] }[] {
  return [
    { section: 'visits', title: p.tables.byStatus, counts: f.visits.byStatus },
    { section: 'visits', title: p.tables.byCountry, counts: f.visits.byCountry },
    { section: 'visits', title: p.tables.byPartner, counts: f.visits.byPartner },
    { section: 'visits', title: p.tables.byHostUnit, counts: f.visits.byHostUnit },
    { section: 'visits', title: p.tables.byPurpose, counts: f.visits.byPurpose },
    { section: 'guests', title: p.tables.guestsByCategory, counts: f.guests.byCategory },
    { section: 'guests', title: p.tables.guestsByRole, counts: f.guests.byRole },
    { section: 'guests', title: p.tables.guestsByCountry, counts: f.guests.byCountry },
    { section: 'programme', title: p.tables.programmeByType, counts: f.programme.byType },
    { section: 'letters', title: p.tables.lettersByKind, counts: f.letters.byKind },
    { section: 'letters', title: p.tables.lettersByLanguage, counts: f.letters.byLanguage },
    { section: 'agreements', title: p.tables.agreementsSigned, counts: f.agreements.signed },
    { section: 'agreements', title: p.tables.agreementsRenewed, counts: f.agreements.renewed },
    { section: 'agreements', title: p.tables.agreementsExpiring, counts: f.agreements.expiring },
    { section: 'agreements', title: p.tables.agreementsEnded, counts: f.agreements.ended },
  ];
}

function countTable(
  language: Language,
  p: ReportPhrases,
  title: string,
  rows: [string, number, number | null][],
  compare: boolean,
): Block[] {
  const head = heading(language, title);
  if (rows.length === 0) return [head, line(language, p.nothing, { muted: true })];
  const headers = compare
    ? [p.columns.item, p.columns.count, p.columns.previous]
    : [p.columns.item, p.columns.count];
  const n = (count: number) => formatCount(language, count);
  const cells = rows.map(([label, count, before]) =>
    compare ? [[label], [n(count)], [n(before ?? 0)]] : [[label], [n(count)]],
  );
  return [head, grid(language, false, headers, compare ? [6, 1.6, 1.6] : [7, 1.6], cells, -1)];
}

function visitListTable(language: Language, p: ReportPhrases, report: Report): Block[] {
  const list = report.current.visitList;
  const head = heading(language, p.sections.visitList, 1);
  if (list.length === 0) return [head, line(language, p.nothing, { muted: true })];
  const c = p.columns;
  const rows = list.map((v, i) => [
    [String(i + 1)],
    [v.title],
    [formatLetterDateRange(language, v.arrivalDate, v.departureDate)],
    [v.partner, v.country],
    [v.status],
    [formatCount(language, v.guests)],
  ]);
  return [
    head,
    grid(
      language,
      false,
      [c.number, c.visit, c.dates, c.partner, c.status, c.guests],
      // A date holds together (no-break spaces), so its column takes the widest of a month's days
      // whole: "27–30 sentyabr 2026-cı il", "27–30 сентября 2026 г.".
      [0.6, 3.7, 2.8, 2.6, 1.7, 1],
      rows,
    ),
  ];
}

function agreementList(language: Language, p: ReportPhrases, built: BuiltReport): Block[] {
  if (built.agreements.length === 0) return [];
  const date = (iso: string) => (iso ? formatLetterDate(language, iso) : p.openEnded);
  const c = p.columns;
  const rows = built.agreements.map((a) => [
    [a.partner],
    a.title ? [a.title, a.kind] : [a.kind],
    [a.signedDate ? formatLetterDate(language, a.signedDate) : p.none],
    [date(a.validTo)],
    [p.groups[a.group]],
  ]);
  return [
    heading(language, p.sections.agreementList),
    grid(
      language,
      false,
      [c.partner, c.agreement, c.signedDate, c.validTo, c.group],
      // The section's name whole ("Прекратившие действие"), each date whole ("12 sentyabr 2019-cu il").
      [2.2, 3.3, 2.3, 2.3, 1.9],
      rows,
      0,
    ),
  ];
}

/** The report as an editable .docx under the institution's letterhead. */
export async function reportDocx(built: BuiltReport, institution: Institution | null): Promise<ExportedFile> {
  const { report } = built;
  const { language, current, previous } = report;
  const p = reportWords(language).report;
  const title = reportTitle(language, report.from, report.to);
  const made = new Date(report.madeAt);
  const blocks: Block[] = institution ? letterhead(institution, language) : [];
  blocks.push(
    heading(language, title, 1),
    line(language, fill(p.period, { range: formatLetterDateRange(language, report.from, report.to) })),
  );
  if (previous)
    blocks.push(
      line(
        language,
        fill(p.previous, { range: formatLetterDateRange(language, previous.from, previous.to) }),
      ),
    );
  blocks.push(
    line(
      language,
      fill(p.madeAt, { date: formatLetterDate(language, todayInBaku(made)), time: bakuTime(made) }),
      { muted: true },
    ),
  );
  const before = previous ? summaryRows(p, previous.figures) : null;
  blocks.push(
    ...countTable(
      language,
      p,
      p.sections.summary,
      summaryRows(p, current).map(([label, n], i) => [label, n, before?.[i]?.[1] ?? null]),
      previous !== null,
    ),
  );
  let section = '';
  const prior = previous ? breakdowns(p, previous.figures) : null;
  breakdowns(p, current).forEach((b, i) => {
    if (b.section !== section) {
      section = b.section;
      blocks.push(gap(language), heading(language, p.sections[b.section], 1));
    }
    blocks.push(
      ...countTable(
        language,
        p,
        b.title,
        compareRows(b.counts, prior?.[i]?.counts ?? null),
        previous !== null,
      ),
    );
  });
  blocks.push(...agreementList(language, p, built));
  blocks.push(gap(language), ...visitListTable(language, p, report));
  blocks.push(gap(language), heading(language, p.sections.notes, 1));
  for (const note of ['visits', 'guests', 'programme', 'letters', 'agreements'] as const)
    blocks.push(line(language, p.notes[note]));
  const bytes = await packPrint({
    language,
    landscape: false,
    title,
    headerLeft: institution?.name[language] ?? '',
    headerRight: formatLetterDateRange(language, report.from, report.to),
    children: blocks,
  });
  const fileName = safeFileName(
    `${fill(p.fileName, { from: report.from, to: report.to, language: language.toUpperCase() })}.docx`,
  );
  return { fileName, base64: bytes.toString('base64') };
}
