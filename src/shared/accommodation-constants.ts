/**
 * Rooms, payers and accommodation issues, apart from the schemas that check them (accommodation.ts),
 * so a screen can offer the choices without loading zod.
 */

export const ROOM_TYPES = ['single', 'double', 'twin', 'suite'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];
/** Who pays for a stay: as for a letter's costs (payer-constants.ts). */
export { PAYERS, type Payer } from './payer-constants';

/** How many guests a room of each type sleeps. */
export const ROOM_CAPACITY: Readonly<Record<RoomType, number>> = { single: 1, double: 2, twin: 2, suite: 2 };

export const ACCOMMODATION_ISSUES = [
  'noBed',
  'doubleBooked',
  'roomOverfull',
  'outsideStay',
  'unknownHotel',
  'overRoomBlock',
] as const;
export type AccommodationIssueCode = (typeof ACCOMMODATION_ISSUES)[number];
