/** The letter engine: pure functions from institution, guest and visit to a .docx file's bytes. */
export { buildVisaInvitation } from './visa-invitation';
export { buildOfficialInvitation } from './official-invitation';
export { fillTemplate, placeholderTexts } from './template';
export { checkVisaInvitation, type VisaCheck, type VisaRequiredField, type VisaWarning } from './check';
export { salutation, passportName } from './names';
export {
  COST_ITEMS,
  PAYERS,
  LetterInputError,
  addresseeSchema,
  costSchema,
  letterOptionsSchema,
  type Addressee,
  type Cost,
  type CostItem,
  type InvitationInput,
  type LetterInput,
  type LetterVisit,
  type OfficialInvitationInput,
  type Payer,
  type VisaInvitationInput,
} from './types';
