import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/shared/numbers';

describe('formatCount', () => {
  it('groups thousands as each language prints them, the Russian space a no-break one', () => {
    expect([999, 2875, 12927, 1234567].map((n) => formatCount('az', n))).toEqual([
      '999',
      '2.875',
      '12.927',
      '1.234.567',
    ]);
    expect([999, 2875, 12927, 1234567].map((n) => formatCount('en', n))).toEqual([
      '999',
      '2,875',
      '12,927',
      '1,234,567',
    ]);
    expect([999, 2875, 12927, 1234567].map((n) => formatCount('ru', n))).toEqual([
      '999',
      '2\u00a0875',
      '12\u00a0927',
      '1\u00a0234\u00a0567',
    ]);
  });
});
