import type { IsoDate } from './dates';
import type { Language } from './languages';

/**
 * A day's drives for the drivers: every pickup and drop-off of a car, with its time, where to pick
 * up and where to drop off, the flight or the event, the guests and their telephones. One part per
 * driver (and car), so that each can be handed their own page.
 */

export interface RunSheetRun {
  id: string;
  kind: 'arrival' | 'departure' | 'item';
  /** When the car leaves: the pickup time set, else the flight's or the event's own time. */
  time: string;
  pickup: string;
  dropOff: string;
  /** The flight or train number, or the event's title. */
  trip: string;
  /** When the flight lands or leaves, or the event starts; '' when the same as `time`. */
  scheduled: string;
  visit: string;
  guests: string[];
  /** The guests' telephones, as typed, in the order of `guests` (only those known). */
  phones: string[];
  escort: string;
}

export interface RunSheetDriver {
  /** '' for the drives no driver is assigned to yet. */
  driver: string;
  vehicle: string;
  runs: RunSheetRun[];
}

export interface RunSheet {
  date: IsoDate;
  language: Language;
  drivers: RunSheetDriver[];
}
