/**
 * File names that every system Qonaq runs on will accept, made from text typed by people (a guest's
 * name, an outgoing number). Pure, so the core (which writes the files) and the page (which offers
 * downloads) name them the same way.
 */

/** Characters Windows refuses in a name; `/` and `\` also split paths, `:` splits streams on NTFS and paths in the macOS Finder. */
const SEPARATORS = /[/\\:|]+/g;
const FORBIDDEN = /[<>"?*]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Bidirectional controls can make `gpj.exe` read as `exe.jpg`; zero-width characters hide in names. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;
/** Emoji and their parts: pictographs, modifiers, joiners' partners, flags, keycaps, tags, variation selectors. */
const EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3\uFE0E\uFE0F\u{E0020}-\u{E007F}]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Device names Windows reserves whatever the extension (`CON.docx` too); `¹²³` count as digits there. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/** Short enough for a Windows path of 260 characters inside an ordinary folder. */
export const MAX_FILE_NAME_CHARS = 150;
/** ext4 and APFS count bytes (255 of UTF-8); a Cyrillic letter takes two. */
export const MAX_FILE_NAME_BYTES = 240;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts at a whole character, never inside a surrogate pair, within both limits. */
function truncate(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (chars + 1 > maxChars || bytes + size > maxBytes) break;
    out += char;
    chars += 1;
    bytes += size;
  }
  return out;
}

/**
 * Leading dots hide a file on macOS and Linux (and `..` climbs); trailing dots and spaces are dropped
 * by Windows; a leading dash reads as an option to command-line tools. Dashes left at the ends are
 * what separators turn into, so they go too.
 */
function trimEnds(text: string): string {
  return text.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');
}

function cleanPart(text: string): string {
  return text
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(EMOJI, '')
    .replace(SEPARATORS, '-')
    .replace(FORBIDDEN, '')
    .replace(/\s+/g, ' ');
}

/**
 * A name safe to create on Windows, macOS and Linux: no path separators or characters Windows
 * refuses, no control, bidirectional or zero-width characters, no emoji, no leading or trailing
 * dots or spaces, not a reserved device name, and short enough (`MAX_FILE_NAME_CHARS`,
 * `MAX_FILE_NAME_BYTES`). The extension (`.docx`) is kept when the name is cut. Whatever is left is
 * never empty: `fallback` stands in for a name with nothing usable in it.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const cleaned = cleanPart(name).replace(/[\s.-]+$/, '');
  const ext = EXTENSION.exec(cleaned)?.[0] ?? '';
  const stem = trimEnds(cleaned.slice(0, cleaned.length - ext.length));
  const base = stem === '' ? cleanPart(fallback).trim() || 'file' : stem;
  const guarded = RESERVED.test((base.split('.')[0] ?? '').trim()) ? `_${base}` : base;
  const cut = trimEnds(truncate(guarded, MAX_FILE_NAME_CHARS - ext.length, MAX_FILE_NAME_BYTES - ext.length));
  return `${cut || 'file'}${ext}`;
}

/**
 * The `n`th name for a file whose name is taken: `Letter.docx`, `Letter (2).docx`, `Letter (3).docx`.
 * The stem is shortened to make room, so the counter is never cut off.
 */
export function numberedFileName(name: string, n: number): string {
  const safe = safeFileName(name);
  if (n <= 1) return safe;
  const ext = EXTENSION.exec(safe)?.[0] ?? '';
  const suffix = ` (${n})`;
  const stem = trimEnds(
    truncate(
      safe.slice(0, safe.length - ext.length),
      MAX_FILE_NAME_CHARS - ext.length - suffix.length,
      MAX_FILE_NAME_BYTES - ext.length - suffix.length,
    ),
  );
  return `${stem}${suffix}${ext}`;
}
