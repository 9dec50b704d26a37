import { describe, expect, it } from 'vitest';
import { passportUpperCase } from '../../../src/shared/passport-case';

describe('passportUpperCase', () => {
  it.each([
    ['Şahinoğlu', 'TR', 'ŞAHİNOĞLU'],
    ['İsmail', 'TR', 'İSMAİL'],
    ['Yıldırım', 'TR', 'YILDIRIM'],
    ['Petrovich', 'RU', 'PETROVICH'],
    ["O'Brien", 'IE', "O'BRIEN"],
    ['Müller', 'DE', 'MÜLLER'],
    ['Əliyev', 'AZ', 'ƏLİYEV'],
    ['Məmmədova Leyla', 'AZ', 'MƏMMƏDOVA LEYLA'],
    ['Wilhelm', 'AT', 'WILHELM'],
    ['Giovanni', '', 'GIOVANNI'],
    ['ŞAHİNOĞLU', 'TR', 'ŞAHİNOĞLU'],
  ])('%s from a %s passport is %s', (typed, country, expected) => {
    expect(passportUpperCase(typed, country)).toBe(expected);
  });

  it('takes the issuing country in either case', () => {
    expect(passportUpperCase('Kılıç', 'tr')).toBe('KILIÇ');
  });
});
