import { describe, expect, it } from 'vitest';
import {
  changeLanguage,
  changeTranslation,
  initialLanguage,
  missingIn,
} from '../../../src/renderer/src/texts/translation-values';

describe('texts in other languages, as forms edit them', () => {
  it('the language shown as "written in": recorded, else guessed, else the UI language', () => {
    expect(initialLanguage('en', ['Tələbə mübadiləsi'], 'ru')).toBe('en');
    expect(initialLanguage(undefined, ['Tələbə mübadiləsi'], 'ru')).toBe('az');
    expect(initialLanguage(undefined, ['', ' '], 'ru')).toBe('ru');
  });

  it('an emptied translation goes, and a language left without any', () => {
    const one = changeTranslation({}, 'ru', 'purpose', 'Обмен студентами');
    expect(one).toEqual({ ru: { purpose: 'Обмен студентами' } });
    expect(changeTranslation(one, 'ru', 'purpose', '')).toEqual({});
  });

  it('counts the typed texts a language lacks', () => {
    const originals = [
      { field: 'title', original: 'Səfər' },
      { field: 'purpose', original: 'Mübadilə' },
      { field: 'partnerName', original: '' },
    ] as const;
    expect(missingIn(originals, { ru: { title: 'Визит' } }, 'ru')).toBe(1);
    expect(missingIn(originals, { ru: { title: 'Визит', purpose: 'Обмен' } }, 'ru')).toBe(0);
  });

  it('a change of "written in" and back loses no translation', () => {
    const state = {
      lang: 'az' as const,
      translations: { ru: { purpose: 'Обмен' }, en: { purpose: 'Exchange' } },
    };
    const toRu = changeLanguage(state, 'ru', {});
    expect(toRu.state).toEqual({ lang: 'ru', translations: { en: { purpose: 'Exchange' } } });
    const back = changeLanguage(toRu.state, 'az', toRu.setAside);
    expect(back.state).toEqual({
      lang: 'az',
      translations: { en: { purpose: 'Exchange' }, ru: { purpose: 'Обмен' } },
    });
  });
});
