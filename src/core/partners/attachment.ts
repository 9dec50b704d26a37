import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../shared/partners';
import { AppError } from '../../shared/errors';

/**
 * A signed copy as it arrives: base64 decoded, its size checked against `ATTACHMENT_MAX_BYTES`
 * (`attachmentTooLarge`), and its kind read from its first bytes, never from its name: a program
 * renamed `.pdf` is refused (`attachmentType`).
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The signatures each kept kind starts with. */
const SIGNATURES: readonly { mediaType: Attachment['mediaType']; bytes: readonly number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] }, // II*\0, little-endian
  { mediaType: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // MM\0*, big-endian
];

/** The kind of file the bytes are, by their signature; null for anything else. */
export function mediaTypeOf(bytes: Uint8Array): Attachment['mediaType'] | null {
  const found = SIGNATURES.find(
    (s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b),
  );
  return found ? found.mediaType : null;
}

/** The file's own name, without any folder a path may have carried. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[/\\]/).pop()?.trim() ?? '';
  return name === '' ? 'attachment' : name;
}

export function limitMb(): number {
  return ATTACHMENT_MAX_BYTES / (1024 * 1024);
}

/** Decodes and checks a signed copy; answers its bytes and type, or throws the refusal. */
export function checkedAttachment(base64: string): { bytes: Buffer; mediaType: Attachment['mediaType'] } {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) {
    throw new AppError('validation', undefined, [{ path: 'base64', code: 'invalid' }]);
  }
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  // The size is known before decoding, so a file past the limit is refused without holding its bytes.
  if ((base64.length / 4) * 3 - padding > ATTACHMENT_MAX_BYTES) {
    throw new AppError('attachmentTooLarge', { limitMb: limitMb() });
  }
  const bytes = Buffer.from(base64, 'base64');
  const mediaType = mediaTypeOf(bytes);
  if (!mediaType) throw new AppError('attachmentType');
  return { bytes, mediaType };
}
