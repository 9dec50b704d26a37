import type { Paragraph, Table } from 'docx';
import type { Visit } from '../../shared/domain';
import { formatLetterDate, formatLetterDateRange } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import type { PartnersDoc } from '../../shared/partners';
import type { ExportedFile } from '../../shared/print';
import { textsMissing } from '../../shared/texts-missing';
import { letterhead } from '../letters/letterhead';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from '../print/docx-layout';
import { reportContent, type ReportContent } from './content';
import { reportPhrases } from './phrases';

/** Paragraphs of a text typed over several lines; blank lines between paragraphs are dropped. */
function paragraphs(language: Language, text: string): Paragraph[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => line(language, l));
}

function body(c: ReportContent, today: string): (Paragraph | Table)[] {
  const { language } = c;
  const p = reportPhrases(language);
  const date = (iso: string) => formatLetterDate(language, iso);
  const out: (Paragraph | Table)[] = [
    heading(language, p.title, 1),
    line(language, c.title, { bold: true }),
    line(language, fill(p.dates, { dates: formatLetterDateRange(language, c.arrivalDate, c.departureDate) })),
  ];
  if (c.partners.length) out.push(line(language, fill(p.partner, { name: c.partners.join('; ') })));
  if (c.purpose) out.push(heading(language, p.purpose), ...paragraphs(language, c.purpose));

  out.push(heading(language, p.participants));
  if (c.guests.length === 0) out.push(line(language, p.noGuests, { muted: true }));
  else
    out.push(
      grid(
        language,
        false,
        [p.name, p.position, p.organisation],
        [3, 3, 3],
        c.guests.map((g) => [[g.name, g.head ? p.head : ''], [g.position], [g.organisation]]),
        0,
      ),
    );

  out.push(heading(language, p.meetings));
  if (c.meetings.length === 0) out.push(line(language, p.noMeetings, { muted: true }));
  else
    out.push(
      grid(
        language,
        false,
        [p.date, p.time, p.meeting, p.hosts],
        [2, 1.3, 4, 3],
        c.meetings.map((m) => [
          [date(m.date)],
          [m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime],
          [m.title],
          m.hosts,
        ]),
        2,
      ),
    );

  out.push(heading(language, p.outcomes));
  if (c.outcomes) out.push(...paragraphs(language, c.outcomes));
  else out.push(line(language, p.noOutcomes, { muted: true }));

  if (c.agreements.length) {
    out.push(heading(language, p.agreements));
    for (const a of c.agreements)
      out.push(
        line(
          language,
          a.signedDate ? `${a.title}, ${fill(p.signed, { date: date(a.signedDate) })}` : a.title,
        ),
      );
  }

  if (c.followUps.length) {
    out.push(
      heading(language, p.followUps),
      grid(
        language,
        false,
        [p.followUp, p.owner, p.due, p.status],
        [4.5, 2.5, 2, 2],
        c.followUps.map((f) => [
          [f.text],
          [f.owner],
          [f.due ? date(f.due) : p.noDue],
          [f.done ? p.done : p.open, f.done && f.doneAt ? date(f.doneAt.slice(0, 10)) : ''],
        ]),
        0,
      ),
    );
  }
  // A blank line keeps the date apart from the table above it.
  out.push(line(language, ''), line(language, fill(p.made, { date: date(today) }), { muted: true }));
  return out;
}

/**
 * A visit's report in `language` on the institution's letterhead, as an editable .docx. Refused with
 * `textsMissing` while any text it would print is not written in that language (see `reportContent`).
 */
export async function visitReportDocx(
  visit: Visit,
  partners: Readonly<PartnersDoc>,
  institution: Institution | null,
  language: Language,
  today: string,
): Promise<ExportedFile> {
  const { content, texts, others } = reportContent(visit, partners, language);
  if (texts.length > 0 || others.length > 0) throw textsMissing(language, texts, others);
  const p = reportPhrases(language);
  const dates = formatLetterDateRange(language, content.arrivalDate, content.departureDate);
  const children = [...(institution ? letterhead(institution, language) : []), ...body(content, today)];
  const bytes = await packPrint({
    language,
    landscape: false,
    title: `${p.title}: ${content.title}`,
    headerLeft: institution?.name[language] ?? '',
    headerRight: `${content.title} · ${dates}`,
    children,
  });
  const fileName = safeFileName(
    `${fill(p.fileName, { title: content.title, language: language.toUpperCase() })}.docx`,
  );
  return { fileName, base64: bytes.toString('base64') };
}
