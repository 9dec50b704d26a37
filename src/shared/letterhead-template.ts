import { unzipSync } from 'fflate';
import { decodeBase64 } from './base64';
import { TEMPLATE_MAX_BYTES, TEMPLATE_MAX_UNPACKED_BYTES } from './size-limits';

/**
 * An office's own letterhead: a .docx with `{{placeholders}}` that Qonaq fills. The file comes from
 * the user's disk and is opened by the zip reader inside `docx` (fflate), so it is checked from its
 * bytes first: a zip with a document in it, small packed and unpacked, and without entry names that
 * point outside it. The renderer runs the same check, so zips are read here with fflate, which runs in
 * browsers too, and no zod is loaded (the schemas are in letterhead-template-schema.ts).
 */

export { TEMPLATE_MAX_BYTES, TEMPLATE_MAX_UNPACKED_BYTES };
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

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * The entries a zip's central directory lists, as fflate reads it (nothing is unpacked), or null when
 * it is not a zip fflate can read.
 */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  // The end-of-directory record alone is 22 bytes; a zip starts with a local header.
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({
          name: file.name,
          method: file.compression,
          compressedSize: file.size,
          uncompressedSize: file.originalSize,
        });
        return false;
      },
    });
  } catch {
    return null;
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
