import ICAL from 'ical.js';

/** An event as a calendar application reads it from a .ics file. */
export interface ReadEvent {
  uid: string;
  sequence: number;
  summary: string;
  location: string;
  description: string;
  status: string;
  /** The TZID its start and end name. */
  tzid: string;
  /** Wall-clock start and end as written (`2026-05-13T10:00:00`). */
  start: string;
  end: string;
  /** The instants they are, worked out from the file's own VTIMEZONE. */
  startUtc: string;
  endUtc: string;
}

export interface ReadCalendar {
  name: string;
  /** TZIDs of the VTIMEZONE blocks the file carries. */
  timezones: string[];
  events: ReadEvent[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads a calendar file with ical.js, an independent parser (Mozilla's, used by Thunderbird): the
 * file's own VTIMEZONE decides what instant each Baku time is, so a wrong block shows as a wrong hour.
 */
export function readIcs(source: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(source));
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    const events = root.getAllSubcomponents('vevent').map((component): ReadEvent => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        location: text(event.location),
        description: text(event.description),
        status: text(component.getFirstPropertyValue('status')),
        tzid: text(component.getFirstProperty('dtstart')?.getParameter('tzid')),
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        startUtc: event.startDate.toJSDate().toISOString(),
        endUtc: event.endDate.toJSDate().toISOString(),
      };
    });
    return {
      name: text(root.getFirstPropertyValue('x-wr-calname')),
      timezones: zones.map((z) => text(z.getFirstPropertyValue('tzid'))),
      events,
    };
  } finally {
    for (const zone of zones) ICAL.TimezoneService.remove(text(zone.getFirstPropertyValue('tzid')));
  }
}

/** Events imported file after file into one calendar: an event whose UID is known replaces it. */
export function importInto(calendar: Map<string, ReadEvent>, source: string): Map<string, ReadEvent> {
  for (const event of readIcs(source).events) {
    const known = calendar.get(event.uid);
    if (!known || event.sequence >= known.sequence) calendar.set(event.uid, event);
  }
  return calendar;
}
