/**
 * The programme's fixed lists and limits, apart from the schemas that check them (planning.ts), so a
 * screen can offer the choices without loading zod.
 */

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

export const DIRECTIONS = ['arrival', 'departure'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONFLICT_CODES = [
  'guestOverlap',
  'hostOverlap',
  'venueOverlap',
  'vehicleOverlap',
  'outsideGuestStay',
  'transferAfterFlight',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

export const CALENDAR_KINDS = ['item', 'transfer', 'hotelNight'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** Longest range the calendar may ask for at once (a month view with its spill-over weeks fits). */
export const CALENDAR_MAX_DAYS = 62;

/** Most rooms one hotel may hold for a visit. */
export const ROOM_BLOCK_MAX_ROOMS = 1000;
