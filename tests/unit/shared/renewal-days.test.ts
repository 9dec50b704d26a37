import { describe, expect, it } from 'vitest';
import { RENEWAL_DAYS_DEFAULT, RENEWAL_DAYS_MAX } from '../../../src/shared/partner-constants';
import { renewalDaysSchema } from '../../../src/shared/partners-contract';

/** The renewal window's limits are written once, in partner-constants.ts: the setting's field and its check read them. */
describe('the renewal window', () => {
  it('is 90 days unless set, and at most ten years', () => {
    expect(RENEWAL_DAYS_DEFAULT).toBe(90);
    expect(RENEWAL_DAYS_MAX).toBe(3650);
  });

  it('accepts one day to 3650 days and refuses what lies outside', () => {
    expect(renewalDaysSchema.safeParse(1).success).toBe(true);
    expect(renewalDaysSchema.safeParse(3650).success).toBe(true);
    expect(renewalDaysSchema.safeParse(3651).success).toBe(false);
    expect(renewalDaysSchema.safeParse(0).success).toBe(false);
  });
});
