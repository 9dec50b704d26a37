import { inflateRawSync } from 'node:zlib';
import { inspectTemplate, zipEntries, type TemplateProblem } from '../../shared/letterhead-template';

/**
 * The central directory a template is first checked by can lie: an entry may claim 1 KB and inflate to
 * gigabytes, which the zip reader inside `docx` would only notice after unpacking it all in memory.
 * Here each entry is unpacked with its claimed size as the ceiling, so a lie stops at that size.
 */
export function verifyTemplate(bytes: Uint8Array): TemplateProblem | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A template is checked before its number is taken and again by every letter written on it: bytes
  // found sound before are compared (a memcmp), not inflated again.
  if (knownTemplate(buffer)) return null;
  const problem = unpackProblem(buffer);
  if (problem === null) {
    verified.unshift({ bytes: Buffer.from(buffer) });
    verified.length = Math.min(verified.length, TEMPLATES_KEPT);
  }
  return problem;
}

interface SoundTemplate {
  /** A copy: the caller's buffer may change afterwards. */
  bytes: Buffer;
  placeholders?: ReadonlySet<string>;
}

/** Templates found sound, newest first: Settings hold one, and a change brings a second. */
const TEMPLATES_KEPT = 2;
const verified: SoundTemplate[] = [];

function knownTemplate(buffer: Buffer): SoundTemplate | undefined {
  return verified.find((known) => known.bytes.equals(buffer));
}

/**
 * The names of the `{{name}}` placeholders in a template's text, as docx's patcher reads it: the text
 * of the `w:t` runs, joined in order, so a placeholder Word split over several runs is found. The
 * runs of a whole part are joined, which can only find more than a paragraph holds, never less.
 */
export function templatePlaceholders(bytes: Uint8Array): ReadonlySet<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const known = knownTemplate(buffer);
  if (known?.placeholders) return known.placeholders;
  const found = placeholdersIn(buffer);
  if (known) known.placeholders = found;
  return found;
}

const RUN_TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const ENTITIES: Readonly<{ [name: string]: string }> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return ENTITIES[name ?? ''] ?? whole;
    },
  );
}

function placeholdersIn(buffer: Buffer): Set<string> {
  const found = new Set<string>();
  for (const entry of zipEntries(buffer) ?? []) {
    if (!entry.name.endsWith('.xml') || (entry.method !== 0 && entry.method !== 8)) continue;
    const at = entry.localOffset;
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const data = buffer.subarray(start, start + entry.compressedSize);
    const xml = (
      entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 })
    ).toString('utf8');
    let text = '';
    for (const run of xml.matchAll(RUN_TEXT)) text += decodeXmlText(run[1] ?? '');
    for (const placeholder of text.matchAll(PLACEHOLDER)) found.add(placeholder[1] ?? '');
  }
  return found;
}

function unpackProblem(buffer: Buffer): TemplateProblem | null {
  const problem = inspectTemplate(buffer);
  if (problem) return problem;
  for (const entry of zipEntries(buffer) ?? []) {
    const at = entry.localOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return 'notZip';
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buffer.length) return 'notZip';
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) return 'notZip';
      continue;
    }
    if (entry.method !== 8) return 'notZip';
    try {
      // One byte over the claim: inflating exactly to it proves the claim, any more proves the lie.
      const out = inflateRawSync(buffer.subarray(start, end), {
        maxOutputLength: entry.uncompressedSize + 1,
      });
      if (out.length !== entry.uncompressedSize) return 'suspiciousCompression';
    } catch (error) {
      return error instanceof RangeError ? 'suspiciousCompression' : 'notZip';
    }
  }
  return null;
}
