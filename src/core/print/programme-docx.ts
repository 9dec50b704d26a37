import type { Paragraph, Table } from 'docx';
import { formatLetterDate, formatLetterDateRange, weekdayName } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import { dayNumber, describeLine, type ExportedFile, type VisitProgramme } from '../../shared/print';
import { letterhead } from '../letters/letterhead';
import { grid, heading, line, packPrint } from './docx-layout';
import { personLines, stayLines } from './person-and-stay';
import { sayIn } from './say';

/** A visit's programme for its guests, on the institution's letterhead, as an editable .docx. */
export async function programmeDocx(
  programme: VisitProgramme,
  institution: Institution | null,
  landscape: boolean,
): Promise<ExportedFile> {
  const { language, visit } = programme;
  const say = sayIn(language);
  // Dates as letters write them, never broken across lines.
  const date = (iso: string) => formatLetterDate(language, iso);
  const children: (Paragraph | Table)[] = institution ? letterhead(institution, language) : [];
  children.push(
    heading(language, say('print.programme.title'), 1),
    line(language, visit.title, { bold: true }),
    line(language, formatLetterDateRange(language, visit.arrivalDate, visit.departureDate), { muted: true }),
  );
  if (visit.partnerName)
    children.push(line(language, `${say('print.programme.partner')}: ${visit.partnerName}`));
  if (programme.guests.length)
    children.push(line(language, `${say('print.programme.delegation')}: ${programme.guests.join(', ')}`));
  programme.days.forEach((day, index) => {
    const nth = dayNumber(language, index + 1);
    children.push(
      heading(
        language,
        `${say('print.programme.day', { nth })} · ${weekdayName(language, day.date)}, ${date(day.date)}`,
      ),
    );
    if (day.lines.length === 0) {
      children.push(line(language, say('print.programme.freeDay'), { muted: true }));
      return;
    }
    const rows = day.lines.map((l) => {
      const d = describeLine(l, say, date);
      return [[d.time], [d.title, ...d.details], [l.venue]];
    });
    children.push(
      grid(
        language,
        landscape,
        [say('print.column.time'), say('print.column.item'), say('print.column.venue')],
        [1.2, 5, 2.6],
        rows,
      ),
    );
  });
  if (programme.hotels.length) {
    children.push(heading(language, say('print.programme.accommodation')));
    for (const hotel of programme.hotels) {
      children.push(...stayLines(language, hotel));
      if (hotel.guests.length)
        children.push(
          line(language, say('print.programme.for', { names: hotel.guests.join(', ') }), { muted: true }),
        );
    }
  }
  const { officer } = programme;
  if (officer.name || officer.phone || officer.email) {
    children.push(heading(language, say('print.programme.contact')));
    children.push(...personLines(language, officer));
  }
  const bytes = await packPrint({
    language,
    landscape,
    title: `${say('print.programme.title')}: ${visit.title}`,
    headerLeft: institution?.name[language] ?? '',
    headerRight: `${visit.title} · ${formatLetterDateRange(language, visit.arrivalDate, visit.departureDate)}`,
    children,
  });
  const fileName = safeFileName(
    `${say('print.programme.fileName', { title: visit.title, language: language.toUpperCase() })}.docx`,
  );
  return { fileName, base64: bytes.toString('base64') };
}
