import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { createHandlers } from '../src/core/api';
import { reportSources } from '../src/core/reports/handlers';
import { buildReport } from '../src/core/reports/report';
import { Store } from '../src/core/store/store';
import type { Handlers } from '../src/shared/contract';
import { LAST_DAY } from './generator';
import { call } from './call';
import { writeBenchPartners } from './partners-data';
import { timePair } from './stats';
import type { Figure } from './table';

/**
 * The department's annual report at one size, in a process of its own, on a folder that holds the
 * partners directory and ten years of agreements (`writeBenchPartners`, every visit linked to its
 * partner): the figures of the last year of data (`reports.figures`, compared with the year before, as
 * the Reports page asks) and the report as .docx (`reports.docx`). The figures stand beside a baseline
 * that reads the same things the plain way: every visit, letter and agreement from the store, counting
 * the year's visits, guests, letters and agreements in one loop. The .docx stands beside that loop
 * followed by a plain `docx` document of the same rows (the year's visits and its agreements, one
 * table each, no letterhead, no breakdowns), packed to base64 as the handler answers. Texts the
 * generated data lacks in the report's language are given first, as the officer would before making it.
 */

const NOW = () => new Date('2026-11-29T08:00:00Z');
const YEAR = LAST_DAY.slice(0, 4);
const QUERY = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, language: 'en', compare: true } as const;

/** Gives the visit texts the year's report lacks in its language, as the officer would. */
async function giveMissingTexts(store: Store, handlers: Handlers): Promise<void> {
  const { missing } = buildReport(await reportSources(store), QUERY, NOW());
  const texts = [...new Map(missing.map((m) => [`${m.id}|${m.field}`, m])).values()].map((m) => ({
    owner: m.owner,
    id: m.id,
    field: m.field,
    language: m.language,
    value: `${m.original} (${m.language})`,
  }));
  for (let i = 0; i < texts.length; i += 500)
    await call(handlers, 'texts.translate', { texts: texts.slice(i, i + 500) });
}

/** A visit of the year as the baseline lists it, and an agreement of the year, as plain strings. */
interface PlainRows {
  count: number;
  visits: string[][];
  agreements: string[][];
}

/**
 * The same reading as the report's, counted the plain way: the year's visits, their guests and
 * programme items, its letters, and the agreements signed or ending in it.
 */
async function plainReading(store: Store): Promise<PlainRows> {
  const { from, to } = QUERY;
  const register = await store.register();
  const rows: PlainRows = { count: 0, visits: [], agreements: [] };
  for (const visit of store.listVisits()) {
    if (visit.arrivalDate > to || visit.departureDate < from) continue;
    rows.count += 1 + visit.guests.length + visit.programme.length;
    rows.visits.push([
      String(rows.visits.length + 1),
      visit.title,
      `${visit.arrivalDate} – ${visit.departureDate}`,
      visit.partnerName,
      visit.status,
      String(visit.guests.length),
    ]);
  }
  for (const letter of register.entries) if (letter.date >= from && letter.date <= to) rows.count += 1;
  const { agreements } = store.partnersDoc;
  for (const a of agreements) {
    const inYear = (date: string) => date >= from && date <= to;
    if (!inYear(a.signedDate) && !inYear(a.validTo)) continue;
    rows.count += 1;
    rows.agreements.push([a.partnerId, a.title.en, a.kind, a.signedDate, a.validTo, a.status]);
  }
  return rows;
}

async function baseline(store: Store): Promise<number> {
  return (await plainReading(store)).count;
}

const plainTable = (rows: readonly string[][]) =>
  new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] }),
          ),
        }),
    ),
  });

/** The plain reading, then its rows as a bare `docx` document packed to base64: the .docx's baseline. */
async function plainDocx(store: Store): Promise<number> {
  const rows = await plainReading(store);
  const children: (Paragraph | Table)[] = [new Paragraph({ children: [new TextRun(`Report ${YEAR}`)] })];
  if (rows.agreements.length > 0) children.push(plainTable(rows.agreements));
  if (rows.visits.length > 0) children.push(plainTable(rows.visits));
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return bytes.toString('base64').length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string', default: '7' } },
  });
  const dataDir = values.data;
  const size = values.size ?? '?';
  if (!dataDir) throw new Error('--data is required');
  const runs = Number(values.runs);
  const written = await writeBenchPartners(dataDir);
  const store = await Store.open(dataDir, { snapshotEveryMs: 0, now: NOW });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  await giveMissingTexts(store, handlers);
  const visits = (await call(handlers, 'reports.figures', QUERY)).current.visits.total;
  const figures = await timePair(
    () => call(handlers, 'reports.figures', QUERY),
    () => baseline(store),
    runs,
    2,
  );
  const cpu = process.cpuUsage();
  const docx = await timePair(
    () => call(handlers, 'reports.docx', QUERY),
    () => plainDocx(store),
    runs,
    2,
  );
  const used = process.cpuUsage(cpu);
  // On two cores shared with other work the wall time says little alone: the CPU time beside it (the
  // .docx and the baseline of each run, warm-up runs included).
  const cpuMs = (used.user + used.system) / 1000 / (runs + 2);
  process.stderr.write(
    `[reports bench] ${written.partners} partners, ${written.agreements} agreements, ${written.linked} visits linked; ${visits} visits in ${YEAR}; figures ${figures.task.toFixed(0)} ms (baseline ${figures.limit.toFixed(1)} ms), .docx ${docx.task.toFixed(0)} ms (baseline ${docx.limit.toFixed(0)} ms) (medians of ${runs}); CPU ${cpuMs.toFixed(0)} ms a .docx run with its baseline\n`,
  );
  await store.close();
  const result: Figure[] = [
    {
      id: `report-figures-${size}`,
      label: `The annual report's figures for ${YEAR} beside ${Number(YEAR) - 1} (reports.figures, ${visits} visits)`,
      size,
      value: figures.task,
      unit: 'ms',
      limitLabel: "a loop counting the year's visits, guests, letters and agreements",
      limit: figures.limit,
      target: { under: 2000 },
    },
    {
      id: `report-docx-${size}`,
      label: `The annual report for ${YEAR} as .docx (reports.docx, ${written.agreements} agreements of ${written.partners} partners)`,
      size,
      value: docx.task,
      unit: 'ms',
      limitLabel: 'that loop, then its visits and agreements as two bare docx tables, packed',
      limit: docx.limit,
      target: { under: 2000 },
    },
  ];
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
