/**
 * The letter tables the name spellings of `transliterate.ts` read from: which letter or group of
 * letters of one script is written how in another, the stems and words spelt whole, and which
 * passports spell names in which alphabet. The rules that walk a name through them are there.
 */

export const AZ_VOWELS = new Set('aəeıioöuü');

export const FRONT_VOWELS = new Set('eəiöü');
export const RU_VOWELS = new Set('аеёиоуыэюя');

export const AZ_TO_RU: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'дж',
  ç: 'ч',
  d: 'д',
  ə: 'а',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  z: 'з',
};

/** Stems whose Russian spelling no letter rule gives, at the start of a word. */
export const AZ_STEMS: readonly (readonly [string, string])[] = [
  ['məmməd', 'мамед'],
  ['ələkbər', 'алекпер'],
  ['əhməd', 'ахмед'],
  ['vəli', 'вели'],
];
/** Whole words: the patronymic particles. */
export const AZ_WORDS: Record<string, string> = { oğlu: 'оглы', qızı: 'кызы' };

/** `y` before a vowel joins it into one Cyrillic letter. */
export const Y_PLUS: Record<string, string> = { a: 'я', ə: 'я', u: 'ю', ü: 'ю', o: 'ё', ö: 'ё', e: 'е' };

export const LATIN_GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['iu', 'ю'],
  ['ia', 'я'],
  ['yu', 'ю'],
  ['ya', 'я'],
];
export const LATIN_TO_RU: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'х',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  z: 'з',
  ä: 'э',
  ö: 'ё',
  ü: 'ю',
  ß: 'сс',
  é: 'е',
  è: 'е',
  á: 'а',
  ó: 'о',
  í: 'и',
  ú: 'у',
  ç: 'ч',
  ş: 'ш',
};
export const LATIN_VOWELS = new Set('aeiouyäöüéèáóíú');

export const RU_TO_AZ: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const AZ_TO_EN: Record<string, string> = {
  ə: 'a',
  c: 'j',
  ç: 'ch',
  ş: 'sh',
  x: 'kh',
  q: 'g',
  ğ: 'gh',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  j: 'zh',
};

export const RU_TO_EN: Record<string, string> = {
  ...RU_TO_AZ,
  е: 'e',
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  ё: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Countries whose passports spell Cyrillic names in Latin letters by ICAO 9303. */
export const CYRILLIC_PASSPORTS: ReadonlySet<string> = new Set([
  'RU',
  'BY',
  'UA',
  'KZ',
  'KG',
  'TJ',
  'BG',
  'RS',
  'MK',
  'MN',
]);

/** Passports whose Latin spelling is the Azerbaijani or Turkish alphabet itself. */
export const AZ_ALPHABET_PASSPORTS: ReadonlySet<string> = new Set(['AZ', 'TR']);
