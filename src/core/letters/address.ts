import { upperFirst, type Language } from '../../shared/languages';
import { azOrganisationGenitive, azPositionPossessive, azSurnameDative } from './azerbaijani-cases';
import { initials, localGivenNames, localSurname, requireGender, type NamedGuest } from './names';
import { letterPhrases } from './phrases';
import { ruOrganisationGenitive, ruPositionDative, ruSurnameDative } from './russian-cases';
import { cleanLine } from './sanitize';

/** Position and organisation in the letter's language, as the letter prints them. */
export interface AddresseeTexts {
  position: string;
  organisation: string;
}

export interface AddresseeLine {
  text: string;
  /** The line that names the person, set in bold. */
  name: boolean;
}

const NBSP = '\u00a0';

/** `Rektor` -> `rektor`, but an abbreviation or a name written in capitals (BDU, Rektor-BDU) stays. */
function lowerFirstWord(text: string): string {
  const [first = '', ...rest] = text.split(' ');
  const tail = first.slice(1);
  if (tail !== tail.toLocaleLowerCase('az')) return text;
  return [first.toLocaleLowerCase('az'), ...rest].join(' ');
}

/** `И.\u00a0Х.\u00a0Шахиноглу`: initials bound to the surname so the name never splits at a line's end. */
function shortName(initialsText: string, surname: string): string {
  return initialsText === '' ? surname : `${initialsText}${NBSP}${surname}`;
}

/**
 * The title before the name in an addressee block, said once: where the position already names it
 * ("…kafedrasının dosenti", "Профессор кафедры…"), the name takes Mr or Ms instead of repeating it.
 */
function addresseeTitle(
  language: 'az' | 'ru',
  guest: NamedGuest,
  gender: 'male' | 'female',
  position: string,
): string {
  const titles = letterPhrases(language).salutation.title;
  const own = titles[guest.honorific][gender];
  // The Russian titles are in the dative (профессору): their stem is what a position would contain.
  const stem = (own.split(' ').pop() ?? '').toLocaleLowerCase(language).replace(/у$/u, '');
  const repeats =
    guest.honorific !== 'none' && stem.length > 2 && position.toLocaleLowerCase(language).includes(stem);
  return repeats ? titles.none[gender] : own;
}

/**
 * Russian, in the dative, position first, as on an envelope:
 *   Ректору Анкарского университета
 *   профессору И. Х. Шахиноглу
 * A position whose head noun is unknown prints as typed; an organisation that cannot take the genitive
 * goes on its own line, as typed.
 */
function russian(guest: NamedGuest, gender: 'male' | 'female', texts: AddresseeTexts): AddresseeLine[] {
  const title = addresseeTitle('ru', guest, gender, texts.position);
  const surname = ruSurnameDative(localSurname('ru', guest), gender);
  const nameLine = `${title} ${shortName(initials(localGivenNames('ru', guest)), surname)}`;
  const position = texts.position;
  const organisation = texts.organisation;
  const dative = position === '' ? null : ruPositionDative(position);
  let lines: string[];
  if (dative === null) {
    lines = [position, organisation];
  } else {
    const genitive = organisation === '' ? null : ruOrganisationGenitive(organisation);
    lines = genitive === null ? [dative, organisation] : [`${dative} ${genitive}`];
  }
  return [
    ...lines.filter((l) => l !== '').map((l) => ({ text: upperFirst(l, 'ru'), name: false })),
    { text: nameLine, name: true },
  ];
}

/**
 * Azerbaijani, the organisation in the genitive and the surname in the dative:
 *   Ankara Universitetinin rektoru
 *   professor İ. H. Şahinoğluna
 * Where either ending cannot be settled, organisation and position print as typed, one a line.
 */
function azerbaijani(guest: NamedGuest, gender: 'male' | 'female', texts: AddresseeTexts): AddresseeLine[] {
  const title = addresseeTitle('az', guest, gender, texts.position);
  const surname = azSurnameDative(localSurname('az', guest));
  const nameLine = `${title} ${shortName(initials(localGivenNames('az', guest)), surname)}`;
  const { position, organisation } = texts;
  const possessed = position === '' ? null : azPositionPossessive(position);
  const genitive = organisation === '' ? null : azOrganisationGenitive(organisation);
  // After the organisation the position is a common noun again: "Ankara Universitetinin rektoru".
  const lines =
    possessed !== null && genitive !== null
      ? [`${genitive} ${lowerFirstWord(possessed)}`]
      : [organisation, position];
  return [
    ...lines.filter((l) => l !== '').map((l) => ({ text: l, name: false })),
    { text: nameLine, name: true },
  ];
}

/** English: name first, then position and organisation, one a line (Professor Ismail Hakki Sahinoglu). */
function english(guest: NamedGuest, gender: 'male' | 'female', texts: AddresseeTexts): AddresseeLine[] {
  const title = letterPhrases('en').salutation.title[guest.honorific][gender];
  const name = cleanLine(`${title} ${localGivenNames('en', guest)} ${localSurname('en', guest)}`);
  return [
    { text: name, name: true },
    ...[texts.position, texts.organisation].filter((l) => l !== '').map((text) => ({ text, name: false })),
  ];
}

/**
 * The addressee block of an official letter to a person, in the letter's language (the forms are
 * written out in `docs/letters.md`). Refuses a guest without gender: every form names Mr or Ms.
 */
export function addresseeLines(
  language: Language,
  guest: NamedGuest,
  texts: AddresseeTexts,
): AddresseeLine[] {
  const gender = requireGender(guest);
  const clean = { position: cleanLine(texts.position), organisation: cleanLine(texts.organisation) };
  if (language === 'ru') return russian(guest, gender, clean);
  if (language === 'az') return azerbaijani(guest, gender, clean);
  return english(guest, gender, clean);
}

/**
 * The partner organisation as the invitation's sentence names it: in the genitive where the language
 * needs it and the name allows it ("делегацию Анкарского университета", "Ankara Universitetinin
 * nümayəndə heyətini"), else as typed.
 */
export function partnerInSentence(language: Language, partner: string): string {
  const name = cleanLine(partner);
  if (name === '') return '';
  if (language === 'ru') return ruOrganisationGenitive(name) ?? name;
  if (language === 'az') return azOrganisationGenitive(name) ?? name;
  return name;
}
