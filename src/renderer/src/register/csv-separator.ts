import { useCallback, useState } from 'react';
import { DEFAULT_CSV_SEPARATOR, isCsvSeparator, type CsvSeparator } from '../../../shared/csv';
import type { Language } from '../../../shared/languages';

const SEPARATOR_KEY = 'qonaq.register.csvSeparator';

/**
 * The CSV separator the officer chose last, kept on this machine as the calendar keeps its view: it
 * follows the spreadsheet program on this computer, not the data. Before any choice, the one the
 * interface language's regional settings expect.
 */
export function useCsvSeparator(language: Language): [CsvSeparator, (next: CsvSeparator) => void] {
  const [chosen, setChosen] = useState<CsvSeparator | null>(() => {
    const saved = window.localStorage.getItem(SEPARATOR_KEY);
    return isCsvSeparator(saved) ? saved : null;
  });
  const choose = useCallback((next: CsvSeparator) => {
    setChosen(next);
    window.localStorage.setItem(SEPARATOR_KEY, next);
  }, []);
  return [chosen ?? DEFAULT_CSV_SEPARATOR[language], choose];
}
