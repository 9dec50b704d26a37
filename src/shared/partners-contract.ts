import { z } from 'zod';
import { formOpenedSchema, idSchema, method, none } from './contract-method';
import { isoDate } from './domain';
import { fieldError } from './validation';
import type { VisitStatus } from './domain';
import {
  agreementInputSchema,
  ATTACHMENT_MAX_BYTES,
  PARTNER_KINDS,
  partnerInputSchema,
  RENEWAL_DAYS_MAX,
  type Agreement,
  type Partner,
  type PartnerKind,
} from './partners';

/** A row of the partners directory. */
export interface PartnerSummary {
  id: string;
  officialName: string;
  names: Partner['names'];
  shortName: string;
  country: string;
  city: string;
  kind: PartnerKind;
  visitCount: number;
  agreementCount: number;
  /** The first end date of a signed agreement still in force, or ''. */
  nextEnd: string;
}

/** A visit of a partner as its page lists it. */
export interface PartnerVisit {
  id: string;
  title: string;
  status: VisitStatus;
  arrivalDate: string;
  departureDate: string;
  guestCount: number;
  headName: string;
  /** Letters issued from the register for this visit, voided ones left out. */
  letterCount: number;
}

/** One line of a partner's timeline, newest first. */
export interface TimelineEvent {
  date: string;
  kind:
    'visitArrives' | 'visitLeaves' | 'agreementSigned' | 'agreementStarts' | 'agreementEnds' | 'letterIssued';
  /** The visit, agreement or register entry. */
  refId: string;
  /** The visit's title, the agreement's title or the letter's number. */
  label: string;
}

/** An agreement that ends soon (signed, with an end date within the window). */
export interface Renewal {
  agreementId: string;
  partnerId: string;
  partnerName: string;
  title: Partner['names'];
  validTo: string;
  daysLeft: number;
  autoRenewal: boolean;
}

export interface PartnerDetail {
  partner: Partner;
  agreements: Agreement[];
  visits: PartnerVisit[];
  timeline: TimelineEvent[];
  renewals: Renewal[];
}

/** Visits whose free-text partner names read as one organisation, proposed to become (or join) one partner. */
export interface LinkProposal {
  /** Stable for one set of names: the answer names the proposal by it. */
  key: string;
  /** The names as the visits spell them, each with how many visits use it. */
  names: { name: string; visits: number }[];
  visitIds: string[];
  country: string;
  /** A partner already in the directory these names match, if any. */
  partnerId: string | null;
  /** What a new partner would hold, drawn from the names (by script and language) and the country. */
  suggested: z.output<typeof partnerInputSchema>;
}

export const linkChoiceSchema = z.strictObject({
  visitIds: z.array(idSchema).min(1, fieldError('required')).max(10_000),
  /** Link to this partner… */
  partnerId: idSchema.optional(),
  /** …or to a new one made from this. */
  partner: partnerInputSchema.optional(),
});

/** What `partners.applyLinks` changed, to take it back as one change. */
export const linkUndoSchema = z.strictObject({
  createdPartnerIds: z.array(idSchema).max(10_000),
  /** Each visit's partner ids before. */
  visits: z.array(z.strictObject({ id: idSchema, partnerIds: z.array(idSchema).max(10) })).max(10_000),
});
export type LinkUndo = z.output<typeof linkUndoSchema>;

/** What signing an agreement at a ceremony changed, to take it back. */
export const signUndoSchema = z.strictObject({
  agreementId: idSchema,
  status: agreementInputSchema.shape.status,
  signedDate: z.string().max(10),
});
export type SignUndo = z.output<typeof signUndoSchema>;

/** How many days ahead renewals are shown: a request's window, or the setting. */
export const renewalDaysSchema = z
  .number(fieldError('invalid'))
  .int(fieldError('invalid'))
  .min(1, fieldError('invalid'))
  .max(RENEWAL_DAYS_MAX, fieldError('invalid'));

export const partnerMethods = {
  /** The directory, searched across scripts and spellings as the visit list is. */
  'partners.list': method<PartnerSummary[]>()(
    z.strictObject({
      text: z.string().max(200, fieldError('tooLong')).default(''),
      kind: z.union([z.literal(''), z.enum(PARTNER_KINDS)], fieldError('invalidChoice')).default(''),
      country: z.string().max(2).default(''),
    }),
  ),
  'partners.get': method<PartnerDetail>()(z.strictObject({ id: idSchema })),
  /** Creates a partner without `id`, replaces the one with it. */
  'partners.save': method<Partner>()(
    z.strictObject({ id: idSchema.optional(), partner: partnerInputSchema, opened: formOpenedSchema }),
  ),
  /** Moves a partner and its agreements to the trash; visits keep their link (shown as deleted) until restored. */
  'partners.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  'partners.restore': method<Partner>()(z.strictObject({ id: idSchema })),
  /** Groups the visits' free-text partner names into proposed partners. Saves nothing. */
  'partners.proposeLinks': method<LinkProposal[]>()(none),
  /** Links the chosen visits to partners (creating those asked for) as one change. */
  'partners.applyLinks': method<{ created: number; linked: number; undo: LinkUndo }>()(
    z.strictObject({ choices: z.array(linkChoiceSchema).min(1, fieldError('required')).max(2000) }),
  ),
  'partners.undoLinks': method<{ restored: number }>()(z.strictObject({ undo: linkUndoSchema })),
  /** Creates an agreement without `id`, replaces the one with it (the attachment is kept). */
  'agreements.save': method<Agreement>()(
    z.strictObject({ id: idSchema.optional(), agreement: agreementInputSchema, opened: formOpenedSchema }),
  ),
  'agreements.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  'agreements.restore': method<Agreement>()(z.strictObject({ id: idSchema })),
  /** Keeps the signed copy (PDF, JPEG, PNG or TIFF) with the data; `attachmentTooLarge` past the limit. */
  'agreements.attach': method<Agreement>()(
    z.strictObject({
      id: idSchema,
      fileName: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(200, fieldError('tooLong')),
      base64: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4 * 1024 * 1024, fieldError('tooLong')),
    }),
  ),
  'agreements.detach': method<Agreement>()(z.strictObject({ id: idSchema })),
  /** The signed copy's bytes. */
  'agreements.file': method<{ fileName: string; base64: string }>()(z.strictObject({ id: idSchema })),
  /** Signed agreements ending within `days` (else the setting) of `today` (else the clock's day in Baku). */
  'agreements.renewals': method<Renewal[]>()(
    z.strictObject({ days: renewalDaysSchema.optional(), today: isoDate.optional() }),
  ),
  /** A ceremony signs an agreement: its status becomes signed and its date the ceremony's. */
  'agreements.sign': method<{ agreement: Agreement; undo: SignUndo }>()(
    z.strictObject({ id: idSchema, date: isoDate }),
  ),
  'agreements.unsign': method<Agreement>()(z.strictObject({ undo: signUndoSchema })),
} as const;
