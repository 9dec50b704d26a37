import { latinToRussian, russianToAz, russianToEnglish } from './transliterate';

/**
 * Folds text for searching across scripts and keyboards: case, Azerbaijani dotted and dotless i,
 * and diacritics are ignored, so "ismayilov" finds "İsmayılov" and "sahin" finds "Şahin".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

/**
 * A name as two spellings of the same organisation, host or place are compared: folded as a search
 * folds it (case, dotted and dotless i, diacritics), every run of white space (no-break ones too) one
 * space, the ends trimmed. "KIRIKKALE  Üniversitesi" and "Kırıkkale Universitesi" are one name.
 */
export function foldedName(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ').trim();
}

/** Whether two spellings name the same thing, by `foldedName`. */
export function sameName(a: string, b: string): boolean {
  return foldedName(a) === foldedName(b);
}

/**
 * The spellings of a search word in the other script: a Cyrillic word read into Latin (English and
 * Azerbaijani spelling), a Latin one into Cyrillic; so "Анкара" finds "Ankara Üniversitesi" and
 * "ankara" finds "Анкарский университет".
 */
export function wordSpellings(word: string): string[] {
  const spellings = /\p{Script=Cyrillic}/u.test(word)
    ? [word, russianToEnglish(word), russianToAz(word)]
    : [word, latinToRussian(word)];
  return [...new Set(spellings.map(foldForSearch))];
}

/** Whether every word of `query` is found in the `folded` text, in one spelling or another. */
export function matchesQuery(folded: string, query: string): boolean {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => wordSpellings(word).some((spelling) => folded.includes(spelling)));
}
