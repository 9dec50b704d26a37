import { describe, expect, it } from 'vitest';
import { agreementGroups } from '../../../../src/core/reports/agreements';
import { agreementInputSchema, type Agreement, type AgreementInput } from '../../../../src/shared/partners';

const STAMP = '2026-01-01T00:00:00.000Z';
const agreement = (input: Partial<AgreementInput>): Agreement => ({
  ...agreementInputSchema.parse({ partnerId: 'p1', title: { az: '', en: 'An agreement', ru: '' }, ...input }),
  id: 'a',
  createdAt: STAMP,
  updatedAt: STAMP,
});
const year = (a: Agreement) => agreementGroups(a, '2027-01-01', '2027-12-31');

describe('which groups an agreement falls in for the year 2027', () => {
  it('signed in the year and ended in it: both', () => {
    expect(year(agreement({ status: 'expired', signedDate: '2027-02-01', validTo: '2027-11-30' }))).toEqual([
      'signed',
      'ended',
    ]);
  });

  it('automatic renewal, still signed, term over in the year: renewed, not ended', () => {
    expect(
      year(
        agreement({ status: 'signed', signedDate: '2022-05-01', validTo: '2027-05-01', autoRenewal: true }),
      ),
    ).toEqual(['renewed']);
  });

  it('automatic renewal but terminated: ended', () => {
    expect(
      year(
        agreement({
          status: 'terminated',
          signedDate: '2022-05-01',
          validTo: '2027-05-01',
          autoRenewal: true,
        }),
      ),
    ).toEqual(['ended']);
  });

  it('expiring: signed, ending on the 90th day after the year but not the 91st', () => {
    // 31 December 2027 + 90 days = 30 March 2028 (31 days of January, 29 of February 2028, 30 of March).
    expect(year(agreement({ status: 'signed', signedDate: '2023-03-30', validTo: '2028-03-30' }))).toEqual([
      'expiring',
    ]);
    expect(year(agreement({ status: 'signed', signedDate: '2023-03-31', validTo: '2028-03-31' }))).toEqual(
      [],
    );
  });

  it('a draft, an open-ended agreement signed before the year: nowhere', () => {
    expect(year(agreement({ status: 'draft' }))).toEqual([]);
    expect(year(agreement({ status: 'signed', signedDate: '2020-01-01', validTo: '' }))).toEqual([]);
  });
});
