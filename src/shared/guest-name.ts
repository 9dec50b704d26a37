import type { Language } from './languages';
import { oneLine } from './one-line';

/**
 * The one rule for writing a guest's name in a line of text. Zod-free, so the renderer imports it
 * cheaply. White space as `oneLine` holds any line; no case mapping ever: a name prints as the
 * passport has it.
 */
export function nameLine(text: string): string {
  return oneLine(text);
}

interface PassportNames {
  givenNames: string;
  surname: string;
}

/** Given names first, as the office says a name aloud: the register, lists, checks, the calendar. */
export function guestName(guest: PassportNames): string {
  return nameLine(`${guest.givenNames} ${guest.surname}`);
}

/** Surname first, as the passport prints it: the passport-name row of a letter, a letter's file name. */
export function surnameFirst(guest: PassportNames): string {
  return nameLine(`${guest.surname} ${guest.givenNames}`);
}

interface LocalNames extends PassportNames {
  nameAz: string;
  nameCyrillic: string;
}

/**
 * The whole name in the script of `language` as the officer spelt it (one string, given names first):
 * `nameAz` for az, `nameCyrillic` for ru; '' for en or where none was given.
 */
export function localName(guest: LocalNames, language: Language): string {
  return nameLine(language === 'az' ? guest.nameAz : language === 'ru' ? guest.nameCyrillic : '');
}

/**
 * A guest's name as a reader of `language` expects it: the Azerbaijani or Cyrillic spelling the
 * officer gave, else the passport's name, given names first.
 */
export function displayName(guest: LocalNames, language: Language): string {
  return localName(guest, language) || guestName(guest);
}
