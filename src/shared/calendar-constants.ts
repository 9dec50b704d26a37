/**
 * A calendar file's plain rules, without zod: the UIDs its events keep, and what a visit remembers of
 * removed events (docs/decisions/0018-calendar-export.md). The schemas are in calendar-export.ts and
 * calendar-memory.ts.
 */

/** The UID of a programme item's event: the same in every file, for as long as the item exists. */
export function eventUid(visitId: string, itemId: string): string {
  return `${itemId}.${visitId}@qonaq`;
}

/**
 * The UID of a guest's arrival or departure: the same in every file for as long as the guest is on the
 * visit, whichever flight, time or car the journey changes to.
 */
export function journeyUid(visitId: string, guestId: string, direction: 'arrival' | 'departure'): string {
  return `${direction}.${guestId}.${visitId}@qonaq`;
}

/** The most removed events a visit keeps; the oldest go first. */
export const MAX_REMOVED_EVENTS = 200;

export const REMOVED_KINDS = ['item', 'arrival', 'departure'] as const;
