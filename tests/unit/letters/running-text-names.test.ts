import { describe, expect, it } from 'vitest';
import { addresseeLines } from '../../../src/core/letters/address';
import { inRunningText, passportName, salutation, type NamedGuest } from '../../../src/core/letters/names';

type Country = NonNullable<NamedGuest['citizenship']>;

function guest(surname: string, givenNames: string, country: Country, extra: Partial<NamedGuest> = {}): NamedGuest {
  return {
    surname,
    givenNames,
    nameAz: '',
    nameCyrillic: '',
    gender: 'male',
    honorific: 'professor',
    citizenship: country,
    passport: { number: 'X1', issuingCountry: country, issueDate: '', expiryDate: '' },
    ...extra,
  };
}

describe('a passport name typed in capitals, in a greeting', () => {
  it.each<[string, Country, string]>([
    ['ŞAHİNOĞLU', 'TR', 'Şahinoğlu'],
    ['HAKKI', 'TR', 'Hakkı'],
    ['İSMAİL', 'TR', 'İsmail'],
    ['ƏLİYEV', 'AZ', 'Əliyev'],
    ["O'BRIEN", 'IE', "O'Brien"],
    ['PETROVICH', 'RU', 'Petrovich'],
    ['MÜLLER-LÜDENSCHEIDT', 'DE', 'Müller-Lüdenscheidt'],
    ['Rossi', 'IT', 'Rossi'],
    ['van der Berg', 'NL', 'van der Berg'],
  ])('%s (%s) reads %s', (typed, country, expected) => {
    expect(inRunningText(typed, guest(typed, '', country))).toBe(expected);
  });

  it('greets in English by the surname as running text writes it, while the passport row stays as typed', () => {
    const sahinoglu = guest('ŞAHİNOĞLU', 'İSMAİL HAKKI', 'TR');

    expect(salutation('en', sahinoglu)).toBe('Dear Professor Şahinoğlu,');
    expect(addresseeLines('en', sahinoglu, { position: 'Rector', organisation: 'Ankara University' })[0]?.text).toBe(
      'Professor İsmail Hakkı Şahinoğlu',
    );
    expect(passportName('en', sahinoglu)).toBe('ŞAHİNOĞLU İSMAİL HAKKI');
  });

  it('uses the Cyrillic spelling in Russian where one is given, as the officer wrote it', () => {
    const ivanov = guest('IVANOV', 'SERGEY', 'RU', { nameCyrillic: 'Сергей Иванов', honorific: 'none' });

    expect(salutation('ru', ivanov)).toBe('Уважаемый господин Иванов!');
  });
});
