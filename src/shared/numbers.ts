import { LANGUAGE_TAGS, LANGUAGES, type Language } from './languages';

const COUNTS = Object.fromEntries(
  LANGUAGES.map((l) => [l, new Intl.NumberFormat(LANGUAGE_TAGS[l], { maximumFractionDigits: 0 })]),
) as Record<Language, Intl.NumberFormat>;

/**
 * A whole number as a document in the language prints it, its thousands grouped as the language
 * groups them (CLDR): `12.927` in Azerbaijani, `12,927` in English, `12 927` in Russian, with a
 * no-break space that keeps the number on one line.
 */
export function formatCount(language: Language, n: number): string {
  return COUNTS[language].format(n);
}
