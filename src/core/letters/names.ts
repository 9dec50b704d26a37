import type { GuestData } from '../../shared/domain';
import { localName as localSpelling, surnameFirst } from '../../shared/guest-name';
import type { Language } from '../../shared/languages';
import { fill, letterPhrases } from './phrases';
import { cleanLine } from './sanitize';
import { LetterInputError } from './types';

/** The parts of a guest that decide how they are named and greeted. */
export type NamedGuest = Pick<
  GuestData,
  'surname' | 'givenNames' | 'nameAz' | 'nameCyrillic' | 'gender' | 'honorific'
> &
  Partial<Pick<GuestData, 'citizenship' | 'passport'>>;

// Countries whose passports capitalise by Turkic rules: İ is the capital of i, I the capital of ı.
const TURKIC_PASSPORTS = new Set(['TR', 'AZ']);

/**
 * A passport name typed in capitals (ŞAHİNOĞLU, O'BRIEN) as running text writes it: Şahinoğlu,
 * O'Brien. Only greetings and addressee lines use this, never the passport-name row, and only for a
 * name typed all in capitals: one typed in mixed case is the officer's spelling and stays as it is.
 * The lower case follows the passport's country (Turkic ı and i), not the letter's language.
 */
export function inRunningText(name: string, guest: NamedGuest): string {
  const clean = cleanLine(name);
  const letters = clean.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return clean;
  const country = guest.passport?.issuingCountry || guest.citizenship || '';
  const locale = TURKIC_PASSPORTS.has(country) ? 'tr' : 'en';
  return clean
    .split(/([\s'’-]+)/u)
    .map((part) => {
      const [first = '', ...rest] = [...part];
      return first + rest.join('').toLocaleLowerCase(locale);
    })
    .join('');
}

/**
 * The name as the passport prints it: surname first, then given names, exactly as typed. No case
 * mapping ever: upper-casing by the letter's language turns PETROVICH into PETROVİCH in an Azerbaijani
 * letter and ŞAHİNOĞLU into ŞAHINOĞLU in others, and a letter that differs from the passport by one
 * letter gets a visa refused. The language is taken for symmetry with the other names and not used.
 */
export function passportName(_language: Language, guest: NamedGuest): string {
  return cleanLine(surnameFirst(guest));
}

/** The spelling of the whole name in the letter's own script, when the officer gave one: `Джон Смит`. */
function localName(language: Language, guest: NamedGuest): string {
  return cleanLine(localSpelling(guest, language));
}

/**
 * The local spelling split into surname and given names. `nameAz` and `nameCyrillic` are one string,
 * given names first, so the surname is its last words: as many words as the passport surname has
 * (GARCÍA LÓPEZ -> `Гарсия Лопес`), which is the best the one string allows. When those fields are
 * split in two, this is the one function to change.
 */
function splitLocalName(
  language: Language,
  guest: NamedGuest,
): { surname: string; givenNames: string } | null {
  const words = localName(language, guest)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const surnameWords = Math.max(1, cleanLine(guest.surname).split(' ').length);
  const cut = Math.max(0, words.length - surnameWords);
  return { surname: words.slice(cut).join(' '), givenNames: words.slice(0, cut).join(' ') };
}

/** The surname in the letter's language: the Azerbaijani or Cyrillic spelling if given, else as typed. */
export function localSurname(language: Language, guest: NamedGuest): string {
  return splitLocalName(language, guest)?.surname ?? inRunningText(guest.surname, guest);
}

/** The given names in the letter's language, as `localSurname` takes the surname. */
export function localGivenNames(language: Language, guest: NamedGuest): string {
  const local = splitLocalName(language, guest);
  return local && local.givenNames !== '' ? local.givenNames : inRunningText(guest.givenNames, guest);
}

/**
 * `И.\u00a0Х.` from `Исмаил Хакки`; `Ж.-П.` from `Жан-Поль`. Joined by no-break spaces so that the
 * initials never part from each other or, with one more, from the surname.
 */
export function initials(givenNames: string): string {
  return cleanLine(givenNames)
    .split(' ')
    .filter((w) => w !== '')
    .map((word) =>
      word
        .split('-')
        .filter((part) => part !== '')
        .map((part) => `${[...part][0] ?? ''}.`)
        .join('-'),
    )
    .join('\u00a0');
}

/** A letter that names the guest by Mr or Ms cannot guess which: the officer must say. */
export function requireGender(guest: NamedGuest): 'male' | 'female' {
  if (guest.gender === '') throw new LetterInputError('missingFields', ['gender']);
  return guest.gender;
}

/**
 * The greeting of an official letter, by surname in every language (the rules and why are in
 * `docs/letters.md`): "Dear Professor Rossi,", "Hörmətli cənab Yılmaz!", "Уважаемая госпожа
 * Кузнецова!". Russian has no form without gender ("Уважаемый(-ая)" is not a greeting), so a guest
 * without one is refused with the missing field `gender`, in every language alike.
 */
export function salutation(language: Language, guest: NamedGuest): string {
  const gender = requireGender(guest);
  const template = letterPhrases(language).salutation.greeting[guest.honorific][gender];
  return fill(template, { surname: localSurname(language, guest) });
}
