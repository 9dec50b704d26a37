import { z } from 'zod';
import { decodeBase64 } from './base64';
import { letterheadTemplateSchema } from './letterhead-template-schema';
import { fieldError } from './validation';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, NUMBER_PADDING_MAX, type LogoMime } from './institution-constants';
import { TRANSLATED_FIELDS } from './texts';
import { languageSchema, translationsSchema } from './translations-schema';
import { optionalEmail, optionalText, requiredText, text } from './fields';
import { VISA_COLLECTIONS, visaEntriesSchema, visaTypeSchema, visaValidityDaysSchema } from './letters';

export { decodeBase64 } from './base64';
export * from './institution-constants';

/**
 * The institution's settings: what its letterhead says, who signs, how outgoing letters are numbered.
 * Entered once in Settings and read by every letter.
 */

const code = fieldError;

/** One text in each document language; letters take the one of their language. */
const perLanguage = <T extends z.ZodType>(value: T) => z.strictObject({ az: value, en: value, ru: value });

export type ImageProblem = 'notBase64' | 'tooLarge' | 'notPngOrJpeg' | 'noSize';
export type ImageInfo = { mime: LogoMime; width: number; height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at] ?? 0) * 2 ** 24 +
    ((bytes[at + 1] ?? 0) << 16) +
    ((bytes[at + 2] ?? 0) << 8) +
    (bytes[at + 3] ?? 0)
  );
}

function readUint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) + (bytes[at + 1] ?? 0);
}

/** A JPEG's size sits in its first start-of-frame segment; the segments before it are skipped by length. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = readUint16(bytes, at + 2);
    // SOF0-SOF15 carry the frame size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: readUint16(bytes, at + 5), width: readUint16(bytes, at + 7) };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/**
 * What an image really is, read from its bytes rather than from its file name or declared type,
 * so that a renamed file or a crafted upload never reaches a letter.
 */
export function inspectImage(bytes: Uint8Array): ImageInfo | ImageProblem {
  if (bytes.length > LOGO_MAX_BYTES) return 'tooLarge';
  if (bytes.length > 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const width = readUint32(bytes, 16);
    const height = readUint32(bytes, 20);
    return width > 0 && height > 0 ? { mime: 'image/png', width, height } : 'noSize';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return size && size.width > 0 && size.height > 0 ? { mime: 'image/jpeg', ...size } : 'noSize';
  }
  return 'notPngOrJpeg';
}

/** Checks a base64 image as a logo: PNG or JPEG by its magic bytes, at most 2 MB. */
export function inspectLogo(data: string): ImageInfo | ImageProblem {
  // Refuse an oversized string before decoding it: base64 carries 3 bytes in every 4 characters.
  if ((data.length / 4) * 3 > LOGO_MAX_BYTES + 3) return 'tooLarge';
  const bytes = decodeBase64(data);
  return bytes ? inspectImage(bytes) : 'notBase64';
}

export const logoSchema = z
  .strictObject({
    mime: z.enum(LOGO_MIME_TYPES, code('invalidChoice')),
    data: z.string(code('invalid')),
    width: z.number(code('invalid')).int(code('invalid')).positive(code('invalid')),
    height: z.number(code('invalid')).int(code('invalid')).positive(code('invalid')),
  })
  .superRefine((logo, ctx) => {
    const info = inspectLogo(logo.data);
    if (typeof info === 'string') {
      ctx.addIssue({ code: 'custom', path: ['data'], message: info === 'tooLarge' ? 'tooLong' : 'invalid' });
    } else if (info.mime !== logo.mime || info.width !== logo.width || info.height !== logo.height) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'invalid' });
    }
  });
export type Logo = z.output<typeof logoSchema>;

export const signatorySchema = z.strictObject({
  id: z.string(code('invalid')).trim().min(1, code('required')).max(100, code('tooLong')),
  name: perLanguage(requiredText(200)),
  position: perLanguage(requiredText(300)),
});
export type Signatory = z.output<typeof signatorySchema>;

const PATTERN_TOKEN = /\{(prefix|n|year|yy)\}/g;

