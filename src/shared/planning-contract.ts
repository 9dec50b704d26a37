import { z } from 'zod';
import { hotelInputSchema, stayInputSchema, type Hotel } from './accommodation';
import { formOpenedSchema, idSchema, method, none } from './contract-method';
import { isoDate, travelLegSchema } from './domain';
import { LANGUAGES } from './languages';
import {
  calendarQuerySchema,
  DIRECTIONS,
  programmeItemInputSchema,
  type CalendarRange,
  type DaySchedule,
} from './planning';
import { fieldError } from './validation';
import type { VisitDetail } from './visits-contract';

/** What happens during visits: hotels and stays, journeys, the programme, and the calendar over every visit. */

/** Values used before, offered again as the officer types: most used first. */
export interface PlanningSuggestions {
  hosts: string[];
  venues: string[];
  staff: string[];
  vehicles: string[];
  drivers: string[];
  escorts: string[];
  places: string[];
}

export const planningMethods = {
  'hotels.list': method<Hotel[]>()(none),
  /** Creates a hotel without `id`, replaces the one with it. */
  'hotels.save': method<Hotel>()(
    z.strictObject({ id: idSchema.optional(), hotel: hotelInputSchema, opened: formOpenedSchema }),
  ),
  /** Refused (`hotelInUse`) while a stay of any visit is in the hotel. */
  'hotels.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  /** Adds a stay without `stay.id`, replaces the one with it. */
  'stays.save': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, stay: stayInputSchema, opened: formOpenedSchema }),
  ),
  'stays.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, stayId: idSchema })),
  /** Sets the arrival or departure journey (and pickup) of guests travelling together. */
  'travel.save': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      direction: z.enum(DIRECTIONS, fieldError('invalidChoice')),
      guestIds: z.array(idSchema).min(1, fieldError('required')).max(500),
      leg: travelLegSchema,
    }),
  ),
  /** Adds an item without `item.id`; replaces the one with it, or puts a removed one back. */
  'programme.save': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, item: programmeItemInputSchema, opened: formOpenedSchema }),
  ),
  'programme.remove': method<VisitDetail>()(z.strictObject({ visitId: idSchema, itemId: idSchema })),
  /** How many rooms a hotel holds for the visit; null clears it. */
  'roomBlocks.save': method<VisitDetail>()(
    z.strictObject({
      visitId: idSchema,
      hotelId: idSchema,
      rooms: z
        .number(fieldError('invalid'))
        .int(fieldError('invalid'))
        .min(1, fieldError('invalid'))
        .max(1000, fieldError('invalid'))
        .nullable(),
    }),
  ),
  /** Everything on the calendar between `from` and `to` (exclusive, at most 62 days), with its conflicts. */
  'calendar.range': method<CalendarRange>()(calendarQuerySchema),
  /** One day across all visits: arrivals, departures, the programme hour by hour, hotel moves, conflicts. */
  'planning.day': method<DaySchedule>()(
    z.strictObject({ date: isoDate, language: z.enum(LANGUAGES, fieldError('invalidChoice')).optional() }),
  ),
  'planning.suggestions': method<PlanningSuggestions>()(none),
} as const;
