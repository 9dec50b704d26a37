import { describe, expect, it } from 'vitest';
import { institutionGaps } from '../../../src/shared/institution-gaps';

const withContact = (name: string, phone: string, email: string) => ({
  verificationContact: { name, phone, email },
});

describe('institutionGaps', () => {
  it('names nothing when Settings has not been filled in at all (the core refuses that on its own)', () => {
    expect(institutionGaps(null)).toEqual([]);
  });

  it('names nothing when the contact for verification is complete', () => {
    expect(
      institutionGaps(withContact('Leyla Məmmədova', '+994 12 555 01 02', 'protocol@example.az')),
    ).toEqual([]);
  });

  it('names each empty field of the contact by its path in Settings, in the form’s order', () => {
    expect(institutionGaps(withContact('', '+994 12 555 01 02', ''))).toEqual([
      'institution.verificationContact.name',
      'institution.verificationContact.email',
    ]);
  });

  it('counts white space, line breaks and control characters as empty, as a printed letter would', () => {
    expect(institutionGaps(withContact('  \t', '\r\n', '\u0007'))).toEqual([
      'institution.verificationContact.name',
      'institution.verificationContact.phone',
      'institution.verificationContact.email',
    ]);
  });

  it('counts a no-break space as written: it prints', () => {
    expect(institutionGaps(withContact('\u00a0', 'x', 'y'))).toEqual([]);
  });
});
