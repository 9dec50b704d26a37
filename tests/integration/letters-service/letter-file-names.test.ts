import { describe, expect, it } from 'vitest';
import { letterFileName } from '../../../src/core/register';
import { MAX_FILE_NAME_BYTES, MAX_FILE_NAME_CHARS, safeFileName } from '../../../src/shared/file-names';

describe('the file name of a letter', () => {
  it.each([
    ['az', 'visaInvitation', 'Demirci Ayşe Gül - Viza dəstəyi məktubu - AZ - BƏ-0042-2026.docx'],
    ['en', 'visaInvitation', 'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0042-2026.docx'],
    ['ru', 'officialInvitation', 'Demirci Ayşe Gül - Письмо-приглашение - RU - BƏ-0042-2026.docx'],
  ] as const)(
    'in %s names the guest as in the passport, the kind, the language and the number',
    (language, kind, expected) => {
      expect(
        letterFileName({ surname: 'Demirci', givenNames: 'Ayşe Gül' }, kind, language, 'BƏ-0042/2026'),
      ).toBe(expected);
    },
  );

  it('keeps the number whole when the guest’s name is very long', () => {
    const name = letterFileName(
      { surname: 'Abcdefghij'.repeat(10), givenNames: 'Klmnopqrst'.repeat(10) },
      'visaInvitation',
      'en',
      'IR/0001/26',
    );

    expect(name.endsWith(' - Visa support letter - EN - IR-0001-26.docx')).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('makes whatever the number format and names hold safe', () => {
    const name = letterFileName(
      { surname: "O'Neil-Smith", givenNames: 'Zoë' },
      'visaInvitation',
      'ru',
      'A:1\\2*?/26',
    );

    expect(name).toBe("O'Neil-Smith Zoë - Письмо визовой поддержки - RU - A-1-2-26.docx");
    expect(safeFileName(name)).toBe(name);
  });
});
