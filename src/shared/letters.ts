import { z } from 'zod';
import { LANGUAGES, type Language } from './languages';
import { fieldError as code } from './validation';
import {
  COST_ITEMS,
  LETTER_KINDS,
  PAYERS,
  VISA_ENTRIES,
  VISA_MAX_DAYS,
  VISA_TYPES,
  type LetterKind,
} from './letter-constants';

export * from './letter-constants';

export const costSchema = z.strictObject({
  item: z.enum(COST_ITEMS, code('invalidChoice')),
  payer: z.enum(PAYERS, code('invalidChoice')),
});
export type Cost = z.output<typeof costSchema>;

export const addresseeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('embassy'),
    text: z.string(code('required')).trim().min(1, code('required')).max(500, code('tooLong')),
  }),
  z.strictObject({ kind: z.literal('toWhomItMayConcern') }),
]);
export type Addressee = z.output<typeof addresseeSchema>;

/** Where the guest collects the visa: a named embassy or consulate, or an ASAN e-visa applied for online. */
export const visaCollectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notStated') }),
  z.strictObject({
    kind: z.literal('embassy'),
    /** As printed, in the letter's language: `Embassy of the Republic of Azerbaijan in Ankara (Türkiye)`. */
    place: z.string(code('required')).trim().min(1, code('required')).max(300, code('tooLong')),
  }),
  z.strictObject({ kind: z.literal('eVisa') }),
]);
export type VisaCollection = z.output<typeof visaCollectionSchema>;

/** The kind of visa, its entries and its validity: asked for in a letter, defaulted in Settings. */
export const visaTypeSchema = z.enum(VISA_TYPES, code('invalidChoice')).default('scienceAndEducation');
export const visaEntriesSchema = z.enum(VISA_ENTRIES, code('invalidChoice')).default('single');
/** Days the visa is asked to be valid for; null asks for the dates of the stay. */
export const visaValidityDaysSchema = z
  .number(code('invalid'))
  .int(code('invalid'))
  .min(1, code('invalid'))
  .max(VISA_MAX_DAYS.multiple, code('tooLong'))
  .nullable()
  .default(null);

/** The visa a visa invitation asks for. */
export const visaRequestSchema = z
  .strictObject({
    type: visaTypeSchema,
    entries: visaEntriesSchema,
    validityDays: visaValidityDaysSchema,
    collection: visaCollectionSchema.default({ kind: 'notStated' }),
  })
  .superRefine((visa, ctx) => {
    if (visa.validityDays !== null && visa.validityDays > VISA_MAX_DAYS[visa.entries]) {
      ctx.addIssue({ code: 'custom', path: ['validityDays'], message: 'tooLong' });
    }
  });
export type VisaRequest = z.output<typeof visaRequestSchema>;

export const letterOptionsSchema = z.strictObject({
  cities: z.string(code('required')).trim().min(1, code('required')).max(300, code('tooLong')),
  accommodation: z.string(code('required')).trim().min(1, code('required')).max(500, code('tooLong')),
  costs: z.array(costSchema).max(COST_ITEMS.length * PAYERS.length),
  /** The visa asked for; a letter without it asks for an entry visa for the visit, as before. */
  visa: visaRequestSchema.optional(),
  /**
   * A visa invitation to the head of delegation that covers the whole delegation: the other guests
   * of the visit are listed in an annex with their passport data.
   */
  groupAnnex: z.boolean(code('invalid')).default(false),
});
export type LetterOptions = z.output<typeof letterOptionsSchema>;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, code('invalid'));

/** One letter to build: for a guest of a visit, of a kind, in a language. */
export const letterRequestSchema = z.strictObject({
  visitId: id,
  guestId: id,
  kind: z.enum(LETTER_KINDS, code('invalidChoice')),
  language: z.enum(LANGUAGES, code('invalidChoice')),
  signatoryId: z.string(code('required')).trim().min(1, code('required')).max(100, code('tooLong')),
  addressee: addresseeSchema.default({ kind: 'toWhomItMayConcern' }),
  options: letterOptionsSchema,
  /** Main points of the programme, for an official invitation. */
  highlights: z
    .array(z.string().trim().min(1).max(300, code('tooLong')))
    .max(20)
    .default([]),
});
export type LetterRequest = z.input<typeof letterRequestSchema>;

/** An entry in the outgoing register. A re-issue keeps the number and adds a revision. */
export interface RegisterEntry {
  id: string;
  /** The running number within its year (or overall, when numbers do not restart). */
  sequence: number;
  year: number;
  number: string;
  date: string;
  kind: LetterKind;
  language: Language;
  visitId: string;
  visitTitle: string;
  guestId: string;
  guestName: string;
  fileName: string;
  revision: number;
  revisions: { revision: number; date: string; issuedAt: string }[];
  issuedAt: string;
  /** Set while the number is voided: the letter is withdrawn, the number stays taken. */
  voided?: { reason: string; at: string };
  /**
   * Set on a letter another computer of the office issued (office sharing): who issued it. Its file,
   * its re-issue and its void are on that computer; this one only lists it.
   */
  issuedElsewhere?: { by: string };
}

/** A built letter handed to the UI: its bytes, and the register entry when it was issued. */
export interface LetterFile {
  fileName: string;
  /** The .docx bytes, base64-encoded so they cross IPC and HTTP alike. */
  base64: string;
  warnings: { code: 'passportExpiresSoon'; params: Record<string, string> }[];
}

/** An issued letter: its file and its entry in the register. */
export type IssuedLetter = LetterFile & { entry: RegisterEntry };
