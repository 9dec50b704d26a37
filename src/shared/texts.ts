import type { Language } from './languages';

/**
 * Texts that documents print, in each document language. A record (visit, guest, programme item,
 * hotel, the verification contact) keeps its texts as typed, in the language they were first written
 * in (`lang`), and beside them a translation per other language (`translations`). A document in a
 * language takes the translation, or the text itself when it was written in that language, and
 * otherwise has nothing to print: Qonaq asks for it first, never prints the other language's words.
 * These rules load no zod, so screens read them cheaply; the schemas that check translations are in
 * translations-schema.ts.
 */

/** The fields of each kind of record that documents print and that differ between languages. */
export const TRANSLATED_FIELDS = {
  visit: ['title', 'purpose', 'partnerName', 'hostUnit', 'responsibleOfficer'],
  guest: ['position', 'organisation'],
  /** `hosts` is the item's hosts one per line, translated line by line. */
  item: ['title', 'venue', 'hosts'],
  hotel: ['name', 'address', 'city'],
  contact: ['name'],
} as const;
export type TextOwner = keyof typeof TRANSLATED_FIELDS;
export const TEXT_OWNERS = [
  'visit',
  'guest',
  'item',
  'hotel',
  'contact',
] as const satisfies readonly TextOwner[];
export type TranslatedField<O extends TextOwner> = (typeof TRANSLATED_FIELDS)[O][number];

export type Translations<F extends string> = Partial<
  Record<Language, Partial<Record<F, string | undefined>>>
>;

/** What a record with texts in several languages carries. */
export interface Translatable<F extends string> {
  /** The language its texts were first written in; guessed from them where not yet recorded. */
  lang?: Language | undefined;
  translations?: Translations<F> | undefined;
}

