import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { eventUid } from '../../shared/calendar-constants';
import type { CalendarExport } from '../../shared/calendar-export';
import type { Visit, VisitStatus } from '../../shared/domain';
import { addDays, BAKU_TZID, BAKU_UTC_OFFSET } from '../../shared/dates';
import { safeFileName } from '../../shared/file-names';
import { oneLine } from '../../shared/one-line';
import type { Language } from '../../shared/languages';
import { hostsIn, itemTextIn } from '../../shared/planning';
import type { ExportedFile } from '../../shared/print';
import { textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import { textsMissing } from '../../shared/texts-missing';
import { fill } from '../letters/phrases';
import { guestName } from '../../shared/guest-name';
import { journeyEntryUid, journeySummary, type JourneyEntry } from './journeys';
import { secondsSince2020 } from './memory';
import { ICS_PHRASES as PHRASES } from './phrases';
import {
  calendarMissingTexts,
  sameHost,
  selectEntries,
  type CalendarEntry,
  type CalendarSelection,
  type RemovedEntry,
} from './select';

/**
 * Calendar files (RFC 5545) of programme items, written with ical-generator. Times are Baku wall-clock
 * times and are written as such, with `TZID=Asia/Baku` and a VTIMEZONE block, never as instants. See
 * docs/decisions/0018-calendar-export.md for the UID and SEQUENCE rules.
 */

/**
 * Baku's time zone as a calendar reads it: UTC+4 all year (the offset from shared/baku-time.ts).
 * Azerbaijan has kept no summer time since 2016, so one STANDARD rule describes every date Qonaq
 * plans; written here rather than taken from a time zone database, which the app would have to carry
 * and which a calendar file needs no more of.
 */
export function bakuTimezone(tzid: string): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${BAKU_UTC_OFFSET}`,
    `TZOFFSETTO:${BAKU_UTC_OFFSET}`,
    `TZNAME:${BAKU_UTC_OFFSET.slice(0, 3)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * An event's SEQUENCE in a file written at `now`: the visit's revision (raised by every change of the
 * visit, by one at least, even within a second), or the seconds from 2020 to `now` when higher. A file
 * written later never carries a lower number, even after a backup took the revision back; a change
 * made since the last file always raises it. Visits saved before revisions existed count from their
 * last change.
 */
export function eventSequence(visit: Pick<Visit, 'revision' | 'updatedAt'>, now: Date): number {
  return Math.max(visit.revision ?? secondsSince2020(visit.updatedAt), secondsSince2020(now));
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

/** A span as an event's start and end: wall-clock Baku times, or the whole day when it has no time. */
function when(span: { startDate: string; startTime: string; endDate: string; endTime: string }) {
  return span.startTime === '' || span.endTime === ''
    ? {
        allDay: true,
        start: Temporal.PlainDate.from(span.startDate),
        end: Temporal.PlainDate.from(addDays(span.endDate, 1)),
      }
    : { start: wallClock(span.startDate, span.startTime), end: wallClock(span.endDate, span.endTime) };
}

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
  return oneLine(host);
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

/** A guest's arrival or departure: where, and the visit. */
function journeyDescription({ visit, transfer }: JourneyEntry, language: Language): string {
  const p = PHRASES[language].event;
  const place = [transfer.place, transfer.terminal].filter((t) => t.trim() !== '').join(', ');
  return [fill(p.visit, { title: visitTitle(visit, language) }), place ? fill(p.place, { place }) : '']
    .filter(Boolean)
    .join('\n');
}

/**
 * Writes the selection's events as one calendar; every text in `language` (checked before).
 * `withGuests` names each item's guests under it (not in a guest's own file).
 */
export function writeIcs(
  selection: Pick<CalendarSelection, 'entries' | 'journeys' | 'removed'>,
  language: Language,
  name: string,
  now: Date,
  withGuests = true,
): string {
  const calendar: ICalCalendar = ical({
    prodId: { company: 'Qonaq', product: 'Qonaq', language: language.toUpperCase() },
    name,
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED then stay in UTC as RFC 5545 asks; each event
    // names Baku, and the generator writes its VTIMEZONE once.
    timezone: { name: null, generator: bakuTimezone },
  });
  const common = (visit: Visit) => ({
    sequence: eventSequence(visit, now),
    stamp: now,
    lastModified: new Date(visit.updatedAt),
    timezone: BAKU_TZID,
  });
  for (const entry of selection.entries) {
    const { visit, item } = entry;
    calendar.createEvent({
      ...common(visit),
      id: eventUid(visit.id, item.id),
      start: wallClock(item.startDate, item.startTime),
      end: wallClock(item.endDate, item.endTime),
      summary: itemTextIn(item, 'title', language),
      location: itemTextIn(item, 'venue', language) || null,
      description: description(entry, language, withGuests),
      status: STATUS[visit.status],
    });
  }
  for (const journey of selection.journeys) {
    const { visit, guest, transfer } = journey;
    calendar.createEvent({
      ...common(visit),
      ...when(transfer),
      id: journeyEntryUid(journey),
      summary: journeySummary(language, transfer.direction, guest, transfer.number),
      location: transfer.place.trim() || null,
      description: journeyDescription(journey, language),
      status: STATUS[visit.status],
    });
  }
  writeRemoved(calendar, selection.removed, language, common);
  return calendar.toString();
}

/**
 * Events taken off the programme since an earlier file, written `STATUS:CANCELLED` under their old
 * UID with a higher SEQUENCE: a calendar that imported them marks them cancelled (Outlook, Apple and
 * Thunderbird) or drops them. `METHOD:CANCEL` would say the same only in a scheduling message of
 * cancellations alone, with an organizer: not a file that also carries the programme.
 */
function writeRemoved(
  calendar: ICalCalendar,
  removed: readonly RemovedEntry[],
  language: Language,
  common: (visit: Visit) => object,
): void {
  for (const { visit, event } of removed) {
    calendar.createEvent({
      ...common(visit),
      ...when(event),
      id: event.uid,
      summary: event.titles[language],
      description: [
        fill(PHRASES[language].event.visit, { title: visitTitle(visit, language) }),
        PHRASES[language].event.cancelled,
      ].join('\n'),
      status: ICalEventStatus.CANCELLED,
    });
  }
}

/**
 * The calendar file asked for. Refused with `textsMissing` while a text it prints has no version in
 * its language (see `textsMissing`), as letters and printouts are.
 */
export function calendarFile(visits: readonly Visit[], request: CalendarExport, now: Date): ExportedFile {
  const selection = selectEntries(visits, request);
  const { language } = request;
  const missing = calendarMissingTexts(selection, language);
  if (missing.length > 0) throw textsMissing(language, missing);
  const name = nameOf(selection, request);
  const text = writeIcs(selection, language, name, now, request.scope !== 'guest');
  return {
    fileName: safeFileName(`${name}.ics`, 'calendar.ics'),
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** How many events (cancellations too) a calendar file would hold, and the texts it would lack in its language. */
export function calendarCheck(
  visits: readonly Visit[],
  request: CalendarExport,
): { events: number; missingTexts: MissingText[] } {
  const selection = selectEntries(visits, request);
  const { entries, journeys, removed } = selection;
  return {
    events: entries.length + journeys.length + removed.length,
    missingTexts: calendarMissingTexts(selection, request.language),
  };
}
