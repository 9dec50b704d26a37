import type { GuestData, VisitData } from '../../shared/domain';
import type { Institution, Signatory, VerificationContact } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import type { Addressee, Cost, VisaRequest } from '../../shared/letters';

export {
  COST_ITEMS,
  PAYERS,
  addresseeSchema,
  costSchema,
  letterOptionsSchema,
  type Addressee,
  type Cost,
  type CostItem,
  type Payer,
  type VisaRequest,
} from '../../shared/letters';

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
  /** The register entry's revision: 2 and on print a mark beside the number; a first issue prints none. */
  revision?: number;
}

export interface VisaInvitationInput extends LetterInput {
  addressee: Addressee;
  /** The visa asked for and where it is collected; without it the letter asks for an entry visa only. */
  visa?: VisaRequest;
  /**
   * The other members of the delegation, each with texts in the letter's language: when given (and
   * not empty), the letter invites the guest as its head and lists everyone in an annex.
   */
  delegation?: readonly GuestData[];
}

export interface OfficialInvitationInput extends LetterInput {
  /** Main points of the programme, one line each: `Meeting with the Rector`, `Signing of the MoU`. */
  highlights: readonly string[];
}

/** What a letter of either kind may be built from: the checked input the service hands the engine. */
export type InvitationInput = VisaInvitationInput & OfficialInvitationInput;

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
