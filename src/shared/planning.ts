import { z } from 'zod';
import {
  dateOfDayNumber,
  dayNumber,
  isCalendarDate,
  isIsoDate,
  isTime,
  MAX_DATE,
  MIN_DATE,
  type IsoDate,
} from './dates';
import { fieldError as code, isPortableId } from './validation';
import { optionalText, requiredText, text } from './fields';
import { LANGUAGES, type Language } from './languages';
import {
  languageSchema,
  missingTexts,
  textIn,
  translationsSchema,
  TRANSLATED_FIELDS,
  type MissingText,
} from './texts';

/**
 * The programme of a visit (what happens when, with whom, where) and what is derived from it:
 * transfers from guests' journeys, conflicts, calendar entries and the schedule of a day.
 * Times are Baku wall-clock `HH:mm` on a calendar date; they are compared as minutes counted from a
 * fixed date, never as instants.
 */

const isoDay = z.string(code('invalidDate')).trim().refine(isIsoDate, code('invalidDate'));
const time = z.string(code('invalidTime')).trim().refine(isTime, code('invalidTime'));
const safeId = z.string(code('invalid')).refine(isPortableId, code('invalid'));

export const PROGRAMME_TYPES = [
  'meeting',
  'lecture',
  'ceremony',
  'cultural',
  'excursion',
  'meal',
  'transfer',
  'freeTime',
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const programmeItemInputSchema = z
  .strictObject({
    /** Without it a new item is added; with it the item is replaced, or put back after a removal. */
    id: safeId.optional(),
    type: z.enum(PROGRAMME_TYPES, code('invalidChoice')).default('meeting'),
    title: requiredText(200),
    /** The title as printed for guests in each language; empty where the title itself serves. */
    titles: z
      .strictObject({ az: optionalText(200), en: optionalText(200), ru: optionalText(200) })
      .default({ az: '', en: '', ru: '' }),
    startDate: isoDay,
    startTime: time,
    endDate: isoDay,
    endTime: time,
    venue: optionalText(200),
    /** Every guest of the visit, including any added later; otherwise only `guestIds`. */
    allGuests: z.boolean(code('invalid')).default(true),
    guestIds: z.array(safeId).max(500).default([]),
    /** Who receives the guests: the rector, a dean... */
    hosts: z
      .array(text(200).min(1, code('required')))
      .max(30)
      .default([]),
    staff: optionalText(200),
    vehicle: optionalText(100),
    notes: optionalText(2000),
    /** The agreement a signing ceremony signs ('' for none). */
    agreementId: z.union([z.literal(''), safeId], code('invalid')).default(''),
    /** The language title, venue and hosts were typed in, and their translations (`titles` also serves). */
    lang: languageSchema.optional(),
    translations: translationsSchema(TRANSLATED_FIELDS.item).optional(),
  })
  .superRefine((item, ctx) => {
    if (`${item.endDate} ${item.endTime}` <= `${item.startDate} ${item.startTime}`) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'endBeforeStart' });
    }
    if (!item.allGuests && item.guestIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['guestIds'], message: 'required' });
    }
  });
export type ProgrammeItemInput = z.input<typeof programmeItemInputSchema>;
export type ProgrammeItemData = z.output<typeof programmeItemInputSchema>;
export const programmeItemSchema = z.object({ ...programmeItemInputSchema.shape, id: z.string().min(1) });
export type ProgrammeItem = z.output<typeof programmeItemSchema>;

/** Rooms a hotel holds for a visit: more rooms in use on a night is an accommodation issue. */
export const roomBlockSchema = z.object({
  hotelId: z.string().min(1),
  rooms: z.number().int().min(1).max(1000),
});
export type RoomBlock = z.output<typeof roomBlockSchema>;

