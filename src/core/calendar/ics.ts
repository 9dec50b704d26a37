import ical, { ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import az from '../../../locales/az/ics.json';
import en from '../../../locales/en/ics.json';
import ru from '../../../locales/ru/ics.json';
import { eventUid, type CalendarExport } from '../../shared/calendar-export';
import type { Visit, VisitStatus } from '../../shared/domain';
import { AppError, type FieldError } from '../../shared/errors';
import { safeFileName } from '../../shared/file-names';
import type { Language } from '../../shared/languages';
import { hostsIn, itemTextIn } from '../../shared/planning';
import type { ExportedFile } from '../../shared/print';
import { textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import { fill } from '../letters/phrases';
import { guestName } from '../../shared/guest-name';
import {
  calendarMissingTexts,
  sameHost,
  selectEntries,
  type CalendarEntry,
  type CalendarSelection,
} from './select';

/**
 * Calendar files (RFC 5545) of programme items, written with ical-generator. Times are Baku wall-clock
 * times and are written as such, with `TZID=Asia/Baku` and a VTIMEZONE block, never as instants. See
 * docs/decisions/0018-calendar-export.md for the UID and SEQUENCE rules.
 */

type Phrases = typeof en;
// Typed against the English file so a phrase missing from az or ru fails the build, not an export.
const PHRASES: Record<Language, Phrases> = { az, en, ru };

export const BAKU = 'Asia/Baku';

/**
 * Baku's time zone as a calendar reads it: UTC+4 all year. Azerbaijan has kept no summer time since
 * 2016, so one STANDARD rule describes every date Qonaq plans; written here rather than taken from a
 * time zone database, which the app would have to carry and which a calendar file needs no more of.
 */
export function bakuTimezone(tzid: string): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0400',
    'TZOFFSETTO:+0400',
    'TZNAME:+04',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

// SEQUENCE counts seconds from here: small enough for the 32-bit integer calendars hold until 2088.
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * An event's SEQUENCE: the seconds from 2020 to the stored last change of its visit. Every change of
 * an item is a change of its visit, stamped by the core, so a later file never carries a lower number
 * for an item changed since; an item left as it was may rise too, which a calendar takes as an update
 * to the same event.
 */
export function sequenceOf(visit: Pick<Visit, 'updatedAt'>): number {
  const at = Date.parse(visit.updatedAt);
  return Number.isFinite(at) ? Math.max(0, Math.floor((at - SEQUENCE_EPOCH) / 1000)) : 0;
}

const STATUS: Record<VisitStatus, ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  planned: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  underWay: ICalEventStatus.CONFIRMED,
  completed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

const wallClock = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}`);

function visitTitle(visit: Visit, language: Language): string {
  return textIn(visit, 'title', language, TRANSLATED_FIELDS.visit) || visit.title;
}

/**
 * The lines under an event's title: its visit, who receives, and who comes (names as in the passport).
 * A guest's own file names no other guest: like their itinerary, it is theirs to share.
 */
function description(entry: CalendarEntry, language: Language, withGuests: boolean): string {
  const p = PHRASES[language].event;
  const { visit, item } = entry;
  const hosts = hostsIn(item, language);
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  const guests = item.allGuests
    ? []
    : item.guestIds.flatMap((id) => {
        const guest = byId.get(id);
        return guest ? [guestName(guest)] : [];
      });
  return [
    fill(p.visit, { title: visitTitle(visit, language) }),
    hosts.length ? fill(p.with, { names: hosts.join(', ') }) : '',
    !withGuests
      ? ''
      : item.allGuests
        ? p.allGuests
        : guests.length
          ? fill(p.for, { names: guests.join(', ') })
          : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A host as the file's language names them: the line of an item's hosts translated with them. */
function hostIn(entries: readonly CalendarEntry[], host: string, language: Language): string {
  for (const { item } of entries) {
    const at = item.hosts.findIndex((h) => sameHost(h, host));
    const translated = hostsIn(item, language);
    if (at >= 0 && translated.length === item.hosts.length && translated[at]) return translated[at];
  }
  return host.replace(/\s+/g, ' ').trim();
}

/** What the file and the calendar it makes are called, in the file's language. */
function nameOf(selection: CalendarSelection, request: CalendarExport): string {
  const p = PHRASES[request.language].file;
  const language = request.language.toUpperCase();
  const title = selection.visit ? visitTitle(selection.visit, request.language) : '';
  switch (request.scope) {
    case 'visit':
      return fill(p.visit, { title, language });
    case 'guest': {
      const guest = selection.visit?.guests.find((g) => g.id === request.guestId);
      return fill(p.guest, { name: guest ? guestName(guest) : '', title, language });
    }
    case 'host':
      return fill(p.host, { host: hostIn(selection.entries, request.host, request.language), language });
    case 'day':
      return fill(p.day, { date: request.date, language });
  }
}

/**
 * Writes the events of `entries` as one calendar; every text in `language` (checked before).
 * `withGuests` names each item's guests under it (not in a guest's own file).
 */
export function writeIcs(
  entries: readonly CalendarEntry[],
  language: Language,
  name: string,
  now: Date,
  withGuests = true,
): string {
  const calendar = ical({
    prodId: { company: 'Qonaq', product: 'Qonaq', language: language.toUpperCase() },
    name,
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED then stay in UTC as RFC 5545 asks; each event
    // names Baku, and the generator writes its VTIMEZONE once.
    timezone: { name: null, generator: bakuTimezone },
  });
  for (const entry of entries) {
    const { visit, item } = entry;
    calendar.createEvent({
      id: eventUid(visit.id, item.id),
      sequence: sequenceOf(visit),
      stamp: now,
      lastModified: new Date(visit.updatedAt),
      timezone: BAKU,
      start: wallClock(item.startDate, item.startTime),
      end: wallClock(item.endDate, item.endTime),
      summary: itemTextIn(item, 'title', language),
      location: itemTextIn(item, 'venue', language) || null,
      description: description(entry, language, withGuests),
      status: STATUS[visit.status],
    });
  }
  return calendar.toString();
}

/**
 * The calendar file asked for. Refused with `textsMissing` while a text it prints has no version in
 * its language (the paths name the record: `texts.item.<id>.title`), as letters and printouts are.
 */
export function calendarFile(visits: readonly Visit[], request: CalendarExport, now: Date): ExportedFile {
  const selection = selectEntries(visits, request);
  const { language } = request;
  const missing = calendarMissingTexts(selection.entries, language);
  if (missing.length > 0) {
    throw new AppError(
      'textsMissing',
      { language },
      missing.map((m): FieldError => ({
        path: `texts.${m.owner}.${m.id}.${m.field}`,
        code: 'notInLanguage',
        params: { language },
      })),
    );
  }
  const name = nameOf(selection, request);
  const text = writeIcs(selection.entries, language, name, now, request.scope !== 'guest');
  return {
    fileName: safeFileName(`${name}.ics`, 'calendar.ics'),
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** How many events a calendar file would hold, and the texts it would lack in its language. */
export function calendarCheck(
  visits: readonly Visit[],
  request: CalendarExport,
): { events: number; missingTexts: MissingText[] } {
  const { entries } = selectEntries(visits, request);
  return { events: entries.length, missingTexts: calendarMissingTexts(entries, request.language) };
}
