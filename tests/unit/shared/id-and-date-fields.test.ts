import { describe, expect, it } from 'vitest';
import { stayInputSchema } from '../../../src/shared/accommodation';
import { idSchema, isoDate, optionalDate } from '../../../src/shared/fields';

/**
 * Ids and dates are checked by one schema each, in fields.ts: a stay's hotel and guests are ids as a
 * visit's are (a stay once took a Windows device name such as CON), and a follow-up's date is a date
 * as a visit's is.
 */
describe('ids and dates as every form checks them', () => {
  it('takes an id that names a file anywhere, and refuses a Windows device name or a dot', () => {
    expect(idSchema.safeParse('a1b2c3d4e5f6a7b8c9d0').success).toBe(true);
    expect(idSchema.safeParse('CON').success).toBe(false);
    expect(idSchema.safeParse('com1').success).toBe(false);
    expect(idSchema.safeParse('../x').success).toBe(false);
  });

  it('refuses a stay in a hotel whose id is a Windows device name, as a programme item would', () => {
    const stay = { guestIds: ['g1'], hotelId: 'NUL', checkIn: '2026-05-12', checkOut: '2026-05-14' };
    const parsed = stayInputSchema.safeParse(stay);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['hotelId', 'invalid']]);
    expect(stayInputSchema.safeParse({ ...stay, hotelId: 'h1' }).success).toBe(true);
  });

  it('takes a calendar date, trimmed, and an empty optional one', () => {
    expect(isoDate.parse(' 2026-05-12 ')).toBe('2026-05-12');
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(optionalDate.parse(undefined)).toBe('');
    expect(optionalDate.safeParse('12.05.2026').success).toBe(false);
  });
});
