import { z } from 'zod';
import { dayNumber, isCalendarDate, isTime, MAX_DATE, MIN_DATE } from './calendar-dates';
import { fieldError as code } from './validation';
import { idSchema, isoDate, optionalText, requiredText, text } from './fields';
import { LANGUAGES } from './languages';
import { minutesOf } from './minutes';
import { CALENDAR_MAX_DAYS, PROGRAMME_TYPES, ROOM_BLOCK_MAX_ROOMS } from './planning-constants';
import { TRANSLATED_FIELDS } from './texts';
import { languageSchema, translationsSchema } from './translations-schema';

/**
 * The programme of a visit (what happens when, with whom, where): the schemas of its items, of the
 * rooms a hotel holds and of a calendar query. What is derived from it lives beside: its lists and
 * limits in planning-constants.ts, times as minutes in minutes.ts, transfers, conflicts, calendar
 * entries and a day's schedule in planning-views.ts, an item's texts by language in programme-texts.ts;
 * this module exports them all as before.
 */
export * from './planning-constants';
export * from './minutes';
export * from './planning-views';
export * from './programme-texts';

const time = z.string(code('invalidTime')).trim().refine(isTime, code('invalidTime'));

export const programmeItemInputSchema = z
  .strictObject({
    /** Without it a new item is added; with it the item is replaced, or put back after a removal. */
    id: idSchema.optional(),
    type: z.enum(PROGRAMME_TYPES, code('invalidChoice')).default('meeting'),
    title: requiredText(200),
    /** The title as printed for guests in each language; empty where the title itself serves. */
    titles: z
      .strictObject({ az: optionalText(200), en: optionalText(200), ru: optionalText(200) })
      .default({ az: '', en: '', ru: '' }),
    startDate: isoDate,
    startTime: time,
    endDate: isoDate,
    endTime: time,
    venue: optionalText(200),
    /** Every guest of the visit, including any added later; otherwise only `guestIds`. */
    allGuests: z.boolean(code('invalid')).default(true),
    guestIds: z.array(idSchema).max(500).default([]),
    /** Who receives the guests: the rector, a dean... */
    hosts: z
      .array(text(200).min(1, code('required')))
      .max(30)
      .default([]),
    staff: optionalText(200),
    vehicle: optionalText(100),
    notes: optionalText(2000),
    /** The agreement a signing ceremony signs ('' for none). */
    agreementId: z.union([z.literal(''), idSchema], code('invalid')).default(''),
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
  rooms: z.number().int().min(1).max(ROOM_BLOCK_MAX_ROOMS),
});
export type RoomBlock = z.output<typeof roomBlockSchema>;

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
    visitIds: z.array(idSchema).max(500).default([]),
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
