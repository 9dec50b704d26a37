import { z } from 'zod';
import { decodeBase64 } from './base64';
import { fieldError } from './validation';

/**
 * An office's own letterhead: a .docx with `{{placeholders}}` that Qonaq fills. The file comes from
 * the user's disk and is opened by the zip reader inside `docx`, so it is checked from its bytes first:
 * a zip with a document in it, small packed and unpacked, and without entry names that point outside it.
 */

export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;
/** Sum of the entries' unpacked sizes: a letterhead with a few images is far below it. */
export const TEMPLATE_MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** XML packs about 10:1; far more than 100:1 is what a zip bomb looks like. */
export const TEMPLATE_MAX_RATIO = 100;
/** Base64 carries 3 bytes in every 4 characters. */
export const TEMPLATE_MAX_BASE64 = Math.ceil(TEMPLATE_MAX_BYTES / 3) * 4;

export const TEMPLATE_PROBLEMS = [
  'notBase64',
  'tooLarge',
  'notZip',
  'noDocument',
  'tooLargeUnpacked',
  'suspiciousCompression',
  'unsafeName',
] as const;
export type TemplateProblem = (typeof TEMPLATE_PROBLEMS)[number];

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 0x10000;

/** The end-of-directory record sits in the last 22 bytes plus a comment of at most 65535 bytes. */
function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

/** The entries a zip's central directory lists, or null when it is not a zip this reader understands. */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL_HEADER) return null;
  const end = findEndOfDirectory(bytes);
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  // Zip64 marks its sizes with all ones; a letterhead never needs it, so it is refused, not parsed.
  if (count === 0xffff || offset === 0xffffffff) return null;
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > bytes.length) return null;
    entries.push({
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at = next;
  }
  return entries;
}

const unsafeName = (name: string) => name.includes('..') || /^[/\\]/.test(name) || /^[A-Za-z]:/.test(name);

/** What is wrong with a template's bytes, or null when it may be used. */
export function inspectTemplate(bytes: Uint8Array): TemplateProblem | null {
  if (bytes.length > TEMPLATE_MAX_BYTES) return 'tooLarge';
  const entries = zipEntries(bytes);
  if (!entries) return 'notZip';
  if (entries.some((e) => unsafeName(e.name))) return 'unsafeName';
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > TEMPLATE_MAX_UNPACKED_BYTES) return 'tooLargeUnpacked';
  if (entries.some((e) => e.uncompressedSize > TEMPLATE_MAX_RATIO * Math.max(e.compressedSize, 1))) {
    return 'suspiciousCompression';
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) return 'noDocument';
  return null;
}

/** The same check for a template as sent and stored: base64. */
export function inspectTemplateBase64(data: string): TemplateProblem | null {
  // Refuse an oversized string before decoding it.
  if (data.length > TEMPLATE_MAX_BASE64 + 4) return 'tooLarge';
  const bytes = decodeBase64(data);
  return bytes ? inspectTemplate(bytes) : 'notBase64';
}

export const templateFileNameSchema = z
  .string(fieldError('invalid'))
  .trim()
  .min(1, fieldError('required'))
  .max(200, fieldError('tooLong'));

export const letterheadTemplateSchema = z
  .strictObject({
    fileName: templateFileNameSchema,
    data: z.string(fieldError('invalid')),
  })
  .superRefine((template, ctx) => {
    const problem = inspectTemplateBase64(template.data);
    if (problem) {
      const message = problem === 'tooLarge' || problem === 'tooLargeUnpacked' ? 'tooLong' : 'invalid';
      ctx.addIssue({ code: 'custom', path: ['data'], message });
    }
  });
export type LetterheadTemplate = z.output<typeof letterheadTemplateSchema>;