export const outgoingNumberFormatSchema = z.strictObject({
  prefix: optionalText(20),
  /** Digits the running number is padded to with zeros: 3 gives `007`; 0 leaves it as it is. */
  padding: z
    .number(code('invalid'))
    .int(code('invalid'))
    .min(0, code('invalid'))
    .max(NUMBER_PADDING_MAX, code('invalid'))
    .default(0),
  /** Whether the running number starts again at 1 each calendar year; the register applies it. */
  yearlyRestart: z.boolean(code('invalid')).default(true),
  pattern: text(60)
    .default('{prefix}{n}/{year}')
    .refine((p) => p.includes('{n}'), code('invalid'))
    // Braces left over after the known tokens are taken out would be a typo such as `{yaer}`.
    .refine((p) => !/[{}]/.test(p.replace(PATTERN_TOKEN, '')), code('invalid')),
});
export type OutgoingNumberFormat = z.output<typeof outgoingNumberFormatSchema>;

/** An outgoing number as printed on a letter: `{prefix}{n}/{year}` with `BƏ-`, 42, 2026 gives `BƏ-42/2026`. */
export function formatOutgoingNumber(format: OutgoingNumberFormat, n: number, year: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Not a running number: ${n}`);
  if (!Number.isSafeInteger(year) || year < 1900 || year > 2200) throw new RangeError(`Not a year: ${year}`);
  const values: Record<string, string> = {
    prefix: format.prefix,
    n: String(n).padStart(format.padding, '0'),
    year: String(year),
    yy: String(year % 100).padStart(2, '0'),
  };
  return format.pattern.replace(PATTERN_TOKEN, (_match, token: string) => values[token] ?? '');
}

export const verificationContactSchema = z.strictObject({
  name: optionalText(200),
  phone: optionalText(50),
  email: optionalEmail,
  /** The language the name was typed in, and its spelling in the other languages. */
  lang: languageSchema.optional(),
  translations: translationsSchema(TRANSLATED_FIELDS.contact).optional(),
});
export type VerificationContact = z.output<typeof verificationContactSchema>;

const NO_TEXT = { az: '', en: '', ru: '' };

/**
 * What the issue dialog starts from for the visa a visa invitation asks for. The embassy or consulate
 * is printed as typed, so it is kept in each letter language; an empty one is asked for in the dialog.
 */
export const letterDefaultsSchema = z.strictObject({
  visaType: visaTypeSchema,
  visaEntries: visaEntriesSchema,
  validityDays: visaValidityDaysSchema,
  collection: z.enum(VISA_COLLECTIONS, code('invalidChoice')).default('notStated'),
  collectionPlace: perLanguage(optionalText(300)).default(NO_TEXT),
});
export type LetterDefaults = z.output<typeof letterDefaultsSchema>;
export const DEFAULT_LETTER_DEFAULTS: LetterDefaults = letterDefaultsSchema.parse({});

export const institutionSchema = z.strictObject({
  name: perLanguage(requiredText(300)),
  address: perLanguage(optionalText(300)).default(NO_TEXT),
  city: perLanguage(optionalText(100)).default(NO_TEXT),
  phone: optionalText(50),
  email: optionalEmail,
  website: optionalText(200),
  /** The tax registration number (VÖEN) an invitation by a legal entity carries. */
  taxId: optionalText(20),
  logo: logoSchema.nullable().default(null),
  signatories: z.array(signatorySchema).max(50, code('tooLong')).default([]),
  outgoingNumber: outgoingNumberFormatSchema.default({
    prefix: '',
    padding: 0,
    yearlyRestart: true,
    pattern: '{prefix}{n}/{year}',
  }),
  verificationContact: verificationContactSchema.default({ name: '', phone: '', email: '' }),
  /**
   * The office's own .docx letterhead, filled instead of the standard layout. Optional, so a document
   * written before it existed loads as it is; kept here so snapshots and archives carry it.
   */
  letterheadTemplate: letterheadTemplateSchema.optional(),
  /** Defaults for the letter dialog; optional, so settings saved before they existed load as they are. */
  letterDefaults: letterDefaultsSchema.optional(),
  /** Who changed it last, and when (the store signs it; absent on one saved before, and never typed). */
  changedBy: z.string().max(200).optional(),
  changedAt: z.iso.datetime().optional(),
});
export type InstitutionInput = z.input<typeof institutionSchema>;
export type Institution = z.output<typeof institutionSchema>;
