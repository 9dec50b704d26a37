import { useTranslation } from 'react-i18next';
import { bakuTime, todayInBaku } from '../../shared/baku-time';
import { countryName } from '../../shared/countries';
import { formatDateLong, formatDateRange } from '../../shared/dates';
import { isLanguage, type Language } from '../../shared/languages';

/**
 * Dates and country names in the UI language, from Qonaq's own tables: Chromium builds without
 * Azerbaijani locale data would print "2026 M11 24" through Intl.
 */
export function useFormat() {
  const { i18n, t } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'az';
  return {
    language,
    date: (iso: string) => (iso ? formatDateLong(language, iso) : ''),
    dateRange: (from: string, to: string) => formatDateRange(language, from, to),
    country: (code: string) => (code ? countryName(language, code) : ''),
    /** A moment as Baku's wall clock shows it: the date in words and the time. */
    moment: (instant: string | Date) => {
      const at = new Date(instant);
      return t('history.when', { date: formatDateLong(language, todayInBaku(at)), time: bakuTime(at) });
    },
  };
}

/**
 * Where a transfer meets its flight or train: `GYD, terminal 1` (the word for terminal from the
 * caller, in the UI's or a printout's language), or the airport alone.
 */
export function transferPlace(
  place: string,
  terminal: string,
  terminalWord: (terminal: string) => string,
): string {
  return [place, terminal ? terminalWord(terminal) : ''].filter(Boolean).join(', ');
}

/** A transfer in one line: `TK 334 · GYD, terminal 1`. */
export function transferLine(number: string, place: string): string {
  return [number, place].filter(Boolean).join(' · ');
}
