import type { TFunction } from 'i18next';
import { countryName } from '../../../shared/countries';
import type { Language } from '../../../shared/languages';

/**
 * Ready-made addressees for a visa invitation: the Azerbaijani embassy or consulate in the guest's
 * country, in the letter's language. Country names have to be declined for this ("in Turkey" is
 * "Türkiyədəki" and "в Турции"); where a name is beyond these simple rules the country goes in
 * brackets instead, which is still correct. The officer can always edit the text.
 */

/** English names read with "the": "in the United Kingdom" (and every "… Islands", "… Republic …"). */
const ENGLISH_WITH_THE = new Set([
  'AE',
  'BS',
  'CD',
  'CF',
  'CZ',
  'DO',
  'GB',
  'GM',
  'KM',
  'MH',
  'MV',
  'NL',
  'PH',
  'SB',
  'US',
  'VA',
]);

/** Russian names the rules below do not decline, declined by hand for the countries most often met. */
const RU_PREPOSITIONAL: Record<string, string> = {
  US: 'США',
  AE: 'Объединённых Арабских Эмиратах',
  KP: 'Корейской Народно-Демократической Республике',
  CD: 'Демократической Республике Конго',
  CG: 'Республике Конго',
  EG: 'Египте',
  KR: 'Республике Корея',
  SA: 'Саудовской Аравии',
  CZ: 'Чехии',
  NL: 'Нидерландах',
};

/** Azerbaijani locative-attributive suffix by the last vowel: Almaniya-dakı, Türkiyə-dəki. */
function azLocative(name: string): string {
  const vowels = name.toLocaleLowerCase('az').match(/[aıoueəiöü]/g) ?? [];
  const last = vowels[vowels.length - 1] ?? 'a';
  const suffix = 'aıou'.includes(last) ? 'dakı' : 'dəki';
  // A two-word name ending in a possessive (Amerika Birləşmiş Ştatları) takes a linking n.
  const possessive = name.includes(' ') && /[ıiuü]$/.test(name);
  return `${name}${possessive ? 'n' : ''}${suffix}`;
}

/** Russian prepositional case of a one-word country name, or null when the rules do not cover it. */
function ruPrepositional(name: string): string | null {
  // Abbreviations (США, ОАЭ) and names ending in о, е, и, у, ю (Перу, Чили) are not declined.
  if (/^[А-ЯЁ]{2,}$/.test(name) || /^[А-ЯЁ][а-яё]+[оеиую]$/.test(name)) return name;
  if (!/^[А-ЯЁ][а-яё]+$/.test(name)) return null;
  if (name === 'Беларусь') return 'Беларуси';
  if (/ия$/.test(name)) return `${name.slice(0, -1)}и`;
  if (/[аяйь]$/.test(name)) return `${name.slice(0, -1)}е`;
  // A vowel that drops out (Египет: в Египте) is beyond a rule this small.
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(name) && !/ет$/.test(name)) return `${name}е`;
  return null;
}

function inCountry(language: Language, code: string): { phrase: string; bracketed: boolean } {
  const name = countryName(language, code);
  if (language === 'en')
    return {
      phrase: ENGLISH_WITH_THE.has(code) || /\b(Islands|Republic)\b/.test(name) ? `the ${name}` : name,
      bracketed: false,
    };
  if (language === 'az') return { phrase: azLocative(name), bracketed: false };
  const declined = RU_PREPOSITIONAL[code] ?? ruPrepositional(name);
  return declined ? { phrase: declined, bracketed: false } : { phrase: name, bracketed: true };
}

export function embassySuggestions(t: TFunction, language: Language, country: string): string[] {
  const lng = { lng: language };
  const general = [
    t('letters.addressee.suggestion.embassy', lng),
    t('letters.addressee.suggestion.consulate', lng),
  ];
  if (!country) return general;
  const { phrase, bracketed } = inCountry(language, country);
  const inCountryKey = bracketed
    ? 'letters.addressee.suggestion.embassyBracketed'
    : 'letters.addressee.suggestion.embassyIn';
  return [t(inCountryKey, { ...lng, country: phrase }), ...general];
}
