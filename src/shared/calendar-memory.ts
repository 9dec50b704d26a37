import { z } from 'zod';
import { MAX_REMOVED_EVENTS, REMOVED_KINDS } from './calendar-constants';
import { isIsoDate, isTime } from './dates';

/**
 * What a visit remembers for its calendar files (docs/decisions/0018-calendar-export.md): a revision
 * that rises with every change of the visit, and the events taken off its programme since, so that a
 * later file can cancel them in the calendars that imported an earlier one.
 */

const date = z.string().refine(isIsoDate);
const timeOrNone = z.string().refine((v) => v === '' || isTime(v));
const words = z.string().max(500);

/** An event a calendar may still hold: a programme item removed, or a guest's journey gone. */
export const removedEventSchema = z.object({
  /** The UID it was exported with (`eventUid`, `journeyUid`). */
  uid: z.string().min(1).max(300),
  kind: z.enum(REMOVED_KINDS),
  /** Its title as each language's file showed it. */
  titles: z.object({ az: words, en: words, ru: words }),
  startDate: date,
  /** '' for a journey without a time: a whole-day event. */
  startTime: timeOrNone,
  endDate: date,
  endTime: timeOrNone,
  /** Whom it concerned, to cancel it in a guest's or a host's file too. */
  allGuests: z.boolean(),
  guestIds: z.array(z.string().max(100)).max(500),
  hosts: z.array(z.string().max(200)).max(30),
  removedAt: z.iso.datetime(),
});
export type RemovedEvent = z.output<typeof removedEventSchema>;

/** How a stored visit carries them; both absent on visits saved before they existed. */
export const calendarMemoryShape = {
  /** Rises with every change of the visit; see `eventSequence`. */
  revision: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  removedEvents: z.array(removedEventSchema).max(MAX_REMOVED_EVENTS).optional(),
};
