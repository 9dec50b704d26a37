import type { Language } from './languages';
import type { ProgrammeItem } from './planning';
import { missingTexts, textIn, TRANSLATED_FIELDS, type MissingText } from './texts';

/** A programme item's title, venue and hosts in the language a reader or a document needs. */

type ItemTexts = Pick<ProgrammeItem, 'title' | 'titles' | 'venue' | 'hosts' | 'lang' | 'translations'>;

/** An item's texts as `textIn` reads them: its hosts one per line, translated line by line. */
function textsOf(item: ItemTexts) {
  return {
    title: item.title,
    venue: item.venue,
    hosts: item.hosts.join('\n'),
    lang: item.lang,
    translations: item.translations,
  };
}

/**
 * An item's text as a document in `language` prints it: `titles` (the per-language titles the item
 * form has always had) first, then its translations; '' where it has none in that language.
 */
export function itemTextIn(item: ItemTexts, field: ItemTextField, language: Language): string {
  if (field === 'title') {
    const title = item.titles[language].trim();
    if (title !== '') return title;
  }
  return textIn(textsOf(item), field, language, TRANSLATED_FIELDS.item);
}
export type ItemTextField = (typeof TRANSLATED_FIELDS.item)[number];

/** The item's texts a document in `language` prints but does not have, for the officer to give. */
export function itemMissingTexts(
  item: ItemTexts & { id: string },
  language: Language,
  visitId: string,
): MissingText[] {
  const view = textsOf(item);
  return missingTexts('item', view, TRANSLATED_FIELDS.item, language, { id: item.id, visitId }).filter(
    (m) => m.field !== 'title' || item.titles[language].trim() === '',
  );
}

/** The hosts as a document in `language` prints them, one per entry; [] where not translated. */
export function hostsIn(item: ItemTexts, language: Language): string[] {
  return itemTextIn(item, 'hosts', language)
    .split('\n')
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

/** The title of an item on screen for a reader of `language`: in that language where it exists. */
export function titleIn(item: ItemTexts, language: Language): string {
  return itemTextIn(item, 'title', language) || item.title;
}
