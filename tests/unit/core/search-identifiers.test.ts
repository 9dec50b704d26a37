import { describe, expect, it } from 'vitest';
import { compactIdentifier } from '../../../src/core/text-search';
import { findVisits } from '../../../src/core/visit-search';
import type { Visit } from '../../../src/shared/domain';
import { guestData, visitData } from '../../support/builders';

const today = '2026-05-01';

function visit(id: string, guest: Partial<ReturnType<typeof guestData>>): Visit {
  return {
    ...visitData({ title: `Visit ${id}`, arrivalDate: '2026-06-01', departureDate: '2026-06-03' }),
    id,
    guests: [{ ...guestData({ surname: 'Demirci', givenNames: 'Ayşe' }), ...guest, id: `g-${id}` }],
    stays: [],
    programme: [],
    roomBlocks: [],
    createdAt: '2026-05-01T08:00:00Z',
    updatedAt: '2026-05-01T08:00:00Z',
  };
}

const passport = (number: string) => ({
  number,
  issuingCountry: 'TR' as const,
  issueDate: '',
  expiryDate: '',
});

const visits = [
  visit('passport', { passport: passport('U12345678') }),
  visit('phone', { phone: '+994 (50) 123-45-67' }),
  visit('email', { email: 'Ayse.Demirci@ankara.edu.tr' }),
  visit('other', { passport: passport('C 7654321'), phone: '0090 312 555 0101' }),
];
const find = (text: string) => findVisits(visits, { text }, today).map((v) => v.id);

describe('compactIdentifier', () => {
  it.each([
    ['U 1234 5678', 'u12345678'],
    ['+994 (50) 123-45-67', '994501234567'],
    ['00994 50 123 45 67', '994501234567'],
    ['c.765/4321', 'c7654321'],
  ])('%j -> %s', (text, compact) => {
    expect(compactIdentifier(text)).toBe(compact);
  });
});

describe('search by a guest’s passport number, phone or e-mail', () => {
  it.each([
    ['U12345678', 'passport'],
    ['u 1234 5678', 'passport'],
    ['U-1234-5678', 'passport'],
    ['c7654321', 'other'],
    ['+994 50 123 45 67', 'phone'],
    ['00994501234567', 'phone'],
    ['994 (50) 1234567', 'phone'],
    ['+90 312 555-01-01', 'other'],
    ['ayse.demirci@ankara.edu.tr', 'email'],
  ])('%j finds the visit %s', (text, id) => {
    expect(find(text)).toEqual([id]);
  });

  it('finds nothing for a number no guest has', () => {
    expect(find('U 1234 5679')).toEqual([]);
  });

  it('still finds a title of letters and a year by its whole words', () => {
    const titled = [{ ...visit('ank', {}), title: 'ANK 2026 talks' }, ...visits];
    expect(findVisits(titled, { text: 'ank 2026' }, today).map((v) => v.id)).toEqual(['ank']);
  });

  it('still finds by words in any order', () => {
    expect(find('demirci visit')).toHaveLength(4);
  });
});
