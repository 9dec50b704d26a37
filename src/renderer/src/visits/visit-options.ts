import { useMemo } from 'react';
import type { ComboboxItem, ComboboxParsedItem, MantineColor, OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, countryName } from '../../../shared/countries';
import { VISIT_COLOURS, VISIT_STATUSES, type VisitStatus } from '../../../shared/domain';
import { toLower, type Language } from '../../../shared/languages';
import { useFormat } from '../format';

/** Badge colours: grey for what is not settled, greens for what is, red only for cancelled. */
export const STATUS_COLOURS: Record<VisitStatus, MantineColor> = {
  draft: 'gray',
  planned: 'blue',
  confirmed: 'teal',
  underWay: 'orange',
  completed: 'green',
  cancelled: 'red',
};

/** Names of the offered visit colours, in `VISIT_COLOURS` order, for screen readers and tooltips. */
const COLOUR_KEYS = ['blue', 'green', 'orange', 'violet', 'raspberry', 'teal', 'indigo', 'lime'] as const;

export function colourKey(hex: string): string | undefined {
  const index = VISIT_COLOURS.indexOf(hex.toLowerCase());
  return index >= 0 ? COLOUR_KEYS[index] : undefined;
}

export function useStatusOptions(): ComboboxItem[] {
  const { t } = useTranslation();
  return VISIT_STATUSES.map((status) => ({ value: status, label: t(`visit.status.${status}`) }));
}

/** Case- and accent-blind, with Azerbaijani dotted and dotless i treated alike. */
function fold(text: string, language: Language): string {
  return toLower(text, language).normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

const isItem = (option: ComboboxParsedItem): option is ComboboxItem => 'value' in option;

/** Countries by name in the UI language, sorted as that language sorts. */
export function useCountryOptions(): { data: ComboboxItem[]; filter: OptionsFilter } {
  const { language } = useFormat();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    const data = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(language, code) })).sort(
      (a, b) => collator.compare(a.label, b.label),
    );
    const filter: OptionsFilter = ({ options, search }) => {
      const query = fold(search.trim(), language);
      if (!query) return options;
      return options.filter(
        (option) =>
          isItem(option) &&
          (fold(option.label, language).includes(query) || option.value.toLowerCase() === query),
      );
    };
    return { data, filter };
  }, [language]);
}
