import { z } from 'zod';
import { addMonths, isIsoDate, isTime, todayInBaku } from './dates';
import { isCountryCode } from './countries';
import { LANGUAGES } from './languages';
import { fieldError, idCollidingInCase, isPortableId } from './validation';
import { idSchema, isoDate, optionalDate, optionalEmail, optionalText, requiredText } from './fields';
import { staySchema, type Stay } from './accommodation';
import { TRANSLATED_FIELDS } from './texts';
import { languageSchema, translationsSchema } from './translations-schema';
import { visitReportSchema, type VisitReport } from './visit-report';
import { programmeItemSchema, roomBlockSchema, type ProgrammeItem, type RoomBlock } from './planning';
import { calendarMemoryShape, type RemovedEvent } from './calendar-memory';
import { changeMetadataShape, type HistoryEntry } from './visit-history';
import { SYNC_CONFLICTS_MAX, syncConflictSchema, type SyncConflict } from './sync-conflicts';
import {
  GENDERS,
  GUEST_CATEGORIES,
  GUEST_ROLES,
  HONORIFICS,
  TRAVEL_MODES,
  VISIT_COLOUR_NAMES,
  VISIT_STATUSES,
} from './visit-constants';

export * from './visit-constants';

// Schemas carry field error codes as their messages; `toFieldErrors` turns zod issues into them.
const code = fieldError;

export { isoDate, optionalDate };
const optionalTime = z
  .string(code('invalidTime'))
  .trim()
  .refine((v) => v === '' || isTime(v), code('invalidTime'))
  .default('');
export const optionalCountry = z
  .string(code('invalidChoice'))
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || isCountryCode(v), code('invalidChoice'))
  .default('');
/**
 * Names as printed in a passport: Latin letters (with diacritics), spaces, hyphens, apostrophes.
 * Runs of white space (a tab or line break pasted from a spreadsheet) become one space, as printed.
 */
const passportName = z
  .string(code('invalid'))
  .overwrite((v) => v.replace(/\s+/gu, ' ').trim())
  .max(100, code('tooLong'))
  .min(1, code('required'))
  .refine((v) => /^[\p{Script=Latin}\p{M} '’.-]*$/u.test(v), code('latinOnly'));
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, code('invalidChoice'));

const colour = z
  .string(code('invalidColour'))
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, code('invalidColour'))
  .default(VISIT_COLOUR_NAMES.blue);

/** Who meets the guest (arrival) or takes them to the airport or station (departure), and when the car leaves. */
export const pickupSchema = z.strictObject({
  vehicle: optionalText(100),
  driver: optionalText(200),
  escort: optionalText(200),
  leaveAt: optionalTime,
});
export type Pickup = z.infer<typeof pickupSchema>;
export const emptyPickup: Pickup = { vehicle: '', driver: '', escort: '', leaveAt: '' };

/** One way of a guest's journey. Guests on the same flight share one transfer. */
export const travelLegSchema = z.strictObject({
  mode: choice(TRAVEL_MODES).default('flight'),
  date: optionalDate,
  time: optionalTime,
  /** Flight or train number. */
  flight: optionalText(20),
  /** Airport or station. */
  airport: optionalText(100),
  terminal: optionalText(20),
  pickup: pickupSchema.default(emptyPickup),
});
export type TravelLeg = z.infer<typeof travelLegSchema>;
export type TravelLegInput = z.input<typeof travelLegSchema>;
export const emptyLeg: TravelLeg = {
  mode: 'flight',
  date: '',
  time: '',
  flight: '',
  airport: '',
  terminal: '',
  pickup: emptyPickup,
};

export const passportSchema = z
  .strictObject({
    number: optionalText(30),
    issuingCountry: optionalCountry,
    issueDate: optionalDate,
    expiryDate: optionalDate,
  })
  .superRefine((p, ctx) => {
    if (p.issueDate && p.expiryDate && p.expiryDate <= p.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'expiryBeforeIssue' });
    }
  });
export type Passport = z.infer<typeof passportSchema>;

