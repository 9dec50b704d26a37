import { describe, expect, it } from 'vitest';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, toLower, toUpper } from '../../../src/shared/languages';

describe('languages', () => {
  it('speaks az, en and ru, each named in itself', () => {
    expect(LANGUAGES).toEqual(['az', 'en', 'ru']);
    expect(LANGUAGE_NAMES).toEqual({ az: 'Azərbaycanca', en: 'English', ru: 'Русский' });
  });

  it('upper-cases Azerbaijani i as İ and ı as I', () => {
    expect(toUpper('ismayılov', 'az')).toBe('İSMAYILOV');
    expect(toUpper('ismayılov', 'en')).toBe('ISMAYILOV');
  });

  it('lower-cases Azerbaijani I as ı and İ as i', () => {
    expect(toLower('İSMAYILOV', 'az')).toBe('ismayılov');
  });

  it('knows its own languages only', () => {
    expect(isLanguage('ru')).toBe(true);
    expect(isLanguage('tr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
