import type { Language } from './languages';
import {
  AZ_ALPHABET_PASSPORTS,
  AZ_STEMS,
  AZ_TO_EN,
  AZ_TO_RU,
  AZ_VOWELS,
  AZ_WORDS,
  CYRILLIC_PASSPORTS,
  FRONT_VOWELS,
  LATIN_GROUPS,
  LATIN_TO_RU,
  LATIN_VOWELS,
  RU_TO_AZ,
  RU_TO_EN,
  RU_VOWELS,
  Y_PLUS,
} from './transliteration-tables';

/**
 * Spellings of people's names in another script, offered to the officer as suggestions (a button
 * beside the field), never applied on their own: names have conventional spellings that no rule
 * knows in full, and a wrong letter in a name on an invitation is a refused visa.
 *
 * Where the rules are approximate:
 * - Azerbaijani -> Russian follows the spellings Russian texts use for Azerbaijani names (ə -> а,
 *   q and word-initial h -> г, c -> дж, Hüseyn -> Гусейн, Günay -> Гюнай, final q -> к as in Тофик).
 *   Russian practice is not regular: a few name stems (Məmməd -> Мамед, Ələkbər -> Алекпер,
 *   Vəli -> Вели, Əhməd -> Ахмед) are spelt from a table, others (Kərim: Карим or Керим, Sadıqov:
 *   Садыхов) come out by the rules and may need correcting.
 * - Latin passport spellings (ICAO 9303: KH, ZH, TS, CH, SH, SHCH, IU, IA) read back into Cyrillic
 *   cannot tell й from и or ь from nothing in every case (ANDREI -> Андрей, DARIA -> Дария, not Дарья);
 *   other Latin names (ROSSI -> Росси, O'BRIEN -> О'Бриен, not О'Брайен) follow their letters, not
 *   their sound.
 * - Russian -> Azerbaijani uses the Azerbaijani conventions (ш ş, ч ç, ж j, х x, ы ı, й y, ё yo,
 *   я ya, ю yu, ц ts, щ şş; е after a vowel, ь or ъ and at the start of a word: ye).
 *
 * Every word keeps a capital first letter where the source had one, and the rest is lower case:
 * a name copied from a passport in capitals comes out as a name is written in a sentence.
 */

const AZ_LETTER = /\p{L}/u;

/** Lower case by Azerbaijani (and Turkish) rules: I -> ı, İ -> i. */
function azLower(text: string): string {
  return text.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

function azUpper(text: string): string {
  return text.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
}

type Script = 'azLatin' | 'latin' | 'cyrillic';

const lowerIn = (script: Script, word: string) => (script === 'azLatin' ? azLower(word) : word.toLowerCase());
const upperIn = (script: Script, text: string) => (script === 'azLatin' ? azUpper(text) : text.toUpperCase());

/**
 * Converts each run of letters with `convert` (which sees it in lower case) and gives it a capital
 * first letter where the source had one; what lies between words (spaces, hyphens, apostrophes)
 * stays as it is.
 */
function eachWord(text: string, from: Script, to: Script, convert: (word: string) => string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const converted = convert(lowerIn(from, word));
    const first = word.charAt(0);
    const capital = first !== lowerIn(from, first);
    return capital ? upperIn(to, converted.charAt(0)) + converted.slice(1) : converted;
  });
}

function azWordToRussian(word: string, turkish = false): string {
  const whole = AZ_WORDS[word];
  if (whole !== undefined) return whole;
  const stem = AZ_STEMS.find(([az]) => word.startsWith(az));
  let out = stem ? stem[1] : '';
  for (let i = stem ? stem[0].length : 0; i < word.length; i += 1) {
    const c = word.charAt(i);
    const prev = word.charAt(i - 1);
    const next = word.charAt(i + 1);
    if (c === 'y') {
      const joined = Y_PLUS[next];
      if (joined !== undefined) {
        out += joined;
        i += 1;
      } else out += 'й';
    } else if (c === 'e') out += i === 0 ? 'э' : 'е';
    // Russian writes an Azerbaijani name's first h as г (Гусейн, Гасан), a Turkish one's as х (Хакан).
    else if (c === 'h') out += i === 0 && !turkish ? 'г' : 'х';
    else if (c === 'ü') out += prev === 'h' && !turkish ? 'у' : 'ю';
    else if (c === 'ö') out += i === 0 ? 'о' : 'ё';
    else if (c === 'q') out += i === word.length - 1 ? 'к' : 'г';
    // Elçin -> Эльчин, Gülnarə -> Гюльнара, but Yılmaz -> Йылмаз: soft after a front vowel only.
    else if (c === 'l')
      out += FRONT_VOWELS.has(prev) && AZ_LETTER.test(next) && !AZ_VOWELS.has(next) ? 'ль' : 'л';
    else out += AZ_TO_RU[c] ?? c;
  }
  return out;
}

