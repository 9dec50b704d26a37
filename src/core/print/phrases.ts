import az from '../../../locales/az/print.json';
import en from '../../../locales/en/print.json';
import ru from '../../../locales/ru/print.json';
import type { Language } from '../../shared/languages';

/** The phrases of printed schedules, shared with the print views: `locales/<language>/print.json`. */
export type PrintPhrases = typeof en;

// Typed against the English file so a key missing from az or ru fails the build, not an export.
const PHRASES: Record<Language, PrintPhrases> = { az, en, ru };

export function printPhrases(language: Language): PrintPhrases {
  return PHRASES[language];
}
