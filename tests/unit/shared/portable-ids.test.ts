import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/core/ids';
import { registerEntrySchema, countersSchema } from '../../../src/core/store/documents';
import { idSchema } from '../../../src/shared/contract';
import { MAX_RUNNING_NUMBER, visitSchema } from '../../../src/shared/domain';
import { idCollidingInCase, isPortableId } from '../../../src/shared/validation';
import { storedGuest, storedVisit } from '../../support/builders';

/**
 * Ids name files (`visits/<id>.json`, `letters/2026/<id>-r1.docx`): each must be a name every system
 * can create, and no two may be one file on Windows or macOS, which compare names without case.
 */

const RESERVED = [
  'CON',
  'con',
  'Con',
  'PRN',
  'prn',
  'AUX',
  'aux',
  'NUL',
  'nul',
  'nUl',
  ...Array.from({ length: 10 }, (_, n) => [`COM${n}`, `com${n}`, `LPT${n}`, `lpt${n}`]).flat(),
];

describe('portable ids', () => {
  it.each(RESERVED)('refuses %s, a device name Windows reserves', (id) => {
    expect(isPortableId(id)).toBe(false);
    expect(idSchema.safeParse(id).success).toBe(false);
  });

  it.each([
    'CONSOLE',
    'con-1',
    'nul_',
    'COM10',
    'LPT',
    'AUXILIARY',
    'a',
    '0123456789abcdef0123',
    'visit-A_1',
  ])('accepts %s, which only looks like one', (id) => {
    expect(isPortableId(id)).toBe(true);
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', 'con.json', 'a.b', 'a/b', 'a b', 'ä', 'x'.repeat(65)])(
    'refuses %j, which is not an id at all',
    (id) => {
      expect(isPortableId(id)).toBe(false);
    },
  );

  it('finds the id that another names on a case-insensitive file system', () => {
    expect(idCollidingInCase(['abc', 'def', 'ABC'])).toBe('ABC');
    expect(idCollidingInCase(['abc', 'abc'])).toBe('abc');
    expect(idCollidingInCase(['abc', 'abd'])).toBeUndefined();
  });

  it('makes ids that are always portable and never differ from each other only in case', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());

    expect(ids.every((id) => /^[0-9a-f]{20}$/.test(id) && isPortableId(id))).toBe(true);
    expect(idCollidingInCase(ids)).toBeUndefined();
  });
});

describe('stored documents', () => {
  it('refuse a visit or a guest named as a device, and two guests whose ids differ only in case', () => {
    expect(
      visitSchema.safeParse(storedVisit('v1', { guests: [storedGuest('a'), storedGuest('b')] })).success,
    ).toBe(true);
    expect(visitSchema.safeParse(storedVisit('CON')).success).toBe(false);
    expect(visitSchema.safeParse(storedVisit('v1', { guests: [storedGuest('nul')] })).success).toBe(false);
    expect(
      visitSchema.safeParse(storedVisit('v1', { guests: [storedGuest('g-a'), storedGuest('G-A')] })).success,
    ).toBe(false);
  });

  const entry = {
    id: 'letter1',
    sequence: 1,
    year: 2026,
    number: '1/2026',
    date: '2026-10-15',
    kind: 'visaInvitation',
    language: 'en',
    visitId: 'v1',
    visitTitle: 'Visit',
    guestId: 'g1',
    guestName: 'Ayşe Öztürk',
    fileName: 'Letter.docx',
    revision: 1,
    revisions: [{ revision: 1, date: '2026-10-15', issuedAt: '2026-10-15T08:00:00.000Z' }],
    issuedAt: '2026-10-15T08:00:00.000Z',
  };

  it('hold a register entry only with numbers the app can print', () => {
    expect(registerEntrySchema.safeParse(entry).success).toBe(true);
    expect(registerEntrySchema.safeParse({ ...entry, sequence: MAX_RUNNING_NUMBER }).success).toBe(true);
    for (const change of [
      { sequence: MAX_RUNNING_NUMBER + 1 },
      { sequence: 9007199254740990 },
      { year: 1899 },
      { year: 2201 },
      { revision: 10_001 },
      { date: '99999-01-01' },
      { issuedAt: 'yesterday' },
      { id: 'PRN' },
    ]) {
      expect(registerEntrySchema.safeParse({ ...entry, ...change }).success, JSON.stringify(change)).toBe(
        false,
      );
    }
  });

  it('hold counters within eight digits, per year Qonaq accepts or for all time', () => {
    expect(countersSchema.safeParse({ '2026': MAX_RUNNING_NUMBER, all: 0 }).success).toBe(true);
    expect(countersSchema.safeParse({ '2026': 9007199254740990 }).success).toBe(false);
    expect(countersSchema.safeParse({ '9999': 1 }).success).toBe(false);
    expect(countersSchema.safeParse({ '2026': -1 }).success).toBe(false);
  });
});
