import { isOneOf } from './one-of';

/**
 * The partner directory's plain lists and limits, without zod, so the renderer reads them cheaply;
 * the schemas in partners.ts and partners-contract.ts are built from them.
 */

export const PARTNER_KINDS = ['university', 'ministry', 'embassy', 'agency', 'company', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const isPartnerKind = (value: unknown): value is PartnerKind => isOneOf(PARTNER_KINDS, value);

export const AGREEMENT_KINDS = ['mou', 'cooperation', 'erasmusIia', 'mevlana', 'orhun', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_STATUSES = ['draft', 'negotiation', 'signed', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/** What an agreement provides for. */
export const AGREEMENT_PROVISIONS = [
  'staffExchange',
  'studentExchange',
  'jointResearch',
  'jointProgrammes',
  'other',
] as const;
export type AgreementProvision = (typeof AGREEMENT_PROVISIONS)[number];

/** The signed copy kept with the data: a PDF or a scan. Larger files are refused (`attachmentTooLarge`). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;

/** How many days ahead an ending agreement is shown on Today and on its partner's page, by default. */
export const RENEWAL_DAYS_DEFAULT = 90;
/** The longest window the setting and a request accept: ten years. */
export const RENEWAL_DAYS_MAX = 3650;
