import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/languages';

/**
 * Translations live in `locales/<language>/<part>.json`; each file becomes the top-level key of its
 * name, so `locales/en/visit.json` holds the keys `visit.*`. They are bundled as text and read with
 * JSON.parse: the browser loads that far quicker than the same data written as JavaScript objects,
 * which it has to parse as code before the first screen is drawn.
 */
const files = import.meta.glob<string>('../../../locales/*/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

function resources() {
  const out: Record<string, { translation: Record<string, unknown> }> = {};
  for (const language of LANGUAGES) out[language] = { translation: {} };
  for (const [path, text] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    const bucket = match?.[1] ? out[match[1]] : undefined;
    if (match?.[2] && bucket) bucket.translation[match[2]] = JSON.parse(text) as Record<string, unknown>;
  }
  return out;
}

void i18n.use(initReactI18next).init({
  resources: resources(),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Whether the user has picked a language in this window: the saved setting then no longer applies. */
let chosenHere = false;

/**
 * The user's choice of language. It is the last word: the saved setting read before the click (a
 * status answered late, after a reload) must not switch it back.
 */
export function chooseLanguage(language: Language): Promise<unknown> {
  chosenHere = true;
  return i18n.changeLanguage(language);
}

/** The language saved in the data folder, applied unless the user has chosen one here since. */
export function applySavedLanguage(language: Language): Promise<unknown> {
  if (chosenHere || language === i18n.language) return Promise.resolve();
  return i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export default i18n;
