import { isOneOf } from './one-of';

/**
 * What an officer chooses when issuing a letter, and the limits of issuing, apart from the schemas
 * that check them (letters.ts): shared by the contract, the core and the UI, which offers the choices
 * without loading zod.
 */

export const LETTER_KINDS = ['visaInvitation', 'officialInvitation'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const isLetterKind = (value: unknown): value is LetterKind => isOneOf(LETTER_KINDS, value);

export const COST_ITEMS = [
  'accommodation',
  'meals',
  'localTransport',
  'internationalTravel',
  'visaFee',
  'medicalInsurance',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

/** Who bears a cost: the host institution, the sending partner organisation, or the guest. */
export { PAYERS, type Payer } from './payer-constants';

/**
 * The purposes of an ordinary entry visa (Migration Code art. 24.5) a university invites for: talks and
 * teaching (business), conferences, research and study (science and education, art. 27, the visa an
 * education institution applies for), and its cultural and sports events. Diplomatic and service visas
 * are for official purposes on a state body's request, not a university's, so they are not offered.
 */
export const VISA_TYPES = ['scienceAndEducation', 'business', 'cultural', 'sports'] as const;
export type VisaType = (typeof VISA_TYPES)[number];

/** An entry visa is single or multiple (art. 24.2); double entry exists only for transit. */
export const VISA_ENTRIES = ['single', 'multiple'] as const;
export type VisaEntries = (typeof VISA_ENTRIES)[number];

/** Longest validity asked for: 90 days for a single-entry visa, two years for a multiple one (art. 24.6). */
export const VISA_MAX_DAYS: Record<VisaEntries, number> = { single: 90, multiple: 730 };

export const VISA_COLLECTIONS = ['notStated', 'embassy', 'eVisa'] as const;
export type VisaCollectionKind = (typeof VISA_COLLECTIONS)[number];

/** Longest reason a void may give. */
export const VOID_REASON_MAX = 500;

/**
 * Most letters one `letters.issueMany` call takes: every answer carries its .docx (each with the
 * logo) in one message, which has to stay a size IPC and HTTP carry comfortably.
 */
export const ISSUE_MANY_MAX = 50;
/**
 * Letters a bulk issue asks for at a time: numbered in one write of the register, and few enough
 * that the progress bar moves and a stop takes effect soon.
 */
export const BULK_ISSUE_CHUNK = 20;