export const DIRECTIONS = ['arrival', 'departure'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Minutes from a fixed date to a Baku date and time; the difference of two is a duration. */
export function minutesOf(date: IsoDate, time: string): number {
  return daysOf(date) * 1440 + Number(time.slice(0, 2) || 0) * 60 + Number(time.slice(3, 5) || 0);
}

// Conflict checks turn the same few hundred dates into numbers over and over: remember them.
const DAY_NUMBERS = new Map<string, number>();

/** Days counted as `dayNumber` counts them; the day before 1900-01-01 or after 2200-12-31 counts too. */
function daysOf(date: IsoDate): number {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  const days = dayNumber(date);
  if (DAY_NUMBERS.size > 20_000) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(date, days);
  return days;
}

/** The Baku date and time `minutes` after the fixed date; inverse of `minutesOf`. */
export function fromMinutes(minutes: number): { date: IsoDate; time: string } {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return {
    date: dateOfDayNumber(day),
    time: `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`,
  };
}

/** A span of Baku time: from start (inclusive) to end (exclusive). */
export interface Span {
  startDate: IsoDate;
  startTime: string;
  endDate: IsoDate;
  endTime: string;
}

/**
 * A transfer between the airport (or station) and the city, derived from the journeys of the guests
 * who travel together: never stored, so it moves whenever a flight changes.
 */
export interface Transfer extends Span {
  /** Stable while the journey stays the same: `tr-<direction>-<visit-scoped key>`. */
  id: string;
  visitId: string;
  direction: Direction;
  mode: 'flight' | 'train';
  /** Flight or train number. */
  number: string;
  /** Airport or station. */
  place: string;
  terminal: string;
  /** When the flight lands (arrival) or leaves (departure); '' when not known. */
  date: IsoDate;
  time: string;
  guestIds: string[];
  vehicle: string;
  driver: string;
  escort: string;
  /** When the car leaves; '' when not set (the span then assumes a default). */
  leaveAt: string;
}

export const CONFLICT_CODES = [
  'guestOverlap',
  'hostOverlap',
  'venueOverlap',
  'vehicleOverlap',
  'outsideGuestStay',
  'transferAfterFlight',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Where a conflict can be jumped to: a programme item or a transfer of a visit. */
export interface EntryRef {
  visitId: string;
  visitTitle: string;
  /** A programme item's id, or a transfer's (`tr-...`). */
  entryId: string;
  title: string;
  startDate: IsoDate;
  startTime: string;
}

export interface Conflict {
  /** Stable for the same two entries and reason. */
  id: string;
  code: ConflictCode;
  entry: EntryRef;
  /** The other entry of an overlap. */
  other?: EntryRef;
  /** `name` (a guest, host, venue or vehicle) and, by code, `arrival`, `departure`, `time`, `flightTime`. */
  params: Record<string, string | number>;
}

export const CALENDAR_KINDS = ['item', 'transfer', 'hotelNight'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/**
 * One thing to draw on the calendar. Timed entries have times; all-day ones (hotel nights, a journey
 * without a time) have none, and `endDate` is then the last day included.
 */
export interface CalendarEntry {
  id: string;
  kind: CalendarKind;
  visitId: string;
  colour: string;
  /** An item's title; a transfer's flight number; a hotel's name. */
  title: string;
  allDay: boolean;
  startDate: IsoDate;
  startTime: string;
  endDate: IsoDate;
  endTime: string;
  itemType?: ProgrammeType;
  direction?: Direction;
  /** Names of the guests concerned (a transfer's, an item's, or the hotel's sleepers that night). */
  guests: string[];
  venue: string;
  /** Whether an entry takes part in a conflict. */
  conflict: boolean;
  /** Programme items move and resize on the calendar; derived entries do not. */
  editable: boolean;
}

export interface CalendarRange {
  visits: { id: string; title: string; colour: string }[];
  entries: CalendarEntry[];
  conflicts: Conflict[];
}

/** Longest range the calendar may ask for at once (a month view with its spill-over weeks fits). */
export const CALENDAR_MAX_DAYS = 62;

/**
 * A day the calendar may show: a month's grid spills into the weeks around it, so the first and last
 * months of the accepted range (`MIN_DATE`, `MAX_DATE`) show days just outside it (with nothing on them).
 */
const calendarDay = z
  .string(code('invalidDate'))
  .trim()
  .refine(
    (v) =>
      isCalendarDate(v) &&
      dayNumber(v) >= dayNumber(MIN_DATE) - CALENDAR_MAX_DAYS &&
      dayNumber(v) <= dayNumber(MAX_DATE) + CALENDAR_MAX_DAYS,
    code('invalidDate'),
  );

export const calendarQuerySchema = z
  .strictObject({
    from: calendarDay,
    /** Exclusive, like FullCalendar's range. */
    to: calendarDay,
    visitIds: z.array(safeId).max(500).default([]),
    /** Titles and names as a reader of this language expects them; the UI's language when left out. */
    language: z.enum(LANGUAGES, code('invalidChoice')).optional(),
  })
  .superRefine((q, ctx) => {
    // Refinements run after a field has failed too: a day that is not a date was reported already.
    if (!isCalendarDate(q.from) || !isCalendarDate(q.to)) return;
    if (q.to <= q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'departureBeforeArrival' });
    else if (minutesOf(q.to, '00:00') - minutesOf(q.from, '00:00') > CALENDAR_MAX_DAYS * 1440) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'invalid' });
    }
  });

