import { describe, expect, it } from 'vitest';
import { PAYERS as stayPayers } from '../../../src/shared/accommodation-constants';
import { PAYERS as costPayers } from '../../../src/shared/letter-constants';

/** A stay's payer and a letter's cost payer are chosen from one list, in one order. */
describe('who pays', () => {
  it('is the same list for a stay and a letter’s costs: host, partner, guest', () => {
    expect(stayPayers).toBe(costPayers);
    expect(stayPayers).toEqual(['host', 'partner', 'guest']);
  });
});
