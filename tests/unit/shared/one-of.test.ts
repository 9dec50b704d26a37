import { describe, expect, it } from 'vitest';
import { isUnreadableReason } from '../../../src/shared/guest-import-constants';
import { isLetterKind } from '../../../src/shared/letter-constants';
import { isOneOf } from '../../../src/shared/one-of';
import { isPartnerKind } from '../../../src/shared/partner-constants';

/** A choice read back from a select, a file or a worker's message is checked by one guard. */
describe('one of a list', () => {
  it('takes a listed string and nothing else', () => {
    expect(isOneOf(['host', 'guest'], 'guest')).toBe(true);
    expect(isOneOf(['host', 'guest'], 'Guest')).toBe(false);
    expect(isOneOf(['host', 'guest'], null)).toBe(false);
    expect(isOneOf(['host', 'guest'], 7)).toBe(false);
  });

  it('knows the lists it guards', () => {
    expect(isLetterKind('visaInvitation')).toBe(true);
    expect(isLetterKind('invoice')).toBe(false);
    expect(isPartnerKind('embassy')).toBe(true);
    expect(isPartnerKind('')).toBe(false);
    expect(isUnreadableReason('xls')).toBe(true);
    expect(isUnreadableReason('toString')).toBe(false);
  });
});
