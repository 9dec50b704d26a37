import { Paragraph, type Table } from 'docx';
import { formatLetterDate, weekdayName } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import type { ExportedFile } from '../../shared/print';
import type { RunSheet, RunSheetRun } from '../../shared/run-sheet';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from '../print/docx-layout';
import { runSheetPhrases, type RunSheetPhrases } from './phrases';

/** The cells of one drive: its time (and the flight's own), the places, the trip, the guests, their phones. */
export function runCells(p: RunSheetPhrases, run: RunSheetRun): string[][] {
  const kind = run.kind === 'arrival' ? p.arrival : run.kind === 'departure' ? p.departure : p.item;
  return [
    [run.time || '—', run.scheduled ? fill(p.scheduled, { time: run.scheduled }) : ''],
    [run.pickup || '—'],
    [run.dropOff || '—'],
    [`${kind}: ${run.trip}`, run.visit],
    [...run.guests, run.escort ? fill(p.escort, { name: run.escort }) : ''],
    run.phones,
  ];
}

export function runHeaders(p: RunSheetPhrases): string[] {
  return [p.time, p.pickup, p.dropOff, p.trip, p.guests, p.phone];
}

/** The day's drives as .docx, each driver's on a page of their own (landscape by default: six columns). */
export async function runSheetDocx(
  sheet: RunSheet,
  institution: Institution | null,
  landscape: boolean,
): Promise<ExportedFile> {
  const { language } = sheet;
  const p = runSheetPhrases(language);
  const date = formatLetterDate(language, sheet.date);
  const title = fill(p.heading, { date });
  const children: (Paragraph | Table)[] = [
    heading(language, title, 1),
    line(language, weekdayName(language, sheet.date), { muted: true }),
  ];
  if (sheet.drivers.length === 0) children.push(line(language, p.nothing));
  sheet.drivers.forEach((d, i) => {
    if (i > 0) children.push(new Paragraph({ pageBreakBefore: true }));
    const who = d.driver ? fill(p.driver, { name: d.driver }) : p.noDriver;
    children.push(
      heading(language, d.vehicle ? `${who} · ${fill(p.vehicle, { vehicle: d.vehicle })}` : who),
      grid(
        language,
        landscape,
        runHeaders(p),
        [1.1, 2.4, 2.4, 2.2, 2.4, 2.2],
        d.runs.map((r) => runCells(p, r)),
        3,
      ),
    );
  });
  const bytes = await packPrint({
    language,
    landscape,
    title,
    headerLeft: institution?.name[language] ?? '',
    headerRight: `${p.title} · ${date}`,
    children,
  });
  return {
    fileName: safeFileName(`${fill(p.fileName, { date: sheet.date })}.docx`),
    base64: bytes.toString('base64'),
  };
}
