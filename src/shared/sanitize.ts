import { oneLine } from './one-line';

/**
 * Text from users, spreadsheets and partners reaches letters and printouts as it is typed. XML 1.0 cannot
 * hold C0 control characters (other than tab and line breaks), lone UTF-16 surrogates or U+FFFE/U+FFFF,
 * and a single one makes Word refuse the whole file. C1 controls are legal XML but print as boxes.
 *
 * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are removed too: one
 * unterminated RIGHT-TO-LEFT OVERRIDE in a name reverses every word after it on the line, the letter's
 * own words included. The marks U+200E, U+200F and U+061C are kept: each is one strong character that
 * only settles the direction of punctuation next to it, cannot reorder Latin or Cyrillic words, and an
 * Arabic or Hebrew name may need one to print its punctuation right.
 *
 * Everything else, `& < > " '` and emoji included, is kept: docx escapes it.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');
}

/** One line of text (a name, a title), printable and with its white space as `oneLine` holds it. */
export function cleanLine(text: string): string {
  return oneLine(cleanText(text));
}

/** A phone number split over two lines is misdialled: its spaces become no-break spaces. */
export function unbreakable(text: string): string {
  return cleanLine(text).replace(/ /g, '\u00a0');
}

/**
 * Initials stay with each other and with the name they belong to, as typesetting in all three
 * languages wants: "имени М.\u00a0В.\u00a0Ломоносова", never "М." at a line's end and "В." on the
 * next. An initial is one capital letter and a full stop; the space after it, and the space between
 * a surname and the initials that end a name ("Иванов И.\u00a0И."), become no-break spaces. Nothing else
 * changes: a sentence's words and the spaces around a dash are left as typed.
 */
export function bindInitials(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])(\p{Lu}\.) +(?=\p{L})/gu, '$1\u00a0')
    .replace(/(?<=\p{L}) +(?=\p{Lu}\.(?:\u00a0\p{Lu}\.)*(?![\u00a0\p{L}]))/gu, '\u00a0');
}
