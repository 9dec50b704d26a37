import type { Paragraph, Table } from 'docx';
import { formatLetterDate, formatLetterDateRange, weekdayName } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import type { Institution } from '../../shared/institution';
import type { GuestItinerary, ItineraryFile } from '../../shared/itinerary';
import type { Language } from '../../shared/languages';
import { dayNumber, describeLine, type ProgrammeDay } from '../../shared/print';
import { textsMissing } from '../../shared/texts-missing';
import { TEXT_WIDTH } from '../letters/layout';
import { fill } from '../letters/phrases';
import { grid, heading, line, packPrint } from '../print/docx-layout';
import { personLines, stayLines } from '../print/person-and-stay';
import { sayIn } from '../print/say';
import { packItinerary } from './itinerary-package';
import { itineraryPhrases } from './phrases';

/**
 * Every text a document prints exists in its language, or Qonaq asks for it first: an itinerary
 * with a text not yet written in its language is refused, naming what is missing.
 */
export function refuseUntranslated(itinerary: GuestItinerary): void {
  const { missingTexts, language } = itinerary;
  if (missingTexts.length === 0) return;
  throw textsMissing(language, missingTexts);
}

/** One day of the itinerary (the `index`th), its table `width` twips wide. */
function dayBlock(
  language: Language,
  day: ProgrammeDay,
  index: number,
  width?: number,
): (Paragraph | Table)[] {
  const say = sayIn(language);
  const date = (iso: string) => formatLetterDate(language, iso);
  const title = heading(
    language,
    `${say('print.programme.day', { nth: dayNumber(language, index + 1) })} · ${weekdayName(language, day.date)}, ${date(day.date)}`,
  );
  if (day.lines.length === 0) return [title, line(language, say('print.programme.freeDay'), { muted: true })];
  const rows = day.lines.map((l) => {
    const d = describeLine(l, say, date);
    return [[d.time], [d.title, ...d.details], [l.venue]];
  });
  const headers = [say('print.column.time'), say('print.column.item'), say('print.column.venue')];
  return [title, grid(language, false, headers, [1.2, 5, 2.6], rows, 1, width)];
}

/**
 * The days that read the same for several guests (in one language, the same items, no journey of
 * their own that day), built once for a bulk run: docx objects are only read when a document is
 * packed, so several documents can hold the same ones.
 */
export class DayTablesCache {
  private readonly built = new Map<string, (Paragraph | Table)[]>();

  of(language: Language, day: ProgrammeDay, index: number, width?: number): (Paragraph | Table)[] {
    const key = JSON.stringify([language, width ?? 0, index, day]);
    let block = this.built.get(key);
    if (!block) {
      block = dayBlock(language, day, index, width);
      this.built.set(key, block);
    }
    return block;
  }
}

function dayTables(itinerary: GuestItinerary, width?: number, cache?: DayTablesCache): (Paragraph | Table)[] {
  const { language } = itinerary;
  return itinerary.days.flatMap((day, i) =>
    cache ? cache.of(language, day, i, width) : dayBlock(language, day, i, width),
  );
}

function staysAndContact(itinerary: GuestItinerary): Paragraph[] {
  const { language, stays, contact } = itinerary;
  const p = itineraryPhrases(language);
  const out: Paragraph[] = [];
  if (stays.length) out.push(heading(language, p.hotel));
  for (const stay of stays) {
    out.push(...stayLines(language, { ...stay, name: stay.hotel }));
    if (stay.room) out.push(line(language, fill(p.room, { room: stay.room })));
    if (stay.confirmation) out.push(line(language, fill(p.confirmation, { number: stay.confirmation })));
  }
  if (contact.name || contact.phone || contact.email) {
    out.push(heading(language, p.contact), line(language, p.contactNote, { muted: true }));
    out.push(...personLines(language, contact));
  }
  return out;
}

/** The file name of a guest's itinerary: the guest's name as printed, and the language. */
export function itineraryFileName(itinerary: GuestItinerary): string {
  const p = itineraryPhrases(itinerary.language);
  const language = itinerary.language.toUpperCase();
  return safeFileName(`${fill(p.fileName, { name: itinerary.guest.name, language })}.docx`);
}

/**
 * A guest's itinerary on the institution's letterhead, as an editable .docx (refused while texts are
 * missing), with page numbers at the foot of every page. Without an institution in Settings it is
 * a plain page with no letterhead.
 */
export async function itineraryDocx(
  itinerary: GuestItinerary,
  institution: Institution | null,
  days?: DayTablesCache,
): Promise<ItineraryFile> {
  refuseUntranslated(itinerary);
  const { language, visit, guest } = itinerary;
  const p = itineraryPhrases(language);
  const dates = formatLetterDateRange(language, visit.arrivalDate, visit.departureDate);
  const title = `${p.title}: ${guest.name}`;
  const role = [guest.position, guest.organisation].filter(Boolean).join(', ');
  const content = (width?: number): (Paragraph | Table)[] => [
    heading(language, p.title, 1),
    line(language, fill(p.guest, { name: guest.name }), { bold: true }),
    ...(role ? [line(language, role, { muted: true })] : []),
    line(language, fill(p.visit, { title: visit.title })),
    line(language, dates, { muted: true }),
    ...dayTables(itinerary, width, days),
    ...staysAndContact(itinerary),
  ];
  const bytes = institution
    ? await packItinerary(language, title, institution, content(TEXT_WIDTH))
    : await packPrint({
        language,
        landscape: false,
        title,
        headerLeft: '',
        headerRight: `${guest.name} · ${dates}`,
        children: content(),
      });
  return { guestId: guest.id, fileName: itineraryFileName(itinerary), base64: bytes.toString('base64') };
}