/** A programme item or a transfer as the schedule of a day shows it. */
export interface ScheduleRow extends Span {
  id: string;
  kind: 'item' | 'transfer';
  visitId: string;
  itemType: ProgrammeType;
  /** In the language asked for, where a translation exists. */
  title: string;
  venue: string;
  guests: string[];
  allGuests: boolean;
  hosts: string[];
  staff: string;
  vehicle: string;
  notes: string;
  /** Only for transfers. */
  transfer?: Transfer;
  /** It began on an earlier day, or ends on a later one. */
  continuesFromPreviousDay: boolean;
  continuesToNextDay: boolean;
  conflict: boolean;
}

export interface HotelMove {
  visitId: string;
  hotel: string;
  roomNumber: string;
  guests: string[];
}

export interface DaySchedule {
  date: IsoDate;
  language: Language;
  visits: { id: string; title: string; colour: string; partnerName: string; responsibleOfficer: string }[];
  arrivals: Transfer[];
  departures: Transfer[];
  /** Items and transfers of the day, by start then visit. */
  rows: ScheduleRow[];
  checkIns: HotelMove[];
  checkOuts: HotelMove[];
  conflicts: Conflict[];
  /** Guest names by visit and guest id, to name a transfer's travellers. */
  guestNames: Record<string, string>;
}

type ItemTexts = Pick<ProgrammeItem, 'title' | 'titles' | 'venue' | 'hosts' | 'lang' | 'translations'>;

/** An item's texts as `textIn` reads them: its hosts one per line, translated line by line. */
function textsOf(item: ItemTexts) {
  return {
    title: item.title,
    venue: item.venue,
    hosts: item.hosts.join('\n'),
    lang: item.lang,
    translations: item.translations,
  };
}

/**
 * An item's text as a document in `language` prints it: `titles` (the per-language titles the item
 * form has always had) first, then its translations; '' where it has none in that language.
 */
export function itemTextIn(item: ItemTexts, field: ItemTextField, language: Language): string {
  if (field === 'title') {
    const title = item.titles[language].trim();
    if (title !== '') return title;
  }
  return textIn(textsOf(item), field, language, TRANSLATED_FIELDS.item);
}
export type ItemTextField = (typeof TRANSLATED_FIELDS.item)[number];

/** The item's texts a document in `language` prints but does not have, for the officer to give. */
export function itemMissingTexts(
  item: ItemTexts & { id: string },
  language: Language,
  visitId: string,
): MissingText[] {
  const view = textsOf(item);
  return missingTexts('item', view, TRANSLATED_FIELDS.item, language, { id: item.id, visitId }).filter(
    (m) => m.field !== 'title' || item.titles[language].trim() === '',
  );
}

/** The hosts as a document in `language` prints them, one per entry; [] where not translated. */
export function hostsIn(item: ItemTexts, language: Language): string[] {
  return itemTextIn(item, 'hosts', language)
    .split('\n')
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

/** The title of an item on screen for a reader of `language`: in that language where it exists. */
export function titleIn(item: ItemTexts, language: Language): string {
  return itemTextIn(item, 'title', language) || item.title;
}
