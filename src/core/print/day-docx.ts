import type { Paragraph, Table } from 'docx';
import type { Institution } from '../../shared/institution';
import { formatLetterDate, weekdayName } from '../../shared/dates';
import type { Language } from '../../shared/languages';
import type { DaySchedule, HotelMove, ScheduleRow, Transfer } from '../../shared/planning';
import { endTimeOn, rowTitle, transferNumber, type ExportedFile } from '../../shared/print';
import { safeFileName } from '../../shared/file-names';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from './docx-layout';
import { printPhrases, type PrintPhrases } from './phrases';
import { journeyPlace, sayIn } from './say';

/** The time cell of a row: its span, where it crosses midnight, and a clash. */
export function rowTime(p: PrintPhrases, row: ScheduleRow, date: string): string[] {
  return [
    `${row.startTime}–${endTimeOn(date, row)}`,
    row.continuesFromPreviousDay ? p.fromPreviousDay : '',
    row.continuesToNextDay ? p.toNextDay : '',
    row.conflict ? `⚠ ${p.conflict}` : '',
  ];
}

function guestsCell(p: PrintPhrases, row: Pick<ScheduleRow, 'allGuests' | 'guests'>): string[] {
  return [row.allGuests ? p.allGuests : row.guests.join(', ')];
}

function transferRows(
  schedule: DaySchedule,
  transfers: readonly Transfer[],
  visitTitle: (id: string) => string,
) {
  return transfers.map((t) => [
    [t.time || '—'],
    [transferNumber(t), visitTitle(t.visitId)],
    [journeyPlace(schedule.language, t.place, t.terminal, t.mode)],
    [
      t.guestIds
        .map((id) => schedule.guestNames[`${t.visitId}:${id}`] ?? '')
        .filter(Boolean)
        .join(', '),
    ],
    [t.leaveAt],
    [t.vehicle, t.driver],
    [t.escort],
  ]);
}

function moveRows(moves: readonly HotelMove[], visitTitle: (id: string) => string) {
  return moves.map((m) => [[m.hotel], [visitTitle(m.visitId)], [m.roomNumber], [m.guests.join(', ')]]);
}

/** The daily schedule for the office's team as an editable .docx, in `language`. */
export async function dayDocx(
  schedule: DaySchedule,
  institution: Institution | null,
  landscape: boolean,
): Promise<ExportedFile> {
  const language: Language = schedule.language;
  const p = printPhrases(language);
  const say = sayIn(language);
  const c = p.column;
  // Written as letters write dates, and as unbreakable: "15 марта 2027 г.", "15 mart 2027‑ci il".
  const date = formatLetterDate(language, schedule.date);
  const titles = new Map(schedule.visits.map((v) => [v.id, v.title]));
  const visitTitle = (id: string) => titles.get(id) ?? '';
  const table = (headers: string[], weights: number[], rows: string[][][], boldColumn = 1) =>
    grid(language, landscape, headers, weights, rows, boldColumn);
  const children: (Paragraph | Table)[] = [
    heading(language, fill(p.day.heading, { date }), 1),
    line(language, weekdayName(language, schedule.date), { muted: true }),
  ];
  if (schedule.visits.length === 0) children.push(line(language, p.day.noVisits));
  else {
    children.push(heading(language, p.day.visits));
    children.push(
      table(
        [c.visit, c.partner, c.officer],
        [3, 2, 2],
        schedule.visits.map((v) => [[v.title], [v.partnerName], [v.responsibleOfficer]]),
        0,
      ),
    );
  }
  const transferHeaders = [
    c.time,
    c.flight,
    c.place,
    c.guests,
    c.pickup,
    `${c.vehicle} / ${c.driver}`,
    c.escort,
  ];
  const transferWeights = [1, 2.2, 2, 3, 1.2, 2, 1.6];
  for (const [title, list] of [
    [p.day.arrivals, schedule.arrivals],
    [p.day.departures, schedule.departures],
  ] as const) {
    if (list.length === 0) continue;
    children.push(
      heading(language, title),
      table(transferHeaders, transferWeights, transferRows(schedule, list, visitTitle)),
    );
  }
  children.push(heading(language, p.day.programme));
  if (schedule.rows.length === 0) children.push(line(language, p.day.nothing));
  else {
    children.push(
      table(
        [c.time, c.item, c.venue, c.guests, c.hosts, c.staff, c.vehicle],
        [1.8, 3, 2, 2.3, 2, 1.6, 1.4],
        schedule.rows.map((row) => [
          rowTime(p, row, schedule.date),
          [rowTitle(row, say), visitTitle(row.visitId), p.types[row.itemType]],
          [row.venue],
          guestsCell(p, row),
          [row.hosts.join(', ')],
          [row.staff],
          [row.vehicle],
        ]),
      ),
    );
  }
  for (const [title, list] of [
    [p.day.checkIns, schedule.checkIns],
    [p.day.checkOuts, schedule.checkOuts],
  ] as const) {
    if (list.length === 0) continue;
    children.push(
      heading(language, title),
      table([c.hotel, c.visit, c.room, c.guests], [2, 3, 1, 4], moveRows(list, visitTitle), 0),
    );
  }
  const bytes = await packPrint({
    language,
    landscape,
    title: fill(p.day.heading, { date }),
    headerLeft: institution?.name[language] ?? '',
    headerRight: `${p.day.title} · ${date}`,
    children,
  });
  const fileName = safeFileName(`${fill(p.day.fileName, { date: schedule.date })}.docx`);
  return { fileName, base64: bytes.toString('base64') };
}
