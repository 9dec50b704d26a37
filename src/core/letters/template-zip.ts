import { Inflate, Unzip, UnzipPassThrough, unzipSync, type UnzipDecoder } from 'fflate';
import {
  inspectTemplate,
  zipEntries,
  type TemplateProblem,
  type ZipEntryInfo,
} from '../../shared/letterhead-template';

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
  // Unpacking trusts the sizes the directory claims: bytes that fail the directory's checks hold nothing.
  if (inspectTemplate(buffer)) return found;
  const parts = unzipSync(buffer, {
    filter: (file) => file.name.endsWith('.xml') && (file.compression === 0 || file.compression === 8),
  });
  const decoder = new TextDecoder();
  for (const part of Object.values(parts)) {
    let text = '';
    for (const run of decoder.decode(part).matchAll(RUN_TEXT)) text += decodeXmlText(run[1] ?? '');
    for (const placeholder of text.matchAll(PLACEHOLDER)) found.add(placeholder[1] ?? '');
  }
  return found;
}

/** Thrown when an entry unpacks to more than its claim, or is not where the directory says. */
class Lie extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem);
  }
}

/** At most this much compressed data is inflated at once, so a bomb grows by at most ~1000 times it. */
const SLICE = 8 * 1024;

/** fflate's inflater fed a slice at a time, throwing once the entry's output passes its claimed size. */
function cappedInflate(claims: ReadonlyMap<string, ZipEntryInfo>, unpacked: Map<string, number>) {
  return class CappedInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: UnzipDecoder['ondata'] = () => undefined;
    private readonly inflate: Inflate;

    constructor(name: string) {
      const claim = claims.get(name)?.uncompressedSize ?? 0;
      this.inflate = new Inflate((chunk, final) => {
        const size = (unpacked.get(name) ?? 0) + chunk.length;
        unpacked.set(name, size);
        // One byte over the claim proves the lie: inflating stops there.
        if (size > claim) throw new Lie('suspiciousCompression');
        this.ondata(null, chunk, final);
      });
    }

    push(chunk: Uint8Array, final: boolean): void {
      if (chunk.length === 0) this.inflate.push(chunk, final);
      for (let at = 0; at < chunk.length; at += SLICE) {
        this.inflate.push(chunk.subarray(at, at + SLICE), final && at + SLICE >= chunk.length);
      }
    }
  };
}

function unpackProblem(buffer: Buffer): TemplateProblem | null {
  const problem = inspectTemplate(buffer);
  if (problem) return problem;
  const claims = new Map<string, ZipEntryInfo>();
  for (const entry of zipEntries(buffer) ?? []) {
    if (claims.has(entry.name)) return 'notZip';
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) return 'notZip';
    if (entry.method !== 0 && entry.method !== 8) return 'notZip';
    claims.set(entry.name, entry);
  }
  const unpacked = new Map<string, number>();
  const unzip = new Unzip((file) => {
    const claim = claims.get(file.name);
    // An entry the directory does not list, or lists as stored while its local header says deflated.
    if (!claim || claim.method !== file.compression || unpacked.has(file.name)) throw new Lie('notZip');
    unpacked.set(file.name, 0);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      if (file.compression === 0) unpacked.set(file.name, (unpacked.get(file.name) ?? 0) + chunk.length);
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(cappedInflate(claims, unpacked));
  try {
    unzip.push(buffer, true);
  } catch (error) {
    return error instanceof Lie ? error.problem : 'notZip';
  }
  for (const [name, claim] of claims) {
    const size = unpacked.get(name);
    // Not found where the directory says it is.
    if (size === undefined) return 'notZip';
    if (size !== claim.uncompressedSize) return 'suspiciousCompression';
  }
  return null;
}
