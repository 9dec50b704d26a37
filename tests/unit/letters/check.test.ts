import { describe, expect, it } from 'vitest';
import { LetterInputError, buildVisaInvitation, checkVisaInvitation } from '../../../src/core/letters';
import { sampleGuest, sampleVisa } from './fixtures';
import { emptyLeg } from '../../../src/shared/domain';

const visit = sampleVisa('en').visit;

describe('checkVisaInvitation', () => {
  it('passes a guest with every passport field', () => {
    expect(checkVisaInvitation(sampleGuest(), visit)).toEqual({ missing: [], warnings: [] });
  });

  it('names every missing field', () => {
    const guest = sampleGuest({
      dateOfBirth: '',
      gender: '',
      citizenship: '',
      passport: { number: ' ', issuingCountry: '', issueDate: '', expiryDate: '' },
      position: '',
      organisation: '',
    });
    expect(checkVisaInvitation(guest, { ...visit, purpose: '' }).missing).toEqual([
      'dateOfBirth',
      'gender',
      'citizenship',
      'passport.number',
      'passport.issuingCountry',
      'passport.issueDate',
      'passport.expiryDate',
      'position',
      'organisation',
      'visit.purpose',
    ]);
  });

  it('takes the visit’s dates when the guest has no flights yet, and names the dates when neither has them', () => {
    const guest = sampleGuest({ arrival: emptyLeg, departure: emptyLeg });
    expect(checkVisaInvitation(guest, visit).missing).toEqual([]);
    expect(checkVisaInvitation(guest, { ...visit, arrivalDate: '', departureDate: '' }).missing).toEqual([
      'arrival.date',
      'departure.date',
    ]);
  });

  it('warns when the passport expires less than three months after departure', () => {
    const expiring = (expiryDate: string) =>
      checkVisaInvitation(sampleGuest({ passport: { ...sampleGuest().passport, expiryDate } }), visit)
        .warnings;
    // Departure 2026-11-28: the passport must still be valid on 2027-02-28.
    expect(expiring('2027-02-27')).toEqual([
      { code: 'passportExpiresSoon', params: { expiryDate: '2027-02-27', requiredUntil: '2027-02-28' } },
    ]);
    expect(expiring('2027-02-28')).toEqual([]);
    expect(expiring('2026-11-01')).toHaveLength(1);
  });

  it('refuses to build a visa letter while a field is missing, naming the fields', async () => {
    const input = sampleVisa('az', { guest: sampleGuest({ gender: '', dateOfBirth: '' }), cities: ' ' });
    const error = await buildVisaInvitation(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LetterInputError);
    expect(error instanceof LetterInputError && error.fields).toEqual(['dateOfBirth', 'gender', 'cities']);
  });

  it('builds a letter despite the passport warning: the officer decides', async () => {
    const guest = sampleGuest({ passport: { ...sampleGuest().passport, expiryDate: '2027-01-01' } });
    await expect(buildVisaInvitation(sampleVisa('en', { guest }))).resolves.toBeInstanceOf(Buffer);
  });
});
