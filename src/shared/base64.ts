/* Base64 as files are stored and sent: logos and letterhead templates. */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 without Node's Buffer, so the renderer can check a logo before sending it. */
export function decodeBase64(data: string): Uint8Array | null {
  if (data.length % 4 !== 0 || !BASE64.test(data)) return null;
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes bytes without Node's Buffer, for files the renderer reads from disk. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole file into one call would overflow the argument limit.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
