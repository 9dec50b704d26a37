import { z } from 'zod';
import type { GuestData, VisitData } from '../../shared/domain';
import type { Institution, Signatory, VerificationContact } from '../../shared/institution';
import type { Language } from '../../shared/languages';

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
export const PAYERS = ['host', 'partner', 'guest'] as const;
export type Payer = (typeof PAYERS)[number];

export const costSchema = z.strictObject({ item: z.enum(COST_ITEMS), payer: z.enum(PAYERS) });
export type Cost = z.output<typeof costSchema>;

export const addresseeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('embassy'), text: z.string().trim().min(1).max(500) }),
  z.strictObject({ kind: z.literal('toWhomItMayConcern') }),
]);
export type Addressee = z.output<typeof addresseeSchema>;

/** What the officer chooses when issuing, as opposed to what the store already knows. */
export const letterOptionsSchema = z.strictObject({
  cities: z.string().trim().min(1).max(300),
  accommodation: z.string().trim().min(1).max(500),
  costs: z.array(costSchema).max(COST_ITEMS.length * PAYERS.length),
});

/** The parts of a visit a letter prints. */
export type LetterVisit = Pick<
  VisitData,
  'title' | 'purpose' | 'arrivalDate' | 'departureDate' | 'partnerName'
>;

export interface LetterInput {
  institution: Institution;
  signatory: Signatory;
  language: Language;
  /** The outgoing number as printed, from `formatOutgoingNumber`. */
  number: string;
  /** `YYYY-MM-DD`, Baku time. */
  issueDate: string;
  guest: GuestData;
  visit: LetterVisit;
  /** The cities to be visited, as one phrase: `Baku and Ganja`. */
  cities: string;
  /** Hotel name and address, or who provides the room. */
  accommodation: string;
  costs: readonly Cost[];
  /** Who answers an embassy's call about this letter; the institution's contact when left out. */
  verificationContact?: VerificationContact;
}

export interface VisaInvitationInput extends LetterInput {
  addressee: Addressee;
}

export interface OfficialInvitationInput extends LetterInput {
  /** Main points of the programme, one line each: `Meeting with the Rector`, `Signing of the MoU`. */
  highlights: readonly string[];
}

/** A letter that cannot be built from what it was given; `fields` name what is missing. */
export class LetterInputError extends Error {
  constructor(
    readonly code: 'missingFields' | 'invalidInput',
    readonly fields: readonly string[],
  ) {
    super(`${code}: ${fields.join(', ')}`);
    this.name = 'LetterInputError';
  }
}
