import { LANGUAGES, type Language } from '../../../shared/languages';
import { guessLanguage, type Translations } from '../../../shared/texts';

/**
 * The state of a record's texts in other languages as forms edit it: the language the texts were
 * written in and a translation per other language. Forms hold the record's `translations` whole and
 * send it back whole: the core reads a missing `translations` as "unchanged", but one sent is the
 * new truth.
 */
export interface TextsState<F extends string> {
  lang: Language;
  translations: Translations<F>;
}

/**
 * The language a form shows as "written in": as recorded; for texts written before Qonaq asked, the
 * guess from them; for a record with no texts yet, the UI language the officer is typing in.
 */
export function initialLanguage(
  recorded: Language | undefined,
  texts: readonly string[],
  ui: Language,
): Language {
  if (recorded) return recorded;
  return texts.some((text) => text.trim() !== '') ? guessLanguage(texts) : ui;
}

export function translationOf<F extends string>(
  translations: Translations<F> | undefined,
  language: Language,
  field: F,
): string {
  return translations?.[language]?.[field] ?? '';
}

/** One translation changed, kept as typed; an emptied one is removed, and so is a language left empty. */
export function changeTranslation<F extends string>(
  translations: Translations<F>,
  language: Language,
  field: F,
  text: string,
): Translations<F> {
  const forLanguage: Partial<Record<F, string | undefined>> = { ...translations[language] };
  if (text === '') delete forLanguage[field];
  else forLanguage[field] = text;
  const next: Translations<F> = { ...translations };
  if (Object.keys(forLanguage).length === 0) delete next[language];
  else next[language] = forLanguage;
  return next;
}

/** The languages other than the one the texts were written in, in the one order Qonaq lists them. */
export const otherLanguages = (lang: Language): Language[] => LANGUAGES.filter((l) => l !== lang);

/**
 * How many texts a language still lacks: fields typed in the original language without a
 * translation into this one. A field left empty asks for nothing.
 */
export function missingIn<F extends string>(
  originals: readonly { field: F; original: string }[],
  translations: Translations<F>,
  language: Language,
): number {
  return originals.filter(
    (o) => o.original.trim() !== '' && translationOf(translations, language, o.field).trim() === '',
  ).length;
}

/**
 * The texts written in another language than thought: the translations into the new language are
 * taken out (the texts themselves are now that language) and set aside, and those set aside when
 * the previous language was chosen come back, so a slip of the mouse and back loses nothing.
 */
export function changeLanguage<F extends string>(
  state: TextsState<F>,
  lang: Language,
  setAside: Partial<Record<Language, Translations<F>[Language]>>,
): { state: TextsState<F>; setAside: Partial<Record<Language, Translations<F>[Language]>> } {
  if (lang === state.lang) return { state, setAside };
  const translations: Translations<F> = { ...state.translations };
  const aside = { ...setAside };
  const taken = translations[lang];
  delete translations[lang];
  if (taken !== undefined) aside[lang] = taken;
  const back = aside[state.lang];
  if (back !== undefined && translations[state.lang] === undefined) translations[state.lang] = back;
  delete aside[state.lang];
  return { state: { lang, translations }, setAside: aside };
}
