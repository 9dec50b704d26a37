import az from '../../../locales/az/itinerary.json';
import en from '../../../locales/en/itinerary.json';
import ru from '../../../locales/ru/itinerary.json';
import type { Language } from '../../shared/languages';

/** The phrases of a guest's itinerary as a document: `locales/<language>/itinerary.json`, `doc`. */
export type ItineraryPhrases = (typeof en)['doc'];

// Typed against the English file so a key missing from az or ru fails the build, not an export.
const PHRASES: Record<Language, ItineraryPhrases> = { az: az.doc, en: en.doc, ru: ru.doc };

export function itineraryPhrases(language: Language): ItineraryPhrases {
  return PHRASES[language];
}

/** The phrases of a driver's run sheet: `locales/<language>/itinerary.json`, `runSheet`. */
export type RunSheetPhrases = (typeof en)['runSheet'];

const RUN_SHEET: Record<Language, RunSheetPhrases> = { az: az.runSheet, en: en.runSheet, ru: ru.runSheet };

export function runSheetPhrases(language: Language): RunSheetPhrases {
  return RUN_SHEET[language];
}

/** The phrases of a host's briefing card: `locales/<language>/itinerary.json`, `briefing`. */
export type BriefingPhrases = (typeof en)['briefing'];

const BRIEFING: Record<Language, BriefingPhrases> = { az: az.briefing, en: en.briefing, ru: ru.briefing };

export function briefingPhrases(language: Language): BriefingPhrases {
  return BRIEFING[language];
}
