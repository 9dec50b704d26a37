import { useMemo } from 'react';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, countryName } from '../../../shared/countries';
import { foldForSearch } from '../../../shared/fold';
import { useFormat } from '../format';
import { STATUSES } from './statuses';

export function useStatusOptions(): ComboboxItem[] {
  const { t } = useTranslation();
  return STATUSES.map((status) => ({ value: status, label: t(`visit.status.${status}`) }));
}

/** An option of a combobox, not a group of them. */
export const isItem = (option: ComboboxParsedItem): option is ComboboxItem => 'value' in option;

const NO_OPTIONS: ComboboxItem[] = [];

/**
 * Countries by name in the UI language, sorted as that language sorts. `needed`: false gives no
 * options yet; sorting them takes the language's collation, slow to set up for a field not opened.
 */
export function useCountryOptions(needed = true): { data: ComboboxItem[]; filter: OptionsFilter } {
  const { language } = useFormat();
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ options, search }) => {
        const query = foldForSearch(search.trim());
        if (!query) return options;
        return options.filter(
          (option) =>
            isItem(option) &&
            (foldForSearch(option.label).includes(query) || option.value.toLowerCase() === query),
        );
      },
    [],
  );
  const data = useMemo(() => {
    if (!needed) return NO_OPTIONS;
    const collator = new Intl.Collator(language);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(language, code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [language, needed]);
  return { data, filter };
}
