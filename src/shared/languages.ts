import { isOneOf } from './one-of';

/** The one list of languages Qonaq speaks, in the UI and in documents. */
export const LANGUAGES = ['az', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'az';

/** Each language's name in itself, for language pickers. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  az: 'Azərbaycanca',
  en: 'English',
  ru: 'Русский',
};

/** BCP 47 tags for documents and for collation. */
export const LANGUAGE_TAGS: Record<Language, string> = {
  az: 'az-Latn-AZ',
  en: 'en-GB',
  ru: 'ru-RU',
};

export function isLanguage(value: unknown): value is Language {
  return isOneOf(LANGUAGES, value);
}

/** Upper-cases with the language's own rules: Azerbaijani `i` becomes `İ`, `ı` becomes `I`. */
export function toUpper(text: string, language: Language): string {
  return text.toLocaleUpperCase(language === 'az' ? 'az' : language);
}

/** Lower-cases with the language's own rules: Azerbaijani `I` becomes `ı`, `İ` becomes `i`. */
export function toLower(text: string, language: Language): string {
  return text.toLocaleLowerCase(language === 'az' ? 'az' : language);
}

/**
 * The first letter upper-cased by the language's rules (`iqtisadi` -> `İqtisadi`): a phrase typed to sit
 * inside a sentence, set on a line of its own. Not for names, which print as typed.
 */
export function upperFirst(text: string, language: Language): string {
  const [first = ''] = text;
  return toUpper(first, language) + text.slice(first.length);
}
