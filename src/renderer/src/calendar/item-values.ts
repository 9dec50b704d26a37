import { useQuery } from '@tanstack/react-query';
import type { ProgrammeItem, ProgrammeItemData, ProgrammeItemInput } from '../../../shared/planning';
import { LANGUAGES, type Language } from '../../../shared/languages';
import type { Translations } from '../../../shared/texts';
import { api } from '../../api/client';
import { initialLanguage, type TextsState } from '../texts/translation-values';
import { changed, methodKey, queryOptions } from '../queries';

/** Everything the item form edits: the item without its id, with every default filled in. */
export type ItemValues = Omit<ProgrammeItemData, 'id'>;

export interface VisitChoice {
  id: string;
  title: string;
  arrivalDate: string;
  departureDate: string;
}

export function itemValues(
  item: ProgrammeItem | undefined,
  initial: Partial<ProgrammeItemInput> | undefined,
): ItemValues {
  const base: ItemValues = {
    type: 'meeting',
    title: '',
    titles: { az: '', en: '', ru: '' },
    startDate: '',
    startTime: '10:00',
    endDate: '',
    endTime: '11:00',
    venue: '',
    agreementId: '',
    allGuests: true,
    guestIds: [],
    hosts: [],
    staff: '',
    vehicle: '',
    notes: '',
  };
  if (item) {
    const { id: _id, ...rest } = item;
    return { ...base, ...rest };
  }
  const { id: _id, titles, ...rest } = initial ?? {};
  return { ...base, ...rest, titles: { ...base.titles, ...titles } };
}

export type ItemText = 'title' | 'venue' | 'hosts';

/**
 * An item's texts in other languages as one set, the way the form shows them together: the
 * per-language titles (`titles`, which printed programmes have always read) beside the translations
 * of venue and hosts (hosts one per line). A title given through a letter's "missing texts" lives in
 * `translations` and is shown, and saved back, as the title in that language.
 */
export function itemTexts(values: ItemValues, ui: Language): TextsState<ItemText> {
  const lang = initialLanguage(values.lang, [values.title, values.venue, values.hosts.join('\n')], ui);
  const translations: Translations<ItemText> = {};
  for (const l of LANGUAGES) {
    const title = l === lang ? '' : values.titles[l] || (values.translations?.[l]?.title ?? '');
    const forLanguage = { ...values.translations?.[l], ...(title ? { title } : {}) };
    if (!title) delete forLanguage.title;
    if (Object.keys(forLanguage).length > 0) translations[l] = forLanguage;
  }
  return { lang, translations };
}

/** The values with the texts of the form's "other languages" put back where the item keeps them. */
export function withItemTexts(values: ItemValues, texts: TextsState<ItemText>): ItemValues {
  const titles = { ...values.titles };
  const translations: Translations<ItemText> = {};
  for (const l of LANGUAGES) {
    // The title in the item's own language is the title itself; one kept from before stays as it was.
    if (l === texts.lang) {
      if (values.lang !== undefined && values.lang !== l) titles[l] = '';
    } else titles[l] = texts.translations[l]?.title ?? '';
    const { title: _title, ...rest } = texts.translations[l] ?? {};
    if (Object.keys(rest).length > 0) translations[l] = rest;
  }
  return { ...values, lang: texts.lang, titles, translations };
}

/** The visits an item on `date` may belong to: those whose stay includes the day. */
export const visitsOn = (visits: readonly VisitChoice[], date: string): VisitChoice[] =>
  visits.filter((v) => !date || (v.arrivalDate <= date && date <= v.departureDate));

export const calendarKey = methodKey('calendar.range');

export function usePlanningSuggestions() {
  return useQuery(queryOptions('planning.suggestions', {}));
}

/**
 * Saves an item (new, changed, or put back after a removal) and brings every view of it up to date.
 * Used outside components too: an Undo runs after the dialog that offered it has gone. `saved` runs as
 * soon as the core has the change, before the views are fetched again: an Undo offered there can be
 * taken at once.
 */
export async function saveItem(
  visitId: string,
  item: ProgrammeItemInput,
  saved?: () => void,
  /** What the form or the calendar had of the item when the officer began: see `formChanges` in the core. */
  opened?: ProgrammeItemInput,
) {
  const detail = await api['programme.save']({ visitId, item, ...(opened ? { opened } : {}) });
  saved?.();
  await changed('programme.save', detail);
  return detail;
}

export async function removeItem(visitId: string, itemId: string) {
  const detail = await api['programme.remove']({ visitId, itemId });
  await changed('programme.remove', detail);
  return detail;
}
