import { describe, expect, it } from 'vitest';
import { foldedName, foldForSearch, matchesQuery, sameName } from '../../../src/shared/fold';
import { foldKey } from '../../../src/shared/guest-import';

/**
 * One rule for two spellings of one name, written in shared/fold.ts: the partner directory's duplicate
 * check and the visit form's partner fill read it (the fill once compared without the dotless ı).
 */
describe('names folded for comparison', () => {
  it('ignores case, diacritics, dotted and dotless i, and runs of white space', () => {
    expect(foldedName('  ANKARA  Üniversitesi ')).toBe('ankara universitesi');
    expect(foldedName('Kırıkkale\u00a0 Üniversitesi')).toBe('kirikkale universitesi');
    expect(foldedName('İSMAYILOV')).toBe('ismayilov');
    expect(foldedName('Бакинский\tгосударственный  университет')).toBe(
      'бакинскии государственныи университет',
    );
  });

  it('reads the capitals of a Turkish name as the name in small letters', () => {
    expect(sameName('KIRIKKALE ÜNİVERSİTESİ', 'Kırıkkale Üniversitesi')).toBe(true);
    expect(sameName('Şahin', 'sahin')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(sameName('Ankara Üniversitesi', 'Ankara Universiteti')).toBe(false);
    expect(sameName('Əliyev', 'Aliyev')).toBe(false);
  });

  it('leaves white space to the search, which splits on it', () => {
    expect(foldForSearch('Gəncə  Dövlət')).toBe('gəncə  dovlət');
  });
});

describe('header texts and partners folded for a guest list', () => {
  it('folds as the search does, and further: ə as e, punctuation as space, № as no', () => {
    expect(foldKey('Pasportun №')).toBe('pasportun no');
    expect(foldKey('Doğum tarixi (gün.ay.il)')).toBe('dogum tarixi gun ay il');
    expect(foldKey('  İSMAYILOV, Əli ')).toBe('ismayilov eli');
    expect(foldKey('Дата рождения')).toBe('дата рождения');
  });
});

describe('a partner search, in the directory and the visit form alike', () => {
  const ankara = foldForSearch('Ankara Üniversitesi\nAnkara University\nAnkara');

  it('finds every word in any order, typed in either script', () => {
    expect(matchesQuery(ankara, 'university ANKARA')).toBe(true);
    expect(matchesQuery(ankara, 'Анкара')).toBe(true);
    expect(matchesQuery(ankara, 'universitesi')).toBe(true);
  });

  it('finds nothing when one word is not there, and everything for no words', () => {
    expect(matchesQuery(ankara, 'ankara berlin')).toBe(false);
    expect(matchesQuery(ankara, '  ')).toBe(true);
  });
});