/** An Azerbaijani name in Latin letters as Russian texts spell it: Əliyev -> Алиев, Günay -> Гюнай. */
export function azToRussian(text: string): string {
  return eachWord(text, 'azLatin', 'cyrillic', (word) => azWordToRussian(word));
}

/** A Turkish name as Russian texts spell it: Hakan -> Хакан, Şahinoğlu -> Шахиноглу. */
export function turkishToRussian(text: string): string {
  return eachWord(text, 'azLatin', 'cyrillic', (word) => azWordToRussian(word, true));
}

function latinWordToRussian(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const group = LATIN_GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const c = word.charAt(i);
    const afterVowel = i > 0 && LATIN_VOWELS.has(word.charAt(i - 1));
    const beforeVowel = LATIN_VOWELS.has(word.charAt(i + 1));
    // ANDREI, NIKOLAI: an i or y closing a syllable after a vowel is й.
    if (c === 'i' || c === 'y') out += afterVowel && !beforeVowel ? 'й' : c === 'i' ? 'и' : 'ы';
    else if (c === 'e') out += i === 0 ? 'э' : 'е';
    else out += LATIN_TO_RU[c] ?? c;
    i += 1;
  }
  return out;
}

/** A name in Latin letters as a passport prints it (ICAO 9303 for Russian names) read into Cyrillic. */
export function latinToRussian(text: string): string {
  return eachWord(text, 'latin', 'cyrillic', latinWordToRussian);
}

function russianWordToAz(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charAt(i);
    const prev = word.charAt(i - 1);
    if (c === 'е') out += i === 0 || RU_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' ? 'ye' : 'e';
    else out += RU_TO_AZ[c] ?? c;
  }
  return out;
}

/** A name in Cyrillic in Azerbaijani spelling: Иванов -> İvanov, Сергей -> Sergey. */
export function russianToAz(text: string): string {
  return eachWord(text, 'cyrillic', 'azLatin', russianWordToAz);
}

/** An Azerbaijani name as English texts spell it: Məmmədova -> Mammadova, Şahin -> Shahin. */
export function azToEnglish(text: string): string {
  return eachWord(text, 'azLatin', 'latin', (word) => [...word].map((c) => AZ_TO_EN[c] ?? c).join(''));
}

/** A Russian name in English spelling: Кузнецова -> Kuznetsova, Сергей -> Sergey. */
export function russianToEnglish(text: string): string {
  return eachWord(text, 'cyrillic', 'latin', (word) => [...word].map((c) => RU_TO_EN[c] ?? c).join(''));
}

/**
 * A suggested spelling of a person's name in `to`, from the name as written in `from`; null where
 * Qonaq has no rule (an English-written name in Azerbaijani is usually spelt as it is).
 */
export function suggestName(text: string, from: Language, to: Language): string | null {
  if (text.trim() === '' || from === to) return null;
  if (to === 'ru') return from === 'az' ? azToRussian(text) : latinToRussian(text);
  if (to === 'az') return from === 'ru' ? russianToAz(text) : null;
  return from === 'az' ? azToEnglish(text) : russianToEnglish(text);
}

/** A passport name (any case) as a name is written: each word with a capital first letter. */
function nameCase(text: string, script: Script): string {
  return eachWord(text, script, script, (word) => word);
}

/** The Cyrillic spelling of a passport name, read by the passport's alphabet. */
export function passportNameToRussian(passportName: string, issuingCountry: string): string {
  const country = issuingCountry.toUpperCase();
  if (country === 'AZ') return azToRussian(passportName);
  if (country === 'TR') return turkishToRussian(passportName);
  return latinToRussian(passportName);
}

/** The Azerbaijani spelling of a passport name: as it is for Latin names, Russian ones re-spelt. */
export function passportNameToAz(passportName: string, issuingCountry: string): string {
  const country = issuingCountry.toUpperCase();
  if (AZ_ALPHABET_PASSPORTS.has(country)) return nameCase(passportName, 'azLatin');
  if (CYRILLIC_PASSPORTS.has(country)) return russianToAz(latinToRussian(passportName));
  return nameCase(passportName, 'latin');
}