/** A guest as the user enters it; the core adds the id. */
export const guestInputSchema = z
  .strictObject({
    role: choice(GUEST_ROLES).default('member'),
    category: choice(GUEST_CATEGORIES),
    honorific: choice(HONORIFICS).default('none'),
    gender: z.union([z.literal(''), choice(GENDERS)], code('invalidChoice')).default(''),
    surname: passportName,
    givenNames: passportName,
    nameAz: optionalText(200),
    nameCyrillic: optionalText(200),
    position: optionalText(200),
    organisation: optionalText(200),
    /** The language position and organisation were typed in, and their translations. */
    lang: languageSchema.optional(),
    translations: translationsSchema(TRANSLATED_FIELDS.guest).optional(),
    citizenship: optionalCountry,
    dateOfBirth: optionalDate,
    /** As the passport prints it: a visa invitation carries it. */
    placeOfBirth: optionalText(200),
    /** Where the guest lives, as an embassy asks for it. */
    homeAddress: optionalText(300),
    passport: passportSchema.default({ number: '', issuingCountry: '', issueDate: '', expiryDate: '' }),
    email: optionalEmail,
    phone: optionalText(50),
    dietaryNeeds: optionalText(500),
    accessNeeds: optionalText(500),
    letterLanguage: z.union([z.literal(''), choice(LANGUAGES)], code('invalidChoice')).default(''),
    arrival: travelLegSchema.default(emptyLeg),
    departure: travelLegSchema.default(emptyLeg),
  })
  .superRefine((g, ctx) => {
    if (g.dateOfBirth && g.dateOfBirth > todayInBaku()) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'inTheFuture' });
    }
    if (g.arrival.date && g.departure.date && g.departure.date < g.arrival.date) {
      ctx.addIssue({ code: 'custom', path: ['departure', 'date'], message: 'departureBeforeArrival' });
    }
  });
export type GuestInput = z.input<typeof guestInputSchema>;
export type GuestData = z.output<typeof guestInputSchema>;
export type Guest = GuestData & { id: string };

export const visitInputSchema = z
  .strictObject({
    title: requiredText(200),
    partnerName: optionalText(200),
    partnerCountry: optionalCountry,
    /** The partners in the directory this visit comes from (several for a joint delegation). */
    partnerIds: z
      .array(z.string(code('invalid')).refine(isPortableId, code('invalid')))
      .max(10)
      .default([]),
    purpose: optionalText(1000),
    hostUnit: optionalText(200),
    status: choice(VISIT_STATUSES).default('draft'),
    arrivalDate: isoDate,
    departureDate: isoDate,
    responsibleOfficer: optionalText(200),
    colour,
    notes: optionalText(5000),
    /** The language title, purpose and partner were typed in, and their translations. */
    lang: languageSchema.optional(),
    translations: translationsSchema(TRANSLATED_FIELDS.visit).optional(),
  })
  .superRefine((v, ctx) => {
    if (isIsoDate(v.arrivalDate) && isIsoDate(v.departureDate) && v.departureDate < v.arrivalDate) {
      ctx.addIssue({ code: 'custom', path: ['departureDate'], message: 'departureBeforeArrival' });
    }
  });
export type VisitInput = z.input<typeof visitInputSchema>;
export type VisitData = z.output<typeof visitInputSchema>;

export interface Visit extends VisitData {
  id: string;
  guests: Guest[];
  stays: Stay[];
  programme: ProgrammeItem[];
  /** Rooms held per hotel for this visit, where the officer has set a number. */
  roomBlocks: RoomBlock[];
  /** Written after the visit: outcomes and follow-ups (absent on a visit that has none yet). */
  report?: VisitReport;
  /** For calendar files: rises with every change; the events removed since (`calendar-memory.ts`). */
  revision?: number;
  removedEvents?: RemovedEvent[];
  /** Who made the last change and when; the last changes, newest last (`visit-history.ts`). Absent on visits from before. */
  changedBy?: string;
  changedAt?: string;
  history?: HistoryEntry[];
  /** Fields two officers changed differently while apart, to settle (`sync-conflicts.ts`). */
  syncConflicts?: SyncConflict[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A stored id: the app makes them (`newId`, lower-case hex), and one from a file or an archive must
 * name a file on every system: never `CON` or `nul`, never two that differ only in case.
 */
export const storedIdSchema = idSchema;

/** A moment as the app writes one (`toISOString`): a year of four digits, in UTC. */
export const timestampSchema = z.iso.datetime();

export const guestSchema = z.object({ ...guestInputSchema.shape, id: storedIdSchema });

/** How a stored visit must look; files read from disk are checked against it. */
export const visitSchema = z.object({
  ...visitInputSchema.shape,
  id: storedIdSchema,
  guests: z.array(guestSchema).superRefine((guests, ctx) => {
    const twin = idCollidingInCase(guests.map((g) => g.id));
    if (twin !== undefined) ctx.addIssue({ code: 'custom', message: 'invalid', input: twin });
  }),
  // Visits saved before accommodation existed have no stays.
  stays: z.array(staySchema).default([]),
  programme: z.array(programmeItemSchema).default([]),
  roomBlocks: z.array(roomBlockSchema).default([]),
  report: visitReportSchema.optional(),
  ...calendarMemoryShape,
  ...changeMetadataShape,
  syncConflicts: z.array(syncConflictSchema).max(SYNC_CONFLICTS_MAX).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The date by which a passport must still be valid: three months after the guest leaves. */
export function passportValidUntilRequired(departureDate: string): string {
  return addMonths(departureDate, 3);
}
