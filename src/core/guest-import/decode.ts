import type { ReadSheet } from '../../shared/guest-import';

/**
 * The text of a CSV file. Excel saves "CSV (Comma delimited)" in the system's code page, not UTF-8:
 * Windows-1251 on a Russian Windows, Windows-1254 on a Turkish one. A file that is valid UTF-8 is
 * UTF-8 (text in either code page with letters beyond ASCII almost never is); otherwise the two code
 * pages are told apart by what their letters look like (see `oddLetters`).
 */

export interface Decoded {
  text: string;
  encoding: NonNullable<ReadSheet['encoding']>;
}

const TURKISH = new Set('çğıİöşüÇĞÖŞÜâîûÂÎÛ');
const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const isCyrillic = (c: string) => /^\p{Script=Cyrillic}$/u.test(c);

/**
 * How unlikely a decoding is: in Windows-1251 Turkish text turns into Cyrillic letters wedged between
 * Latin ones ("Yэlmaz"); in Windows-1254 Russian text turns into Western letters Turkish does not use
 * ("Èâàíîâ"). The decoding with fewer such letters is the file's.
 */
function oddLetters(text: string, encoding: 'windows-1251' | 'windows-1254'): number {
  let odd = 0;
  const chars = [...text];
  chars.forEach((c, i) => {
    if (c.charCodeAt(0) < 0x80) return;
    if (encoding === 'windows-1251') {
      if (isCyrillic(c) && (isAsciiLetter(chars[i - 1] ?? '') || isAsciiLetter(chars[i + 1] ?? ''))) odd += 1;
    } else if (/^\p{L}$/u.test(c) && !TURKISH.has(c)) {
      odd += 1;
    }
  });
  return odd;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Null when the bytes are not text in any encoding Qonaq reads (a binary file). */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: stripBom(new TextDecoder(label).decode(bytes)), encoding: 'utf-16' };
  }
  // NUL bytes do not occur in text files in these encodings.
  if (bytes.includes(0)) return null;
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the code pages.
  }
  const cyrillic = new TextDecoder('windows-1251').decode(bytes);
  const turkish = new TextDecoder('windows-1254').decode(bytes);
  return oddLetters(turkish, 'windows-1254') < oddLetters(cyrillic, 'windows-1251')
    ? { text: turkish, encoding: 'windows-1254' }
    : { text: cyrillic, encoding: 'windows-1251' };
}
