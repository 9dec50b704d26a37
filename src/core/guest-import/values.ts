import { foldKey } from '../../shared/guest-import';

/**
 * Values of the choice fields as lists write them, in az, en, ru and Turkish. A value Qonaq does not
 * recognise is left empty and shown to the officer; a one-letter "K" is such a value on purpose:
 * it is kişi (man) in Azerbaijani and kadın (woman) in Turkish.
 */
const CHOICES = {
  gender: {
    male: [
      'm',
      'male',
      'man',
      'mr',
      'м',
      'муж',
      'мужской',
      'мужчина',
      'kişi',
      'kisi',
      'erkek',
      'e',
      'bay',
      'cənab',
    ],
    female: [
      'f',
      'female',
      'woman',
      'w',
      'mrs',
      'ms',
      'miss',
      'ж',
      'жен',
      'женский',
      'женщина',
      'qadın',
      'q',
      'kadın',
      'bayan',
      'xanım',
      'hanım',
    ],
  },
  role: {
    head: [
      'head',
      'head of delegation',
      'leader',
      'delegation leader',
      'chair',
      'yes',
      'да',
      'bəli',
      'evet',
      'x',
      '+',
      'руководитель',
      'руководитель делегации',
      'глава делегации',
      'rəhbər',
      'nümayəndə heyətinin rəhbəri',
      'başkan',
      'heyet başkanı',
    ],
    member: [
      'member',
      'delegate',
      'participant',
      'no',
      'нет',
      'xeyr',
      'hayır',
      'член',
      'член делегации',
      'участник',
      'üzv',
      'üye',
      '-',
    ],
  },
  honorific: {
    none: ['none', 'mr', 'mrs', 'ms', 'miss', 'господин', 'госпожа', 'cənab', 'xanım', 'bay', 'bayan'],
    dr: [
      'dr',
      'doctor',
      'phd',
      'д р',
      'доктор',
      'доктор наук',
      'кандидат наук',
      'к н',
      'д н',
      'doktor',
      'dr phil',
    ],
    professor: ['prof', 'professor', 'профессор', 'prof dr', 'профессор доктор'],
    associateProfessor: [
      'assoc prof',
      'associate professor',
      'доцент',
      'dosent',
      'doç dr',
      'doc dr',
      'doçent',
    ],
    academician: ['academician', 'академик', 'akademik', 'acad'],
    excellency: [
      'his excellency',
      'her excellency',
      'h e',
      'excellency',
      'ambassador',
      'посол',
      'его превосходительство',
      'zati aliləri',
      'səfir',
    ],
  },
} as const;

type ChoiceField = keyof typeof CHOICES;

const INDEX = new Map<string, Map<string, string>>();
for (const [field, options] of Object.entries(CHOICES)) {
  const byWord = new Map<string, string>();
  for (const [value, words] of Object.entries(options)) {
    for (const word of words) {
      // Symbols fold to nothing: keep them as they are.
      const key = foldKey(word) || word;
      if (!byWord.has(key)) byWord.set(key, value);
    }
  }
  INDEX.set(field, byWord);
}

/** The stored value of a choice as written in a list, or null when unknown. */
export function readChoice(field: ChoiceField, text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  return INDEX.get(field)?.get(foldKey(value) || value) ?? null;
}
