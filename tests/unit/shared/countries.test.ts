import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, isCountryCode } from '../../../src/shared/countries';

describe('countries', () => {
  it('lists the 249 current ISO 3166-1 codes, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
  });

  it.each(['SU', 'YU', 'CS', 'DD', 'BU', 'ZR', 'TP', 'AN', 'UK', 'FX', 'VD', 'YD'])(
    'does not offer the withdrawn code %s beside its successor',
    (code) => {
      expect(isCountryCode(code)).toBe(false);
    },
  );

  it('offers each country under one code only, in every language', () => {
    for (const language of ['az', 'en', 'ru'] as const) {
      const names = COUNTRY_CODES.map((code) => countryName(language, code));
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      expect(repeated).toEqual([]);
    }
  });

  it('names countries in az, en and ru', () => {
    expect(countryName('az', 'TR')).toBe('Türkiyə');
    expect(countryName('en', 'AZ')).toBe('Azerbaijan');
    expect(countryName('ru', 'DE')).toBe('Германия');
  });

  it('writes the names as an official letter does, not the short forms of display lists', () => {
    expect(countryName('ru', 'US')).toBe('Соединённые Штаты Америки');
    expect(countryName('ru', 'AE')).toBe('Объединённые Арабские Эмираты');
    expect(countryName('ru', 'KP')).toBe('Корейская Народно-Демократическая Республика');
    expect(countryName('ru', 'SH')).toBe('Остров Святой Елены');
    expect(countryName('en', 'BA')).toBe('Bosnia and Herzegovina');
    expect(countryName('en', 'KN')).toBe('Saint Kitts and Nevis');
    expect(countryName('en', 'CD')).toBe('Democratic Republic of the Congo');
    expect(countryName('az', 'CG')).toBe('Konqo Respublikası');
    for (const code of COUNTRY_CODES) {
      expect(countryName('en', code)).not.toMatch(/&|\bSt\.|U\.S\.| - /);
      expect(countryName('ru', code)).not.toMatch(/о-в|Св\.|^[А-ЯЁ]{3,}$| - |Соединенн|Объединенн/);
      expect(countryName('az', code)).not.toMatch(/ - /);
    }
  });

  it('answers an unknown code as itself, and does not take Object members for codes', () => {
    expect(countryName('en', 'QQ')).toBe('QQ');
    expect(isCountryCode('constructor')).toBe(false);
    expect(isCountryCode('__proto__')).toBe(false);
  });
});
