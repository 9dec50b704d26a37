import { describe, expect, it } from 'vitest';
import { passportName, salutation } from '../../../src/core/letters';
import { displayName } from '../../../src/shared/guest-name';
import { localSurname, type NamedGuest } from '../../../src/core/letters/names';
import { LetterInputError } from '../../../src/core/letters/types';
import { HONORIFICS } from '../../../src/shared/domain';
import type { Language } from '../../../src/shared/languages';

// Expected strings are written by hand from the rules in docs/letters.md.
const ivanov: NamedGuest = {
  surname: 'IVANOV',
  givenNames: 'SERGEY PETROVICH',
  nameAz: 'Sergey Petroviç İvanov',
  nameCyrillic: 'Сергей Петрович Иванов',
  gender: 'male',
  honorific: 'none',
};
const kuznetsova: NamedGuest = {
  surname: 'KUZNETSOVA',
  givenNames: 'ANNA',
  nameAz: '',
  nameCyrillic: 'Анна Кузнецова',
  gender: 'female',
  honorific: 'none',
};
const rossi: NamedGuest = {
  surname: 'Rossi',
  givenNames: 'Marco',
  nameAz: '',
  nameCyrillic: 'Марко Росси',
  gender: 'male',
  honorific: 'professor',
};
const yilmaz: NamedGuest = {
  surname: 'Yılmaz',
  givenNames: 'Ayşe',
  nameAz: '',
  nameCyrillic: '',
  gender: 'female',
  honorific: 'none',
};

describe('salutation, by language, gender and honorific', () => {
  it.each<[Language, NamedGuest, string]>([
    ['ru', ivanov, 'Уважаемый господин Иванов!'],
    ['ru', kuznetsova, 'Уважаемая госпожа Кузнецова!'],
    ['ru', rossi, 'Уважаемый профессор Росси!'],
    ['ru', { ...rossi, honorific: 'dr' }, 'Уважаемый господин Росси!'],
    ['ru', { ...rossi, honorific: 'associateProfessor' }, 'Уважаемый господин Росси!'],
    ['ru', { ...ivanov, honorific: 'academician' }, 'Уважаемый академик Иванов!'],
    ['ru', { ...kuznetsova, honorific: 'professor' }, 'Уважаемая госпожа Кузнецова!'],
    ['ru', { ...kuznetsova, honorific: 'associateProfessor' }, 'Уважаемая госпожа Кузнецова!'],
    ['ru', { ...kuznetsova, honorific: 'dr' }, 'Уважаемая госпожа Кузнецова!'],
    ['ru', { ...kuznetsova, honorific: 'academician' }, 'Уважаемая госпожа Кузнецова!'],
    ['ru', { ...ivanov, honorific: 'excellency' }, 'Ваше Превосходительство!'],
    ['ru', yilmaz, 'Уважаемая госпожа Yılmaz!'],
    ['az', { ...yilmaz, gender: 'male', surname: 'Yılmaz' }, 'Hörmətli cənab Yılmaz!'],
    ['az', { ...yilmaz, surname: 'Öztürk' }, 'Hörmətli xanım Öztürk!'],
    ['az', rossi, 'Hörmətli professor Rossi!'],
    ['az', { ...yilmaz, honorific: 'professor' }, 'Hörmətli professor Yılmaz!'],
    ['az', { ...rossi, honorific: 'associateProfessor' }, 'Hörmətli dosent Rossi!'],
    ['az', { ...rossi, honorific: 'dr' }, 'Hörmətli doktor Rossi!'],
    ['az', { ...ivanov, honorific: 'academician' }, 'Hörmətli akademik İvanov!'],
    ['az', ivanov, 'Hörmətli cənab İvanov!'],
    ['az', { ...ivanov, honorific: 'excellency' }, 'Zati-aliləri!'],
    ['en', rossi, 'Dear Professor Rossi,'],
    ['en', { ...rossi, honorific: 'dr' }, 'Dear Dr Rossi,'],
    ['en', { ...rossi, honorific: 'associateProfessor' }, 'Dear Professor Rossi,'],
    ['en', yilmaz, 'Dear Ms Yılmaz,'],
    ['en', { ...ivanov, surname: 'Ivanov' }, 'Dear Mr Ivanov,'],
    ['en', { ...ivanov, honorific: 'academician', surname: 'Ivanov' }, 'Dear Academician Ivanov,'],
    ['en', { ...yilmaz, honorific: 'excellency' }, 'Your Excellency,'],
  ])('%s %o -> %s', (language, guest, expected) => {
    expect(salutation(language, guest)).toBe(expected);
  });

  it('never prints a form without gender: a guest without one is refused with `gender`', () => {
    for (const language of ['az', 'en', 'ru'] as const) {
      for (const honorific of HONORIFICS) {
        const guest: NamedGuest = { ...ivanov, gender: '', honorific };
        expect(() => salutation(language, guest)).toThrow(LetterInputError);
        try {
          salutation(language, guest);
        } catch (error) {
          expect(error).toMatchObject({ code: 'missingFields', fields: ['gender'] });
        }
      }
    }
  });

  it('never writes "Уважаемая доцент/доктор/профессор" nor "(-ая)" for any honorific', () => {
    for (const honorific of HONORIFICS) {
      for (const gender of ['male', 'female'] as const) {
        const text = salutation('ru', { ...kuznetsova, honorific, gender });
        expect(text).not.toMatch(/Уважаемая (доцент|доктор|профессор|академик)|\(-ая\)/);
      }
    }
  });

  it('prints a name that looks like a placeholder as it is', () => {
    expect(salutation('en', { ...yilmaz, surname: '{{givenNames}}' })).toBe('Dear Ms {{givenNames}},');
  });
});

