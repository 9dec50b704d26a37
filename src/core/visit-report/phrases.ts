import az from '../../../locales/az/visitReport.json';
import en from '../../../locales/en/visitReport.json';
import ru from '../../../locales/ru/visitReport.json';
import type { Language } from '../../shared/languages';

/** The phrases of a visit's report as a document: `locales/<language>/visitReport.json`, `doc`. */
export type ReportPhrases = (typeof en)['doc'];

// Typed against the English file so a key missing from az or ru fails the build, not an export.
const PHRASES: Record<Language, ReportPhrases> = { az: az.doc, en: en.doc, ru: ru.doc };

export function reportPhrases(language: Language): ReportPhrases {
  return PHRASES[language];
}
