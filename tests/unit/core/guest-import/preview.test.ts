import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../../../src/core/guest-import/preview';
import type { ImportMapping } from '../../../../src/shared/guest-import';
import { storedVisit } from '../../../support/builders';

const visit = storedVisit('v', {
  arrivalDate: '2027-05-12',
  departureDate: '2027-05-15',
  purpose: 'Talks',
  guests: [],
});

function preview(headers: string[], mapping: ImportMapping, ...rows: string[][]) {
  return buildPreview({ headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) }, mapping, {
    visit,
    visits: [visit],
    today: '2026-12-04',
    dateOrder: null,
  }).rows;
}

describe('what a row becomes', () => {
  it('splits a full name by its comma, or by the one word in capitals, and asks to check a guess', () => {
    const rows = preview(
      ['Name'],
      ['fullName'],
      ['YILMAZ, Ahmet Can'],
      ['Ahmet Can YILMAZ'],
      ['Ahmet Can Yilmaz'],
    );
    expect(rows.map((r) => [r.guest.surname, r.guest.givenNames])).toEqual([
      ['YILMAZ', 'Ahmet Can'],
      ['YILMAZ', 'Ahmet Can'],
      ['Yilmaz', 'Ahmet Can'],
    ]);
    expect(rows.map((r) => r.problems.some((p) => p.code === 'nameSplit'))).toEqual([false, false, true]);
  });

  it('keeps a Cyrillic name out of the passport name: kept as the Cyrillic spelling, the row held back', () => {
    const [row] = preview(['Фамилия', 'Имя'], ['surname', 'givenNames'], ['Иванов', 'Иван']);
    expect(row?.blocked).toBe(true);
    // Given names first, as every Cyrillic spelling in Qonaq: a letter reads the last words as the surname.
    expect(row?.guest).toMatchObject({ surname: '', givenNames: '', nameCyrillic: 'Иван Иванов' });
    expect(row?.problems).toContainEqual({
      code: 'nameNotLatin',
      blocking: true,
      params: { value: 'Иванов' },
    });
  });

  it('writes a Cyrillic name given in parts given names first, one space between words', () => {
    const rows = preview(
      ['Фамилия', 'Имя'],
      ['surname', 'givenNames'],
      ['Гарсия  Лопес', 'Хосе Мария'],
      ['Петрова', ''],
    );
    expect(rows.map((r) => r.guest.nameCyrillic)).toEqual(['Хосе Мария Гарсия Лопес', 'Петрова']);
  });

  it('puts the surname of a local spelling given in columns last, wherever its column stands', () => {
    const rows = preview(
      ['Фамилия', 'Имя', 'Отчество', 'Soyadı (azərbaycanca)', 'Adı (azərbaycanca)'],
      ['nameCyrillic', 'nameCyrillic', 'nameCyrillic', 'nameAz', 'nameAz'],
      ['Иванов', 'Иван', 'Петрович', 'İvanov', 'İvan'],
      ['Петрова', '', '', '', 'Anna'],
    );
    expect(rows.map((r) => [r.guest.nameCyrillic, r.guest.nameAz])).toEqual([
      ['Иван Петрович Иванов', 'İvan İvanov'],
      ['Петрова', 'Anna'],
    ]);
  });

  it('keeps the order of columns for a local spelling whose headers name no surname', () => {
    const rows = preview(['Имя', 'ФИО на русском'], ['nameCyrillic', 'nameCyrillic'], ['Иван', 'Петров']);
    expect(rows[0]?.guest.nameCyrillic).toBe('Иван Петров');
  });

  it('joins the parts of a name but never two passport numbers', () => {
    const [row] = preview(
      ['Surname', 'First name', 'Middle name', 'Passport', 'Old passport'],
      ['surname', 'givenNames', 'givenNames', 'passportNumber', 'passportNumber'],
      ['DOE', 'JOHN', 'PAUL', 'U1', 'U0'],
    );
    expect(row?.guest).toMatchObject({ givenNames: 'JOHN PAUL', passport: { number: 'U1' } });
  });

  it('keeps the visit’s date for a travel date outside it, and leaves out a bad e-mail, saying so', () => {
    const [row] = preview(
      ['Surname', 'Given names', 'Arrival', 'E-mail'],
      ['surname', 'givenNames', 'arrivalDate', 'email'],
      ['DOE', 'JANE', '01.05.2027', 'not an address'],
    );
    expect(row?.blocked).toBe(false);
    expect(row?.guest).toMatchObject({ arrival: { date: '2027-05-12' }, email: '' });
    expect(row?.problems).toEqual(
      expect.arrayContaining([
        {
          code: 'outsideVisit',
          field: 'arrivalDate',
          params: { value: '2027-05-01', from: '2027-05-12', to: '2027-05-15' },
        },
        { code: 'invalidValue', field: 'email', params: { value: 'not an address' } },
      ]),
    );
  });

  it('names the fields a visa letter will still need, and a passport that expires too soon', () => {
    const [row] = preview(
      ['Surname', 'Given names', 'Valid until'],
      ['surname', 'givenNames', 'expiryDate'],
      ['DOE', 'JANE', '10.07.2027'],
    );
    expect(row?.problems).toContainEqual({
      code: 'letterFieldsMissing',
      params: {
        fields: [
          'dateOfBirth',
          'gender',
          'citizenship',
          'passportNumber',
          'issuingCountry',
          'issueDate',
          'position',
          'organisation',
        ],
      },
    });
    expect(row?.problems).toContainEqual({
      code: 'passportExpiresSoon',
      params: { expiry: '2027-07-10', needed: '2027-08-15' },
    });
  });

  it('reads the choice fields as lists write them', () => {
    const rows = preview(
      ['Surname', 'Given names', 'Пол', 'Title', 'Role'],
      ['surname', 'givenNames', 'gender', 'honorific', 'role'],
      ['DOE', 'JANE', 'жен.', 'Prof. Dr.', 'Руководитель делегации'],
    );
    expect(rows[0]?.guest).toMatchObject({ gender: 'female', honorific: 'professor', role: 'head' });
  });
});
