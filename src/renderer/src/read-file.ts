import { bytesToBase64 } from '../../shared/base64';

/**
 * A file the officer chose, as the base64 the core is sent: the one way a logo, a letterhead, a signed
 * copy, a guest list or an archive is read from disk.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
