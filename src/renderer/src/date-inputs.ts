import { useMemo } from 'react';
import {
  formatDateLong,
  formatMonthYear,
  isIsoDate,
  monthName,
  parseIsoDate,
  toIsoDate,
  weekdayName,
} from '../../shared/dates';
import { LANGUAGES, type Language } from '../../shared/languages';
import { useFormat } from './format';

/**
 * Labels for Mantine's date pickers from Qonaq's own month and weekday tables, so the calendars
 * read the same as every other date in the app whatever locale data the browser carries.
 */

/** Every way a month is written in running text (nominative and, in Russian, genitive), to its number. */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  for (const language of LANGUAGES) {
    for (let month = 1; month <= 12; month++) {
      words.set(monthName(language, month).toLowerCase(), month);
      const long = formatDateLong(language, toIsoDate({ year: 2000, month, day: 1 }));
      const word = long.split(' ')[1];
      if (word) words.set(word.toLowerCase(), month);
    }
  }
  return words;
})();

/**
 * Reads a date the way an officer types it: `24.11.2026`, `24/11/2026`, `2026-11-24`, or
 * `24 noyabr 2026` in any of the three languages. Anything else (or a half-typed date) is null.
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (isIsoDate(value)) return value;
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const worded = /^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})/u.exec(value);
  const day = Number(numeric?.[1] ?? worded?.[1]);
  const month = numeric ? Number(numeric[2]) : MONTH_WORDS.get(worded?.[2] ?? '');
  const year = Number(numeric?.[3] ?? worded?.[3]);
  if (!month || !day || !year) return null;
  const iso = toIsoDate({ year, month, day });
  return isIsoDate(iso) ? iso : null;
}

/**
 * Labels for a date picker's calendar in `language`. Months are written as everywhere else in the
 * app: lower case in az and ru (`mart 2027`, `март 2027`), capitalised in English.
 */
export function datePickerLabels(language: Language) {
  const parts = (value: string) => parseIsoDate(value.slice(0, 10));
  return {
    monthLabelFormat: (value: string) => {
      const p = parts(value);
      return p ? formatMonthYear(language, p.year, p.month) : value;
    },
    monthsListFormat: (value: string) => {
      const p = parts(value);
      return p ? monthName(language, p.month).slice(0, 3) : value;
    },
    weekdayFormat: (value: string) =>
      parts(value) ? weekdayName(language, value.slice(0, 10), true) : value,
    getDayAriaLabel: (value: string) => (parts(value) ? formatDateLong(language, value.slice(0, 10)) : value),
    // Mantine capitalises weekday labels, which would turn the Azerbaijani "Ç.a." into "Ç.A.", and
    // the month over the days, which would write "Mart 2027" where every other date says "mart".
    styles: {
      weekday: { textTransform: 'none' as const },
      calendarHeaderLevel: { textTransform: 'none' as const },
    },
  };
}

/** Props shared by every date picker: calendar labels and, for typed inputs, display and parsing. */
export function useDatePickerLabels() {
  const { language } = useFormat();
  return useMemo(() => datePickerLabels(language), [language]);
}

/** For `DateInput`: shows `24 noyabr 2026` and reads what the officer types. */
export function useDateInputFormat() {
  const { language } = useFormat();
  return useMemo(
    () => ({
      valueFormat: (value: string) => formatDateLong(language, value.slice(0, 10)),
      dateParser: parseTypedDate,
    }),
    [language],
  );
}
