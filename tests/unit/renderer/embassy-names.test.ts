import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { embassySuggestions } from '../../../src/renderer/src/letters/embassy-names';

const i18n = i18next.createInstance();

beforeAll(async () => {
  const letters = (language: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(__dirname, '../../../locales', language, 'letters.json'), 'utf8')) as Record<
      string,
      unknown
    >;
  await i18n.init({
    resources: {
      az: { translation: { letters: letters('az') } },
      en: { translation: { letters: letters('en') } },
      ru: { translation: { letters: letters('ru') } },
    },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const first = (language: 'az' | 'en' | 'ru', country: string): string | undefined =>
  embassySuggestions(i18n.t.bind(i18n), language, country)[0];

describe("the embassy in a guest's country, as a letter's addressee", () => {
  it('reads the full names of countries with "the" in English', () => {
    expect(first('en', 'US')).toBe('Embassy of the Republic of Azerbaijan in the United States of America');
    expect(first('en', 'CG')).toBe('Embassy of the Republic of Azerbaijan in the Republic of the Congo');
    expect(first('en', 'SB')).toBe('Embassy of the Republic of Azerbaijan in the Solomon Islands');
    expect(first('en', 'TR')).toBe('Embassy of the Republic of Azerbaijan in Türkiye');
  });

  it('declines the long Russian names by hand, and keeps США short where it is the usual form', () => {
    expect(first('ru', 'AE')).toBe('Посольство Азербайджанской Республики в Объединённых Арабских Эмиратах');
    expect(first('ru', 'CD')).toBe(
      'Посольство Азербайджанской Республики в Демократической Республике Конго',
    );
    expect(first('ru', 'US')).toBe('Посольство Азербайджанской Республики в США');
    expect(first('ru', 'DE')).toBe('Посольство Азербайджанской Республики в Германии');
  });

  it('gives Azerbaijani names their locative', () => {
    expect(first('az', 'US')).toBe('Azərbaycan Respublikasının Amerika Birləşmiş Ştatlarındakı Səfirliyi');
    expect(first('az', 'CD')).toBe('Azərbaycan Respublikasının Konqo Demokratik Respublikasındakı Səfirliyi');
  });
});
