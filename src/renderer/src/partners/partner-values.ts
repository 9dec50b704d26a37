import { ATTACHMENT_MAX_BYTES } from '../../../shared/partner-constants';
import type { Agreement, AgreementData, Contact, Partner, PartnerData } from '../../../shared/partners';
import { LANGUAGES, type Language } from '../../../shared/languages';

/**
 * What the partners' pages work out apart from React: the text to show in the UI language, the form
 * values a partner or an agreement opens with, and whether a chosen file can be attached at all.
 */

export type Names = Record<Language, string>;

/**
 * A text in `language` where it was given, else the first other given (in the order Qonaq lists its
 * languages), with the language it is in: the page marks a text shown in another language.
 */
export function textIn(names: Names, language: Language): { text: string; language: Language } | null {
  if (names[language].trim()) return { text: names[language], language };
  const other = LANGUAGES.find((l) => names[l].trim() !== '');
  return other ? { text: names[other], language: other } : null;
}

/** The name beneath the official one in the directory: in the UI language, when it reads differently. */
export function translatedName(partner: { officialName: string; names: Names }, language: Language): string {
  const name = partner.names[language].trim();
  return name && name !== partner.officialName.trim() ? name : '';
}

export type PartnerFormValues = PartnerData;

export const emptyPartner = (): PartnerFormValues => ({
  officialName: '',
  names: { az: '', en: '', ru: '' },
  shortName: '',
  country: '',
  city: '',
  kind: 'university',
  website: '',
  contacts: [],
  notes: '',
});

export function partnerValues(partner: Partner): PartnerFormValues {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = partner;
  return { ...values, names: { ...values.names }, contacts: values.contacts.map((c) => ({ ...c })) };
}

export const emptyContact = (): Contact => ({
  name: '',
  position: '',
  email: '',
  phone: '',
  language: '',
});

export type AgreementFormValues = AgreementData;

export const emptyAgreement = (partnerId: string): AgreementFormValues => ({
  partnerId,
  kind: 'mou',
  title: { az: '', en: '', ru: '' },
  status: 'draft',
  signedDate: '',
  validFrom: '',
  validTo: '',
  autoRenewal: false,
  hostSignatories: [],
  partnerSignatories: [],
  units: [],
  provisions: [],
  notes: '',
});

export function agreementValues(agreement: Agreement): AgreementFormValues {
  return {
    partnerId: agreement.partnerId,
    kind: agreement.kind,
    title: { ...agreement.title },
    status: agreement.status,
    signedDate: agreement.signedDate,
    validFrom: agreement.validFrom,
    validTo: agreement.validTo,
    autoRenewal: agreement.autoRenewal,
    hostSignatories: agreement.hostSignatories.map((s) => ({ ...s })),
    partnerSignatories: agreement.partnerSignatories.map((s) => ({ ...s })),
    units: [...agreement.units],
    provisions: [...agreement.provisions],
    notes: agreement.notes,
  };
}

/** Whether a file chosen from disk may be sent at all: past the limit it is refused before it is read. */
export const fitsAttachmentLimit = (size: number): boolean => size <= ATTACHMENT_MAX_BYTES;

/** The limit as the refusal states it, in whole megabytes. */
export const ATTACHMENT_LIMIT_MB = Math.round(ATTACHMENT_MAX_BYTES / (1024 * 1024));
