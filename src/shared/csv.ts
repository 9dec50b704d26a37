import type { Language } from './languages';

/**
 * The separators a CSV export offers. Excel splits columns at the system's list separator: `;` where the
 * decimal separator is a comma (Azerbaijani and Russian regional settings), `,` in English ones. The
 * office's machines do not always match its interface language, so the officer chooses.
 */
export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** The separator offered before the officer has chosen one: what Excel expects with that language's regional settings. */
export const DEFAULT_CSV_SEPARATOR: Record<Language, CsvSeparator> = { az: ';', en: ',', ru: ';' };

export function isCsvSeparator(value: unknown): value is CsvSeparator {
  return CSV_SEPARATORS.some((s) => s === value);
}