describe('localSurname', () => {
  it.each<[Language, NamedGuest, string]>([
    ['ru', ivanov, 'Иванов'],
    ['az', ivanov, 'İvanov'],
    // A passport surname typed in capitals reads as running text writes it (see inRunningText).
    ['en', ivanov, 'Ivanov'],
    ['az', kuznetsova, 'Kuznetsova'],
    // As many words as the passport surname has: a double surname stays whole.
    ['ru', { ...ivanov, surname: 'GARCÍA LÓPEZ', nameCyrillic: 'Мария Гарсия Лопес' }, 'Гарсия Лопес'],
    ['ru', { ...ivanov, nameCyrillic: '  Сергей   Иванов ' }, 'Иванов'],
  ])('%s %o -> %s', (language, guest, expected) => {
    expect(localSurname(language, guest)).toBe(expected);
  });
});

describe('passport name', () => {
  it.each<[Language, string, string, string]>([
    ['az', 'PETROVICH', 'IVAN', 'PETROVICH IVAN'],
    ['az', "O'BRIEN", 'WILHELM', "O'BRIEN WILHELM"],
    ['en', 'ŞAHİNOĞLU', 'İSMAİL HAKKI', 'ŞAHİNOĞLU İSMAİL HAKKI'],
    ['ru', 'ŞAHİNOĞLU', 'İSMAİL HAKKI', 'ŞAHİNOĞLU İSMAİL HAKKI'],
    ['ru', 'Müller', 'Jürgen', 'Müller Jürgen'],
    ['en', 'Şirinli', 'İlqar  Əli', 'Şirinli İlqar Əli'],
    ['az', 'Şirinli', 'ilqar\tƏli', 'Şirinli ilqar Əli'],
  ])('%s: %s %s prints as typed: %s', (language, surname, givenNames, expected) => {
    expect(passportName(language, { ...ivanov, surname, givenNames })).toBe(expected);
  });

  it('prefers the spelling in the letter’s script for running text', () => {
    expect(displayName(ivanov, 'ru')).toBe('Сергей Петрович Иванов');
    expect(displayName(ivanov, 'en')).toBe('SERGEY PETROVICH IVANOV');
    expect(displayName(yilmaz, 'ru')).toBe('Ayşe Yılmaz');
  });
});
