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
  if (verified.some((known) => known.equals(buffer))) return null;
  const problem = unpackProblem(buffer);
  if (problem === null) {
    verified.unshift(Buffer.from(buffer));
    verified.length = Math.min(verified.length, TEMPLATES_KEPT);
  }
  return problem;
}

/** Templates found sound, newest first: Settings hold one, and a change brings a second. */
const TEMPLATES_KEPT = 2;
const verified: Buffer[] = [];

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
