import { z } from 'zod';
import { LANGUAGES } from './languages';
import { fieldError } from './validation';
import { optionalEmail, optionalText, requiredText } from './fields';
import { optionalCountry, optionalDate, storedIdSchema, timestampSchema } from './domain';
import {
  AGREEMENT_KINDS,
  AGREEMENT_PROVISIONS,
  AGREEMENT_STATUSES,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MEDIA_TYPES,
  PARTNER_KINDS,
} from './partner-constants';

export * from './partner-constants';

/**
 * The department's partners (universities, ministries, embassies…) and its agreements with them.
 * Both live in the data folder's `partners.json` (decision 0022), apart from the visits, which link
 * to partners by id (`Visit.partnerIds`).
 */

const code = fieldError;
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, code('invalidChoice'));

export const contactSchema = z.strictObject({
  name: requiredText(200),
  position: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50),
  /** The language to write to them in. */
  language: z.union([z.literal(''), choice(LANGUAGES)], code('invalidChoice')).default(''),
});
export type ContactInput = z.input<typeof contactSchema>;
export type Contact = z.output<typeof contactSchema>;

/** A name in each of the app's languages; '' where none is given. */
export const namesSchema = z
  .strictObject({ az: optionalText(300), en: optionalText(300), ru: optionalText(300) })
  .default({ az: '', en: '', ru: '' });

export const partnerInputSchema = z.strictObject({
  /** As the organisation writes it, in its own language and script ("Ankara Üniversitesi"). */
  officialName: requiredText(300),
  names: namesSchema,
  shortName: optionalText(50),
  country: optionalCountry,
  city: optionalText(100),
  kind: choice(PARTNER_KINDS).default('university'),
  website: optionalText(300),
  contacts: z.array(contactSchema).max(50).default([]),
  notes: optionalText(5000),
});
export type PartnerInput = z.input<typeof partnerInputSchema>;
export type PartnerData = z.output<typeof partnerInputSchema>;
/** Who changed a partner or an agreement last, and when (the store signs them); absent on those from before. */
const signedShape = {
  changedBy: z.string().max(200).optional(),
  changedAt: timestampSchema.optional(),
};
export const partnerSchema = z.object({
  ...partnerInputSchema.shape,
  id: storedIdSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  ...signedShape,
});
export type Partner = z.output<typeof partnerSchema>;

export const signatorySchema = z.strictObject({ name: requiredText(200), position: optionalText(200) });
export type Signatory = z.output<typeof signatorySchema>;

/** The signed copy kept with the data (limits in partner-constants.ts). */
export const attachmentSchema = z.strictObject({
  fileName: z.string().min(1).max(200),
  /** Hex SHA-256 of the bytes: the file's name in `attachments/`. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(1).max(ATTACHMENT_MAX_BYTES),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  addedAt: timestampSchema,
});
export type Attachment = z.output<typeof attachmentSchema>;

export const agreementInputSchema = z
  .strictObject({
    partnerId: storedIdSchema,
    kind: choice(AGREEMENT_KINDS).default('mou'),
    /** The title in each language; at least one is required. */
    title: namesSchema,
    status: choice(AGREEMENT_STATUSES).default('draft'),
    signedDate: optionalDate,
    validFrom: optionalDate,
    /** '' for an agreement without an end. */
    validTo: optionalDate,
    autoRenewal: z.boolean(code('invalid')).default(false),
    hostSignatories: z.array(signatorySchema).max(10).default([]),
    partnerSignatories: z.array(signatorySchema).max(10).default([]),
    /** The faculties or departments of the university involved. */
    units: z.array(requiredText(200)).max(30).default([]),
    provisions: z.array(choice(AGREEMENT_PROVISIONS)).max(AGREEMENT_PROVISIONS.length).default([]),
    notes: optionalText(5000),
  })
  .superRefine((a, ctx) => {
    if (!a.title.az && !a.title.en && !a.title.ru) {
      ctx.addIssue({ code: 'custom', path: ['title', 'en'], message: 'required' });
    }
    if (a.validFrom && a.validTo && a.validTo < a.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'endBeforeStart' });
    }
    if (a.status === 'signed' && !a.signedDate) {
      ctx.addIssue({ code: 'custom', path: ['signedDate'], message: 'required' });
    }
  });
export type AgreementInput = z.input<typeof agreementInputSchema>;
export type AgreementData = z.output<typeof agreementInputSchema>;
export const agreementSchema = z.object({
  ...agreementInputSchema.shape,
  id: storedIdSchema,
  attachment: attachmentSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  ...signedShape,
});
export type Agreement = z.output<typeof agreementSchema>;

/** `partners.json`: the directory, and what was deleted from it (kept so a deletion can be undone). */
export const partnersDocSchema = z.object({
  /** The last migration applied (`migrations.ts`), as every stored document records it. */
  schemaVersion: z.number().int().optional(),
  partners: z.array(partnerSchema),
  agreements: z.array(agreementSchema),
  trash: z
    .object({ partners: z.array(partnerSchema), agreements: z.array(agreementSchema) })
    .default({ partners: [], agreements: [] }),
});
export type PartnersDoc = z.output<typeof partnersDocSchema>;
export const emptyPartnersDoc = (): PartnersDoc => ({
  partners: [],
  agreements: [],
  trash: { partners: [], agreements: [] },
});
