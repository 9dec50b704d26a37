import { describe, expect, it } from 'vitest';
import { matchHeader, proposeMapping } from '../../../../src/core/guest-import/headers';

describe('header matching', () => {
  it.each([
    ['Surname', 'surname'],
    ['SURNAME (as in passport)', 'surname'],
    ['Фамилия', 'surname'],
    ['Soyadı', 'surname'],
    ['Last name', 'surname'],
    ['Given names', 'givenNames'],
    ['Имя', 'givenNames'],
    ['Adı', 'givenNames'],
    ['ФИО', 'fullName'],
    ['Ad, soyad', 'fullName'],
    ['Passport No', 'passportNumber'],
    ['Passport No.', 'passportNumber'],
    ['№ паспорта', 'passportNumber'],
    ['Номер паспорта', 'passportNumber'],
    ['Pasport nömrəsi', 'passportNumber'],
    ['Pasaport No', 'passportNumber'],
    ['Date of birth', 'dateOfBirth'],
    ['DOB', 'dateOfBirth'],
    ['Дата рождения', 'dateOfBirth'],
    ['Doğum tarixi', 'dateOfBirth'],
    ['Doğum tarihi', 'dateOfBirth'],
    ['Nationality', 'citizenship'],
    ['Гражданство', 'citizenship'],
    ['Vətəndaşlığı', 'citizenship'],
    ['Uyruğu', 'citizenship'],
    ['Date of expiry', 'expiryDate'],
    ['Срок действия паспорта', 'expiryDate'],
    ['Passport valid until', 'expiryDate'],
    ['Date of issue', 'issueDate'],
    ['Дата выдачи', 'issueDate'],
    ['Country of issue', 'issuingCountry'],
    ['Position', 'position'],
    ['Должность', 'position'],
    ['Vəzifəsi', 'position'],
    ['Organization', 'organisation'],
    ['Место работы', 'organisation'],
    ['Sex', 'gender'],
    ['Пол', 'gender'],
    ['E-mail', 'email'],
    ['Тел.', 'phone'],
    ['Arrival flight', 'arrivalFlight'],
    ['Дата прибытия', 'arrivalDate'],
    ['Фамилия (на русском)', 'nameCyrillic'],
    ['Отчество', 'nameCyrillic'],
  ])('%s names %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each(['', '№', 'Remarks', 'Примечание', 'Qeyd', 'Hotel room'])('%s names no field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('the proposed mapping', () => {
  it('gives each field to one column, the one that names it best', () => {
    expect(proposeMapping(['Passport', 'Passport No', 'Surname', 'First name'])).toEqual([
      '',
      'passportNumber',
      'surname',
      'givenNames',
    ]);
  });

  it('reads a lone "Name" column as the full name', () => {
    expect(proposeMapping(['No', 'Name', 'Passport', 'Country'])).toEqual([
      '',
      'fullName',
      'passportNumber',
      'citizenship',
    ]);
    expect(proposeMapping(['Surname', 'Name'])).toEqual(['surname', 'givenNames']);
  });

  it('lets the parts of a name share a field', () => {
    expect(proposeMapping(['Фамилия на русском', 'Имя на русском', 'Отчество'])).toEqual([
      'nameCyrillic',
      'nameCyrillic',
      'nameCyrillic',
    ]);
  });

  it('maps an Azerbaijani list', () => {
    expect(
      proposeMapping([
        'Soyadı',
        'Adı',
        'Doğum tarixi',
        'Vətəndaşlığı',
        'Pasport nömrəsi',
        'Etibarlıdır',
        'Vəzifəsi',
        'Cinsi',
      ]),
    ).toEqual([
      'surname',
      'givenNames',
      'dateOfBirth',
      'citizenship',
      'passportNumber',
      'expiryDate',
      'position',
      'gender',
    ]);
  });
});
