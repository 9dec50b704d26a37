import type { IsoDate } from './calendar-dates';
import type { Language } from './languages';
import type { CalendarKind, ConflictCode, Direction, ProgrammeType } from './planning-constants';

/**
 * What is derived from the programme and never stored: transfers from guests' journeys, conflicts,
 * calendar entries and the schedule of a day.
 */

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
