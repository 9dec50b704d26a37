import { describe, expect, it } from 'vitest';
import { visitSummary } from '../../../src/core/store/visit-index';
import { visitWarnings } from '../../../src/core/visit-detail';
import { storedGuest, storedVisit } from '../../support/builders';

// The list of visits and the passport warning name a guest by the one rule of shared/guest-name.ts:
// a name pasted with a double space or a tab reads as it does everywhere else in the app.
const head = storedGuest('g1', {
  role: 'head',
  givenNames: 'Ayşe  Gül\t',
  surname: 'DEMİRCİ',
  passport: { number: 'U1234567', issuingCountry: 'TR', issueDate: '2020-01-01', expiryDate: '2026-06-01' },
});

describe('a guest named in the visit list and in warnings', () => {
  it('shows the head of delegation with runs of white space as one space', () => {
    expect(visitSummary(storedVisit('v1', { guests: [head] })).headName).toBe('Ayşe Gül DEMİRCİ');
  });

  it('names the guest whose passport expires too soon the same way', () => {
    const [warning] = visitWarnings(storedVisit('v1', { guests: [head] }));
    expect(warning?.params).toMatchObject({ name: 'Ayşe Gül DEMİRCİ' });
  });
});
