import az from '../../../locales/az/letter.json';
import en from '../../../locales/en/letter.json';
import ru from '../../../locales/ru/letter.json';
import type { Language } from '../../shared/languages';

/** The phrases of a letter, shaped as `locales/en/letter.json`; the other two must have the same keys. */
export type LetterPhrases = typeof en;

// Typed against the English file so a key missing from az or ru fails the build, not a letter.
const PHRASES: Record<Language, LetterPhrases> = { az, en, ru };

export function letterPhrases(language: Language): LetterPhrases {
  return PHRASES[language];
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Fills `{{name}}` placeholders in one pass, so a value that itself contains `{{...}}` (a hostile name)
 * is printed as it is and never filled in turn. A placeholder without a value is a programming error.
 */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`No value for {{${key}}} in "${template}"`);
    return value;
  });
}

/** The placeholders a phrase expects, for tests that check every language asks for the same values. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** `a`, `a and b`, `a, b and c` in the letter's language. */
export function joinList(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return fill(letterPhrases(language).list.and, {
    head: items.slice(0, -1).join(', '),
    last: items[items.length - 1] ?? '',
  });
}
