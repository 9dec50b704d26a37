import {
  formatOutgoingNumber,
  outgoingNumberFormatSchema,
  type Institution,
  type OutgoingNumberFormat,
  type Signatory,
} from '../../../shared/institution';

const NO_TEXT = { az: '', en: '', ru: '' };

/** A blank institution, as Settings shows it before anything has been saved. */
export const EMPTY_INSTITUTION: Institution = {
  name: NO_TEXT,
  address: NO_TEXT,
  city: NO_TEXT,
  phone: '',
  email: '',
  website: '',
  taxId: '',
  logo: null,
  signatories: [],
  outgoingNumber: { prefix: '', padding: 0, yearlyRestart: true, pattern: '{prefix}{n}/{year}' },
  verificationContact: { name: '', phone: '', email: '' },
};

/** Ids only need to be unique within the institution; the core keeps them as given. */
function newId(): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `s-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

export function newSignatory(): Signatory {
  return { id: newId(), name: { ...NO_TEXT }, position: { ...NO_TEXT } };
}

/**
 * The number the seventh letter of this year would get, to show what the format gives while it is
 * typed; null while the format is not one the core would accept.
 */
export function numberExample(format: OutgoingNumberFormat, year: number): string | null {
  const parsed = outgoingNumberFormatSchema.safeParse(format);
  if (!parsed.success) return null;
  try {
    return formatOutgoingNumber(parsed.data, 7, year);
  } catch {
    return null;
  }
}
