import { describe, expect, it } from 'vitest';
import { matchCountry } from '../../../../src/core/guest-import/countries';
import { GuestIndex } from '../../../../src/core/guest-import/duplicates';
import { guestData, storedGuest, storedVisit } from '../../../support/builders';

const noPassport = { number: '', issuingCountry: '', issueDate: '', expiryDate: '' };

describe('duplicates of a row among the guests already known', () => {
  const earlier = storedVisit('earlier', {
    title: 'Moscow 2025',
    arrivalDate: '2025-03-01',
    guests: [
      storedGuest('ivanov', {
        surname: 'IVANOV',
        givenNames: 'IVAN',
        nameCyrillic: '',
        passport: { ...noPassport, number: '751234567' },
      }),
      storedGuest('sahin', { surname: 'ŞAHİN', givenNames: 'CEM', passport: noPassport }),
      storedGuest('andrei', {
        surname: 'SMIRNOV',
        givenNames: 'ANDREI',
        passport: { ...noPassport, number: '759999999' },
      }),
    ],
  });
  const current = storedVisit('current', { title: 'Moscow 2027', arrivalDate: '2027-05-12', guests: [] });
  const index = new GuestIndex([earlier, current]);
  const find = (overrides: Parameters<typeof guestData>[0]) =>
    index
      .find(guestData({ passport: noPassport, ...overrides }), 'current')
      .map((d) => `${d.guestId}:${d.reason}`);

  it('finds the same passport however it is spaced', () => {
    expect(
      find({ surname: 'Other', givenNames: 'Person', passport: { ...noPassport, number: '75 1234 567' } }),
    ).toEqual(['ivanov:passport']);
  });

  it('finds a Cyrillic full name with a patronymic as the passport name', () => {
    expect(find({ surname: 'Doe', givenNames: 'John', nameCyrillic: 'Иванов Иван Петрович' })).toEqual([
      'ivanov:name',
    ]);
  });

  it('finds a name spelt without its Turkish letters, and a Latin name read from Cyrillic', () => {
    expect(find({ surname: 'SAHIN', givenNames: 'Cem' })).toEqual(['sahin:name']);
    expect(find({ surname: 'Doe', givenNames: 'John', nameCyrillic: 'Андрей Смирнов' })).toEqual([
      'andrei:name',
    ]);
  });

  it('does not take two people of one name with different passports for one', () => {
    expect(
      find({ surname: 'IVANOV', givenNames: 'IVAN', passport: { ...noPassport, number: '700000001' } }),
    ).toEqual([]);
  });

  it('does not match on a surname alone', () => {
    expect(find({ surname: 'IVANOV', givenNames: 'Sergei' })).toEqual([]);
  });
});

describe('countries as lists write them', () => {
  it.each([
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Турция', 'TR'],
    ['Türkiyə', 'TR'],
    ['Turkish', 'TR'],
    ['TUR', 'TR'],
    ['tr', 'TR'],
    ['Russian Federation', 'RU'],
    ['Российская Федерация', 'RU'],
    ['Rusiya', 'RU'],
    ['Germany', 'DE'],
    ['Almaniya', 'DE'],
    ['Германия', 'DE'],
    ['Republic of Korea', 'KR'],
    ['the Netherlands', 'NL'],
    ['Azərbaycan', 'AZ'],
    ['United Kingdom', 'GB'],
    ['United States', 'US'],
    ['Соединенные Штаты', 'US'],
    ['ОАЭ', 'AE'],
    ['КНДР', 'KP'],
    ['North Korea', 'KP'],
    ['Hong Kong', 'HK'],
    ['DR Congo', 'CD'],
    ['Congo - Kinshasa', 'CD'],
    ['Republic of the Congo', 'CG'],
    ['Bosnia & Herzegovina', 'BA'],
  ])('%s is %s', (text, code) => {
    expect(matchCountry(text)).toBe(code);
  });

  it('knows no country it cannot name', () => {
    expect(matchCountry('Narnia')).toBeNull();
    expect(matchCountry('')).toBeNull();
    expect(matchCountry('XX')).toBeNull();
  });
});