const AZERBAIJANI_LETTERS = /[əƏğĞıİşŞçÇöÖüÜ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A guess at the language of texts written before Qonaq asked for it: Cyrillic is Russian, a letter
 * only Azerbaijani (or Turkish) spelling uses is Azerbaijani, other Latin text is English. The officer
 * sees the guess ("written in") and corrects it; a wrong guess only asks for a text that exists.
 */
export function guessLanguage(texts: readonly string[]): Language {
  const all = texts.join(' ');
  if (CYRILLIC.test(all)) return 'ru';
  if (AZERBAIJANI_LETTERS.test(all)) return 'az';
  return /\p{Script=Latin}/u.test(all) ? 'en' : 'az';
}

type Record_<F extends string> = Translatable<F> & { [K in F]: string };

/**
 * Fields that name a person, by owner: a visit's responsible officer and the institution's
 * verification contact. A name is not translated but spelled in a script: as typed it prints in every
 * language written in its script (a Latin name in Azerbaijani and English documents, a Cyrillic one in
 * Russian ones), and it says nothing of the language the record's other texts were written in. Keyed
 * by owner as well as field: a hotel's `name` is a name of a place, which is translated.
 */
const NAMES_A_PERSON: { readonly [O in TextOwner]?: readonly TranslatedField<O>[] } = {
  visit: ['responsibleOfficer'],
  contact: ['name'],
};

/**
 * The owner whose texts `fields` lists: every caller passes the owner's list from `TRANSLATED_FIELDS`
 * (the same array), so the list names the owner. Any other list is no owner's, and names no person.
 */
const OWNER_OF_FIELDS: ReadonlyMap<readonly string[], TextOwner> = new Map(
  TEXT_OWNERS.map((owner): [readonly string[], TextOwner] => [TRANSLATED_FIELDS[owner], owner]),
);

/** Whether `field` of the owner whose fields are `fields` names a person (see `NAMES_A_PERSON`). */
function namesAPerson(fields: readonly string[], field: string): boolean {
  const owner = OWNER_OF_FIELDS.get(fields);
  const names: readonly string[] = (owner && NAMES_A_PERSON[owner]) ?? [];
  return names.includes(field);
}

function inScriptOf(name: string, language: Language): boolean {
  return CYRILLIC.test(name) === (language === 'ru');
}

/** The language a record's texts were written in: as recorded, else guessed from its texts. */
export function languageOfTexts<F extends string>(record: Record_<F>, fields: readonly F[]): Language {
  return record.lang ?? guessLanguage(fields.filter((f) => !namesAPerson(fields, f)).map((f) => record[f]));
}

/**
 * The text a document in `language` prints for a field: its translation, or the text itself where
 * it was written in that language; '' when neither exists (the caller reports it as missing).
 */
export function textIn<F extends string>(
  record: Record_<F>,
  field: F,
  language: Language,
  fields: readonly F[],
): string {
  const translated = record.translations?.[language]?.[field]?.trim() ?? '';
  if (translated !== '') return translated;
  if (namesAPerson(fields, field)) return inScriptOf(record[field], language) ? record[field] : '';
  return languageOfTexts(record, fields) === language ? record[field] : '';
}

/** For screens (not documents): the text in `language` where it exists, else as it was typed. */
export function shownIn<F extends string>(
  record: Record_<F>,
  field: F,
  language: Language,
  fields: readonly F[],
): string {
  return textIn(record, field, language, fields) || record[field];
}

/** A text a document would print but that does not exist in its language. */
export interface MissingText {
  owner: TextOwner;
  /** The visit the record belongs to (for visits, guests and programme items). */
  visitId?: string;
  /** The record: a visit, guest, item or hotel id; `institution` for the verification contact. */
  id: string;
  field: string;
  language: Language;
  /** The text as typed, and the language it was written in, to translate from. */
  original: string;
  from: Language;
}

/** The fields of a record a document prints but that have no text in `language`. */
export function missingTexts<F extends string>(
  owner: TextOwner,
  record: Record_<F>,
  fields: readonly F[],
  language: Language,
  where: { id: string; visitId?: string },
  printed: readonly F[] = fields,
): MissingText[] {
  const from = languageOfTexts(record, fields);
  return printed.flatMap((field) => {
    const original = record[field].trim();
    if (original === '' || textIn(record, field, language, fields) !== '') return [];
    return [{ owner, ...where, field, language, original, from }];
  });
}

/**
 * The visit a missing text belongs to: the visit itself for its own texts, the one holding the guest
 * or item for theirs; none for a hotel's or the verification contact's.
 */
export function visitOfMissing(m: Pick<MissingText, 'owner' | 'id' | 'visitId'>): string | undefined {
  return m.visitId ?? (m.owner === 'visit' ? m.id : undefined);
}

/**
 * Missing texts by the visit they belong to, in the order first met (the missing-texts panel names a
 * visit's guests and items); a text of no visit is grouped by its own record.
 */
export function missingByVisit(missing: readonly MissingText[]): [string, MissingText[]][] {
  const groups = new Map<string, MissingText[]>();
  for (const m of missing) {
    const key = visitOfMissing(m) ?? m.id;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.entries()];
}

/** Sets one translation, dropping it when empty; the record's other texts are left as they are. */
export function withTranslation<R extends Translatable<string>>(
  record: R,
  field: string,
  language: Language,
  value: string,
): R {
  const current: Translations<string> = record.translations ?? {};
  const forLanguage: Partial<Record<string, string | undefined>> = { ...current[language] };
  if (value.trim() === '') delete forLanguage[field];
  else forLanguage[field] = value.trim();
  return { ...record, translations: { ...current, [language]: forLanguage } };
}

/** The missing texts as one list per record, the order a form shows them in. */
export function missingKey(m: Pick<MissingText, 'owner' | 'id' | 'field' | 'language'>): string {
  return `${m.owner}:${m.id}:${m.field}:${m.language}`;
}

/**
 * A record saved from a form that does not show its translations keeps those it had: a form that
 * leaves `translations` out means "unchanged", not "none". A new record gets the language of its
 * texts recorded once, so that a later edit in another script does not change the guess.
 */
export function keepTexts<F extends string, R extends Record_<F>>(
  next: R,
  previous: Translatable<F> | undefined,
  fields: readonly F[],
): R {
  const lang = next.lang ?? previous?.lang ?? languageOfTexts(next, fields);
  const translations = next.translations ?? previous?.translations;
  return translations === undefined ? { ...next, lang } : { ...next, lang, translations };
}
