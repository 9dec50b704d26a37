import type { GuestData } from '../../shared/domain';
import { toUpper, type Language } from '../../shared/languages';
import { fill, letterPhrases } from './phrases';
import { cleanLine } from './sanitize';

/** The parts of a guest that decide how they are named and greeted. */
export type NamedGuest = Pick<
  GuestData,
  'surname' | 'givenNames' | 'nameAz' | 'nameCyrillic' | 'gender' | 'honorific'
>;

/**
 * The name as the passport prints it, in capitals: surname first, then given names. Capitals follow the
 * letter's language, so an Azerbaijani letter writes `İ` for `i`, as Azerbaijani orthography does.
 */
export function passportName(language: Language, guest: NamedGuest): string {
  return toUpper(cleanLine(`${guest.surname} ${guest.givenNames}`), language);
}

/**
 * The name as running text in the letter's language: the Azerbaijani or Cyrillic spelling when the
 * officer gave one, else the passport's Latin name, given names first.
 */
export function displayName(language: Language, guest: NamedGuest): string {
  const local = language === 'az' ? guest.nameAz : language === 'ru' ? guest.nameCyrillic : '';
  return cleanLine(local) || cleanLine(`${guest.givenNames} ${guest.surname}`);
}

/**
 * The greeting of an official letter. English greets by surname with a title ("Dear Ms Yılmaz,");
 * Azerbaijani and Russian letters greet by the full name ("Hörmətli xanım Ayşe Yılmaz!"), which also
 * spares declining a foreign surname in Russian. A guest of unknown gender gets a neutral form.
 */
export function salutation(language: Language, guest: NamedGuest): string {
  const forms = letterPhrases(language).salutation[guest.honorific];
  const template = guest.gender === '' ? forms.unknown : forms[guest.gender];
  return fill(template, {
    surname: cleanLine(guest.surname),
    givenNames: cleanLine(guest.givenNames),
    name: displayName(language, guest),
  });
}
