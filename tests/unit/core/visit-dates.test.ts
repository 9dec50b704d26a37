import { describe, expect, it } from 'vitest';
import { checkVisaInvitation } from '../../../src/core/letters/check';
import { guestStay, outsideVisit, passportShortfall } from '../../../src/core/visit-dates';
import { visitWarnings } from '../../../src/core/visit-detail';
import { storedGuest, storedVisit } from '../../support/builders';

// The visit runs 12-15 May 2026 (storedVisit); a passport must last three months past the guest's departure.
const visit = storedVisit('v1');

function guestWith(expiryDate: string, departure = '') {
  return storedGuest('ali', {
    passport: { number: 'U1234567', issuingCountry: 'TR', issueDate: '2020-01-01', expiryDate },
    departure: { date: departure },
  });
}

describe('the dates of a visit and of its guests', () => {
  it('counts the first and the last day of the visit within it', () => {
    expect(
      ['2026-05-11', '2026-05-12', '2026-05-15', '2026-05-16'].map((d) => outsideVisit(d, visit)),
    ).toEqual([true, false, false, true]);
  });

  it("takes a guest's own dates where given, else the visit's", () => {
    const guest = storedGuest('ali', { arrival: { date: '2026-05-13' }, departure: {} });
    expect(guestStay(guest, visit)).toEqual({ arrival: '2026-05-13', departure: '2026-05-15' });
  });

  it('wants a passport valid three months past the day the guest leaves, that day counted', () => {
    expect(passportShortfall(guestWith('2026-08-14'), visit)).toEqual({
      expiry: '2026-08-14',
      needed: '2026-08-15',
      departure: '2026-05-15',
    });
    expect(passportShortfall(guestWith('2026-08-15'), visit)).toBeNull();
    expect(passportShortfall(guestWith('2026-08-20', '2026-05-14'), visit)).toBeNull();
    expect(passportShortfall(guestWith('2026-08-13', '2026-05-14'), visit)).toMatchObject({
      needed: '2026-08-14',
    });
    expect(passportShortfall(guestWith(''), visit)).toBeNull();
  });

  it('gives the same answer on the visit page and in a visa invitation check', () => {
    const short = guestWith('2026-08-14');
    const long = guestWith('2026-08-15');
    expect(visitWarnings(storedVisit('v1', { guests: [short] }))[0]?.params).toMatchObject({
      expiry: '2026-08-14',
      needed: '2026-08-15',
    });
    expect(checkVisaInvitation(short, visit).warnings).toEqual([
      { code: 'passportExpiresSoon', params: { expiryDate: '2026-08-14', requiredUntil: '2026-08-15' } },
    ]);
    expect(visitWarnings(storedVisit('v1', { guests: [long] }))).toEqual([]);
    expect(checkVisaInvitation(long, visit).warnings).toEqual([]);
  });
});
