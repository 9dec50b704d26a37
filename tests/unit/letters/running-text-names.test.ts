import { describe, expect, it } from 'vitest';
import { addresseeLines } from '../../../src/core/letters/address';
import { inRunningText, passportName, salutation, type NamedGuest } from '../../../src/core/letters/names';

type Country = NonNullable<NamedGuest['citizenship']>;

function guest(
  surname: string,
  givenNames: string,
  country: Country,
  extra: Partial<NamedGuest> = {},
): NamedGuest {
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
    expect(
      addresseeLines('en', sahinoglu, { position: 'Rector', organisation: 'Ankara University' })[0]?.text,
    ).toBe('Professor İsmail Hakkı Şahinoğlu');
    expect(passportName('en', sahinoglu)).toBe('ŞAHİNOĞLU İSMAİL HAKKI');
  });

  it('uses the Cyrillic spelling in Russian where one is given, as the officer wrote it', () => {
    const ivanov = guest('IVANOV', 'SERGEY', 'RU', { nameCyrillic: 'Сергей Иванов', honorific: 'none' });

    expect(salutation('ru', ivanov)).toBe('Уважаемый господин Иванов!');
  });
});

describe('the title in an addressee block', () => {
  const N = '\u00a0';

  it('is said once: a position that names it leaves Mr or Ms before the name', () => {
    const kuznetsova = guest('KUZNETSOVA', 'ANNA SERGEEVNA', 'RU', {
      gender: 'female',
      honorific: 'associateProfessor',
      nameAz: 'Anna Sergeyevna Kuznetsova',
      nameCyrillic: 'Анна Сергеевна Кузнецова',
    });
    const rossi = guest('ROSSI', 'MARCO', 'IT', { nameCyrillic: 'Марко Росси' });

    expect(
      addresseeLines('az', kuznetsova, {
        position: 'Beynəlxalq münasibətlər kafedrasının dosenti',
        organisation: 'Moskva Dövlət Universiteti',
      }).map((l) => l.text),
    ).toEqual([
      'Moskva Dövlət Universitetinin beynəlxalq münasibətlər kafedrasının dosenti',
      `xanım A.${N}S.${N}Kuznetsovaya`,
    ]);
    expect(
      addresseeLines('ru', rossi, { position: 'Профессор кафедры истории', organisation: '' }).map(
        (l) => l.text,
      ),
    ).toEqual(['Профессору кафедры истории', `господину М.${N}Росси`]);
    expect(
      addresseeLines('ru', rossi, { position: 'Ректор', organisation: 'Болонский университет' }).map(
        (l) => l.text,
      ),
    ).toEqual(['Ректору Болонского университета', `профессору М.${N}Росси`]);
  });
});
