import type { Paragraph, Table } from 'docx';
import type { BriefingCard } from '../../shared/briefing';
import { formatLetterDate } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import type { ExportedFile } from '../../shared/print';
import { endTimeOn } from '../../shared/print';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from '../print/docx-layout';
import { briefingPhrases } from './phrases';

/** A host's briefing card for a meeting as .docx: the meeting, who comes and their positions, the purpose, the notes. */
export async function briefingDocx(
  card: BriefingCard,
  institution: Institution | null,
): Promise<ExportedFile> {
  const { language, item, visit } = card;
  const p = briefingPhrases(language);
  const date = formatLetterDate(language, item.startDate);
  const to = endTimeOn(item.startDate, item);
  const children: (Paragraph | Table)[] = [
    heading(language, `${p.title}: ${item.title}`, 1),
    line(language, fill(p.when, { date, from: item.startTime, to }), { bold: true }),
  ];
  if (item.venue) children.push(line(language, fill(p.venue, { venue: item.venue })));
  if (item.hosts.length) children.push(line(language, fill(p.hosts, { names: item.hosts.join(', ') })));
  children.push(line(language, fill(p.visit, { title: visit.title }), { muted: true }));
  if (visit.partnerName)
    children.push(line(language, fill(p.partner, { name: visit.partnerName }), { muted: true }));
  children.push(heading(language, p.guests));
  if (card.guests.length === 0) children.push(line(language, p.noGuests, { muted: true }));
  else
    children.push(
      grid(
        language,
        false,
        [p.name, p.position],
        [2, 3],
        card.guests.map((g) => [
          [g.name, g.head ? p.head : ''],
          [g.position, g.organisation],
        ]),
        0,
      ),
    );
  if (visit.purpose) children.push(heading(language, p.purpose), line(language, visit.purpose));
  if (item.notes) children.push(heading(language, p.notes), line(language, item.notes));
  const bytes = await packPrint({
    language,
    landscape: false,
    title: `${p.title}: ${item.title}`,
    headerLeft: institution?.name[language] ?? '',
    headerRight: `${p.title} · ${date}`,
    children,
  });
  const fileName = safeFileName(`${fill(p.fileName, { title: item.title, date: item.startDate })}.docx`);
  return { fileName, base64: bytes.toString('base64') };
}
