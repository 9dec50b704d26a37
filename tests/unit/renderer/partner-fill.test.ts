import { describe, expect, it } from 'vitest';
import { fillFromPartner } from '../../../src/renderer/src/visits/partner-fill';

const ankara = {
  officialName: 'Ankara Üniversitesi',
  shortName: 'AÜ',
  country: 'TR',
  names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
};

const empty = { partnerName: '', partnerCountry: '', title: 'Visit' };

describe('a partner chosen in the visit form', () => {
  it('fills an empty partner name in the language the visit is written in, its translations and its country', () => {
    // Arrange: a visit written in English that names no partner yet
    const texts = { lang: 'en' as const, translations: {} };

    // Act
    const filled = fillFromPartner(empty, texts, ankara);

    // Assert
    expect(filled.values.partnerName).toBe('Ankara University');
    expect(filled.values.partnerCountry).toBe('TR');
    expect(filled.values.title).toBe('Visit');
    expect(filled.texts.lang).toBe('en');
    expect(filled.texts.translations).toEqual({
      az: { partnerName: 'Ankara Universiteti' },
      ru: { partnerName: 'Анкарский университет' },
    });
  });

  it('takes the official name where the partner has no name in the visit’s language', () => {
    const partner = { ...ankara, names: { az: '', en: 'Ankara University', ru: '' } };
    const filled = fillFromPartner(empty, { lang: 'az', translations: {} }, partner);
    expect(filled.values.partnerName).toBe('Ankara Üniversitesi');
    expect(filled.texts.translations).toEqual({ en: { partnerName: 'Ankara University' } });
  });

  it('keeps a name and a country already given, and a translation already typed', () => {
    // Arrange: the officer typed the partner's name in Russian and its English translation
    const values = { partnerName: 'АНКАРСКИЙ  университет', partnerCountry: 'AZ' };
    const texts = { lang: 'ru' as const, translations: { en: { partnerName: 'University of Ankara' } } };

    // Act
    const filled = fillFromPartner(values, texts, ankara);

    // Assert: the name matches the partner's, so only the missing Azerbaijani name is filled in
    expect(filled.values).toEqual(values);
    expect(filled.texts.translations).toEqual({
      en: { partnerName: 'University of Ankara' },
      az: { partnerName: 'Ankara Universiteti' },
    });
  });

  it('does not put a second partner’s names beside the name of another organisation', () => {
    const values = { partnerName: 'Gazi Üniversitesi', partnerCountry: 'TR' };
    const filled = fillFromPartner(values, { lang: 'az', translations: {} }, ankara);
    expect(filled.values).toEqual(values);
    expect(filled.texts.translations).toEqual({});
  });

  it('reads a name typed in capitals with a Turkish dotless ı as the partner’s', () => {
    const kirikkale = {
      officialName: 'Kırıkkale Üniversitesi',
      shortName: '',
      country: 'TR',
      names: { az: 'Qırıqqala Universiteti', en: 'Kırıkkale University', ru: '' },
    };
    const values = { partnerName: 'KIRIKKALE  ÜNİVERSİTESİ', partnerCountry: '' };
    const filled = fillFromPartner(values, { lang: 'en', translations: {} }, kirikkale);
    expect(filled.values.partnerName).toBe('KIRIKKALE  ÜNİVERSİTESİ');
    expect(filled.texts.translations).toEqual({ az: { partnerName: 'Qırıqqala Universiteti' } });
  });
});
