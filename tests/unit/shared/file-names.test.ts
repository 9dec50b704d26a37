import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_NAME_BYTES,
  MAX_FILE_NAME_CHARS,
  numberedFileName,
  safeFileName,
} from '../../../src/shared/file-names';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** What no system may find in a name we make. */
function expectPortable(name: string): void {
  expect(name).not.toMatch(/[<>:"/\\|?*]/);
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point.
  expect(name).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  expect(name).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  expect(name).not.toMatch(/\p{Extended_Pictographic}/u);
  expect(name).not.toMatch(/^[\s.-]|[\s.-]$/);
  expect(name.length).toBeGreaterThan(0);
  expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  expect(safeFileName(name)).toBe(name);
}

describe('safeFileName', () => {
  it.each([
    [
      'an ordinary letter name',
      'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0042-2026.docx',
      'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0042-2026.docx',
    ],
    [
      'Azerbaijani and Cyrillic kept as typed',
      'Əliyev İlkin - Виза - AZ.docx',
      'Əliyev İlkin - Виза - AZ.docx',
    ],
    ['path separators become dashes', 'BƏ-42/2026\\copy.docx', 'BƏ-42-2026-copy.docx'],
    ['characters Windows refuses', 'a<b>c:d"e|f?g*h.docx', 'abc-de-fgh.docx'],
    ['climbing out of the folder', '../../etc/passwd', 'etc-passwd'],
    ['separators at the ends', '/tmp/x/', 'tmp-x'],
    ['an absolute Windows path', 'C:\\Windows\\System32\\evil.dll', 'C-Windows-System32-evil.dll'],
    ['a hidden-file dot and trailing dots and spaces', ' ..hidden name. . ', 'hidden name'],
    [
      'control characters, tabs and line breaks',
      'line\nbreak\ttab\u0000nul\u0085.docx',
      'line break tab nul.docx',
    ],
    ['a right-to-left override that disguises the extension', 'invoice\u202Excod.exe', 'invoicexcod.exe'],
    ['zero-width and bidi marks', 'Ay\u200Bşe\u200F \u2066Gül\u2069.docx', 'Ayşe Gül.docx'],
    ['emoji, skin tones, families, flags and keycaps', 'Zoë 👩🏽‍👩‍👧 Ünal 🇦🇿 1️⃣ ✈️.docx', 'Zoë Ünal 1.docx'],
    ['nothing usable left', '🙂🙂', 'file'],
    ['only an extension left', '<>.docx', 'file.docx'],
    ['empty', '', 'file'],
    ['dots only', '...', 'file'],
    ['decomposed letters are composed (macOS hands out NFD)', 'Gu\u0308l.docx', 'Gül.docx'],
  ])('%s', (_, input, expected) => {
    const name = safeFileName(input);

    expect(name).toBe(expected);
    expectPortable(name);
  });

  it.each([
    'CON',
    'con.docx',
    'PRN.txt',
    'AUX',
    'nul.tar.gz',
    'Com1.docx',
    'LPT9',
    'COM¹.txt',
    'CONIN$',
    'con .docx',
  ])('prefixes the Windows device name %j so that a file is created, not a device opened', (input) => {
    const name = safeFileName(input);

    expect(name.startsWith('_')).toBe(true);
    expectPortable(name);
  });

  it.each(['CONSOLE.docx', 'Connor.docx', 'COM10.docx', 'nullable'])(
    'leaves %j alone: it only starts like a device name',
    (input) => {
      expect(safeFileName(input)).toBe(input);
    },
  );

  it('uses the fallback given when nothing is left, made safe too', () => {
    expect(safeFileName('///', 'letter')).toBe('letter');
    expect(safeFileName('***.docx', 'letter')).toBe('letter.docx');
    expect(safeFileName('', 'a/b')).toBe('a-b');
  });

  it('cuts a long Latin name to the character limit and keeps the extension', () => {
    const name = safeFileName(`${'Abcdefghij'.repeat(30)}.docx`);

    expect(name).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(name.endsWith('j.docx') || name.endsWith('.docx')).toBe(true);
    expectPortable(name);
  });

  it('cuts a long Cyrillic name to the byte limit of ext4 and APFS', () => {
    const name = safeFileName(`${'Жжжжжжжжжж'.repeat(30)}.docx`);

    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('ж.docx')).toBe(true);
    expectPortable(name);
  });

  it('never cuts a character in half', () => {
    const name = safeFileName(`${'𝒜'.repeat(200)}.docx`);

    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expectPortable(name);
  });

  it('does not leave a trailing space or dot where it cuts', () => {
    const name = safeFileName(`${'a'.repeat(MAX_FILE_NAME_CHARS - 6)} .  b.docx`);

    expectPortable(name);
  });

  it('is idempotent over hostile input', () => {
    const hostile = [
      '..\\..\\x',
      '\u202E\u0000CON.',
      ' . ',
      'a'.repeat(500),
      'ə'.repeat(300),
      '%2e%2e%2f',
      'NUL.',
      '\uD800x',
    ];
    for (const input of hostile) expectPortable(safeFileName(input));
  });
});

describe('numberedFileName', () => {
  it('puts the counter before the extension', () => {
    expect(numberedFileName('Letter.docx', 1)).toBe('Letter.docx');
    expect(numberedFileName('Letter.docx', 2)).toBe('Letter (2).docx');
    expect(numberedFileName('Register', 12)).toBe('Register (12)');
  });

  it('shortens a long name to make room, so the counter is never cut off', () => {
    const long = safeFileName(`${'x'.repeat(400)}.docx`);

    const name = numberedFileName(long, 3);

    expect(name.endsWith(' (3).docx')).toBe(true);
    expectPortable(name);
  });
});
