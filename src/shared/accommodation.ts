import { z } from 'zod';
import { fieldError } from './validation';
import { idSchema, isoDate, optionalText } from './fields';
import { TRANSLATED_FIELDS } from './texts';
import { languageSchema, translationsSchema } from './translations-schema';
import { PAYERS, ROOM_TYPES, type AccommodationIssueCode } from './accommodation-constants';

export * from './accommodation-constants';

/**
 * Hotels (a directory shared by all visits) and stays (who sleeps in which room, booked per visit).
 * Dates are Baku calendar dates `YYYY-MM-DD`; a stay's nights are the dates from check-in up to the
 * day before check-out.
 */

const code = fieldError;

export const hotelInputSchema = z.strictObject({
  name: z.string(code('invalid')).trim().min(1, code('required')).max(200, code('tooLong')),
  address: optionalText(300),
  city: optionalText(100),
  phone: optionalText(50),
  email: optionalText(200),
  notes: optionalText(2000),
  /** The language name and address were typed in, and their translations. */
  lang: languageSchema.optional(),
  translations: translationsSchema(TRANSLATED_FIELDS.hotel).optional(),
});
export type HotelInput = z.input<typeof hotelInputSchema>;
export type HotelData = z.output<typeof hotelInputSchema>;
export const hotelSchema = z.object({
  ...hotelInputSchema.shape,
  id: z.string().min(1),
  /** Who changed it last, and when (the store signs it; absent on one saved before). */
  changedBy: z.string().max(200).optional(),
  changedAt: z.iso.datetime().optional(),
});
export type Hotel = z.output<typeof hotelSchema>;

export const stayInputSchema = z
  .strictObject({
    id: idSchema.optional(),
    guestIds: z.array(idSchema).min(1, code('required')).max(20),
    hotelId: idSchema,
    roomNumber: optionalText(20),
    roomType: z.enum(ROOM_TYPES, code('invalidChoice')).default('double'),
    checkIn: isoDate,
    checkOut: isoDate,
    confirmation: optionalText(100),
    payer: z.enum(PAYERS, code('invalidChoice')).default('host'),
  })
  .superRefine((s, ctx) => {
    if (s.checkOut <= s.checkIn)
      ctx.addIssue({ code: 'custom', path: ['checkOut'], message: 'departureBeforeArrival' });
  });
export type StayInput = z.input<typeof stayInputSchema>;
export type StayData = z.output<typeof stayInputSchema>;
export const staySchema = z.object({ ...stayInputSchema.shape, id: z.string().min(1) });
export type Stay = z.output<typeof staySchema>;

/** One problem found in a visit's stays; `params` fill the translated sentence. */
export interface AccommodationIssue {
  code: AccommodationIssueCode;
  /** The guest concerned, if one is. */
  guestId: string;
  /** `date`, `lastDate`, `checkIn`, `checkOut`, `arrival`, `departure` are ISO dates the UI formats. */
  params: Record<string, string | number>;
}

/** Where one guest sleeps on one night, or null for no bed. */
export interface RoomingNight {
  date: string;
  beds: { guestId: string; stayId: string | null }[];
}

export interface Accommodation {
  issues: AccommodationIssue[];
  rooming: RoomingNight[];
}
