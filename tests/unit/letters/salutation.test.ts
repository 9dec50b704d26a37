import { describe, expect, it } from 'vitest';
import { displayName, passportName, salutation } from '../../../src/core/letters';
import type { NamedGuest } from '../../../src/core/letters/names';
import type { Language } from '../../../src/shared/languages';

const smith: NamedGuest = {
  surname: 'Smith',
  givenNames: 'John',
  nameAz: 'Con Smit',
  nameCyrillic: 'Джон Смит',
  gender: 'male',
  honorific: 'none',
};
const demirci: NamedGuest = {
  surname: 'Demirci',
  givenNames: 'Ayşe Gül',
  nameAz: '',
  nameCyrillic: '',
  gender: 'female',
  honorific: 'none',
};

describe('salutation', () => {
  it.each<[Language, NamedGuest, string]>([
    ['en', smith, 'Dear Mr Smith,'],
    ['en', demirci, 'Dear Ms Demirci,'],
    ['en', { ...smith, gender: '' }, 'Dear John Smith,'],
    ['en', { ...demirci, honorific: 'professor' }, 'Dear Professor Demirci,'],
    ['en', { ...demirci, honorific: 'associateProfessor' }, 'Dear Professor Demirci,'],
    ['en', { ...smith, honorific: 'dr' }, 'Dear Dr Smith,'],
    ['en', { ...smith, honorific: 'academician' }, 'Dear Academician Smith,'],
    ['en', { ...smith, honorific: 'excellency' }, 'Your Excellency,'],
    ['az', smith, 'Hörmətli cənab Con Smit!'],
    ['az', demirci, 'Hörmətli xanım Ayşe Gül Demirci!'],
    ['az', { ...smith, gender: '' }, 'Hörmətli Con Smit!'],
    ['az', { ...demirci, honorific: 'professor' }, 'Hörmətli professor Ayşe Gül Demirci!'],
    ['az', { ...smith, honorific: 'associateProfessor' }, 'Hörmətli dosent Con Smit!'],
    ['az', { ...smith, honorific: 'dr' }, 'Hörmətli doktor Con Smit!'],
    ['az', { ...smith, honorific: 'excellency' }, 'Zati-aliləri!'],
    ['ru', smith, 'Уважаемый господин Джон Смит!'],
    ['ru', demirci, 'Уважаемая госпожа Ayşe Gül Demirci!'],
    ['ru', { ...smith, gender: '' }, 'Уважаемый(-ая) Джон Смит!'],
    ['ru', { ...demirci, honorific: 'professor' }, 'Уважаемая профессор Ayşe Gül Demirci!'],
    ['ru', { ...smith, honorific: 'professor' }, 'Уважаемый профессор Джон Смит!'],
    ['ru', { ...smith, honorific: 'academician' }, 'Уважаемый академик Джон Смит!'],
    ['ru', { ...smith, honorific: 'excellency' }, 'Ваше Превосходительство!'],
  ])('%s %o -> %s', (language, guest, expected) => {
    expect(salutation(language, guest)).toBe(expected);
  });

  it('prints a name that looks like a placeholder as it is', () => {
    expect(salutation('en', { ...smith, surname: '{{givenNames}}' })).toBe('Dear Mr {{givenNames}},');
  });
});

describe('names', () => {
  it('writes the passport name in capitals by the letter language, with Azerbaijani İ', () => {
    const guest = { ...demirci, surname: 'Şirinli', givenNames: 'İlqar Əli' };
    expect(passportName('az', guest)).toBe('ŞİRİNLİ İLQAR ƏLİ');
    expect(passportName('en', guest)).toBe('ŞIRINLI İLQAR ƏLI');
    expect(passportName('ru', { ...demirci, surname: 'Yıldız' })).toBe('YILDIZ AYŞE GÜL');
  });

  it('prefers the spelling in the letter’s script for running text', () => {
    expect(displayName('az', smith)).toBe('Con Smit');
    expect(displayName('ru', smith)).toBe('Джон Смит');
    expect(displayName('en', smith)).toBe('John Smith');
    expect(displayName('ru', demirci)).toBe('Ayşe Gül Demirci');
  });
});
