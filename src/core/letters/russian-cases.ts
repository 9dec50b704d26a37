/**
 * The few Russian case forms an addressee block and an invitation need: a surname and a position in
 * the dative ("Ректору ... профессору И. Х. Шахиноглу"), an organisation in the genitive ("делегацию
 * Анкарского университета"). Russian grammar is not guessed at: a position or organisation whose first
 * noun is not in the tables below is printed as typed (the caller shows it in the nominative), because
 * a wrongly declined title in a letter to a rector is worse than an undeclined one.
 */

type Gender = 'male' | 'female';

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;

/** Carries the case of `model` over to `word`: `Ректор` -> `Ректору`, `РЕКТОР` -> `РЕКТОРУ`. */
function sameCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toLocaleUpperCase('ru')) return word.toLocaleUpperCase('ru');
  const first = [...model][0] ?? '';
  if (first !== '' && first === first.toLocaleUpperCase('ru') && first !== first.toLocaleLowerCase('ru')) {
    return word.charAt(0).toLocaleUpperCase('ru') + word.slice(1);
  }
  return word;
}

/** Replaces the last `cut` letters of `word` by `ending`, keeping the word's case. */
function reEnd(word: string, cut: number, ending: string): string {
  const upper = word.length > 1 && word === word.toLocaleUpperCase('ru');
  return word.slice(0, word.length - cut) + (upper ? ending.toLocaleUpperCase('ru') : ending);
}

/**
 * Surnames ending in a stressed -а/-я, French-like, that stay as they are in every case. Russian cannot
 * tell them from Окуджава or Зозуля (which decline) by spelling, so they are listed.
 */
const STRESSED_FINAL_A = new Set(['дюма', 'золя', 'тома', 'дега', 'петипа', 'мара', 'гамарра']);

/**
 * One surname (no hyphen) in the dative, by the rules of Russian grammar for surnames:
 *
 * | ending                                   | male                  | female                 |
 * |------------------------------------------|-----------------------|------------------------|
 * | -о -е -э -и -ы -у -ю, -их -ых            | unchanged (Шахиноглу) | unchanged              |
 * | -ия                                      | -ии (Гарсии)          | -ии                    |
 * | -а/-я after a vowel (Гулиа)              | unchanged             | unchanged              |
 * | -ова -ева -ёва -ина -ына                 | -е, as -а below       | -ой (Кузнецовой)       |
 * | -ая (-ская, -цкая)                        | -                     | -ой; -ей after ж ш ч щ |
 * | -яя                                      | -                     | -ей                    |
 * | -а/-я after a consonant (Окуджава)       | -е                    | -е                     |
 * | -ий -ый -ой                              | -ому; -ему after ж ш ч щ н | unchanged (female is -ая) |
 * | -й after another vowel, -ь               | -ю (Гайдаю, Гоголю)   | unchanged              |
 * | a consonant (Иванов, Пушкин, Yılmaz → Йылмаз) | +у                | unchanged              |
 *
 * Stressed French-like -а/-я (Дюма, Золя) stay unchanged: see `STRESSED_FINAL_A`.
 */
function surnamePartDative(word: string, gender: Gender): string {
  if (!CYRILLIC_WORD.test(word)) return word;
  const w = word.toLocaleLowerCase('ru');
  if (STRESSED_FINAL_A.has(w)) return word;
  if (/(их|ых)$/.test(w) || /[оеэиыуюё]$/.test(w)) return word;
  if (/ия$/.test(w)) return reEnd(word, 1, 'и');
  if (gender === 'female') {
    if (/(ов|ев|ёв|ин|ын)а$/.test(w)) return reEnd(word, 1, 'ой');
    if (/[жшчщ]ая$/.test(w)) return reEnd(word, 2, 'ей');
    if (/ая$/.test(w)) return reEnd(word, 2, 'ой');
    if (/яя$/.test(w)) return reEnd(word, 2, 'ей');
  }
  if (/[аеёиоуыэюя][ая]$/.test(w)) return word;
  if (/[ая]$/.test(w)) return reEnd(word, 1, 'е');
  if (gender === 'female') return word;
  if (/[кгх]ий$/.test(w) || /(ый|ой)$/.test(w)) return reEnd(word, 2, 'ому');
  if (/ий$/.test(w)) return reEnd(word, 2, 'ему');
  if (/[йь]$/.test(w)) return reEnd(word, 1, 'ю');
  return reEnd(word, 0, 'у');
}

/** A surname in the dative; each part of a double surname declines (Петрову-Водкину). */
export function ruSurnameDative(surname: string, gender: Gender): string {
  return surname
    .split('-')
    .map((part) => surnamePartDative(part, gender))
    .join('-');
}

/** Nouns that head a position, nominative -> dative. Women holding them keep the masculine noun. */
const POSITION_HEADS: Record<string, string> = {
  ректор: 'ректору',
  проректор: 'проректору',
  'вице-ректор': 'вице-ректору',
  декан: 'декану',
  директор: 'директору',
  заведующий: 'заведующему',
  заведующая: 'заведующей',
  заместитель: 'заместителю',
  президент: 'президенту',
  'вице-президент': 'вице-президенту',
  председатель: 'председателю',
  руководитель: 'руководителю',
  начальник: 'начальнику',
  посол: 'послу',
  министр: 'министру',
  'вице-министр': 'вице-министру',
  консул: 'консулу',
  советник: 'советнику',
  секретарь: 'секретарю',
  глава: 'главе',
  член: 'члену',
  профессор: 'профессору',
  доцент: 'доценту',
  преподаватель: 'преподавателю',
  ассистент: 'ассистенту',
  исследователь: 'исследователю',
  сотрудник: 'сотруднику',
  координатор: 'координатору',
  менеджер: 'менеджеру',
  специалист: 'специалисту',
  эксперт: 'эксперту',
  представитель: 'представителю',
  канцлер: 'канцлеру',
  управляющий: 'управляющему',
  управляющая: 'управляющей',
  уполномоченный: 'уполномоченному',
  атташе: 'атташе',
  'исполняющий обязанности': 'исполняющему обязанности',
  'исполняющая обязанности': 'исполняющей обязанности',
  'временно исполняющий обязанности': 'временно исполняющему обязанности',
  'временно исполняющая обязанности': 'временно исполняющей обязанности',
};

/** Nouns that head an organisation's name, nominative -> genitive. */
const ORGANISATION_HEADS: Record<string, string> = {
  университет: 'университета',
  институт: 'института',
  академия: 'академии',
  консерватория: 'консерватории',
  колледж: 'колледжа',
  школа: 'школы',
  училище: 'училища',
  лицей: 'лицея',
  гимназия: 'гимназии',
  факультет: 'факультета',
  кафедра: 'кафедры',
  лаборатория: 'лаборатории',
  центр: 'центра',
  фонд: 'фонда',
  министерство: 'министерства',
  посольство: 'посольства',
  консульство: 'консульства',
  представительство: 'представительства',
  агентство: 'агентства',
  ведомство: 'ведомства',
  управление: 'управления',
  департамент: 'департамента',
  служба: 'службы',
  комитет: 'комитета',
  совет: 'совета',
  палата: 'палаты',
  администрация: 'администрации',
  правительство: 'правительства',
  парламент: 'парламента',
  ассоциация: 'ассоциации',
  организация: 'организации',
  общество: 'общества',
  союз: 'союза',
  объединение: 'объединения',
  консорциум: 'консорциума',
  компания: 'компании',
  корпорация: 'корпорации',
  банк: 'банка',
  музей: 'музея',
  библиотека: 'библиотеки',
  учреждение: 'учреждения',
  предприятие: 'предприятия',
  бюро: 'бюро',
};

type AdjectiveCase = 'dative' | 'genitive';

/** An adjective before the head noun, agreeing with it: `Генеральный` -> `Генеральному`/`Генерального`. */
function adjective(word: string, to: AdjectiveCase): string | null {
  const w = word.toLocaleLowerCase('ru');
  if (!CYRILLIC_WORD.test(w.replace(/-/g, ''))) return null;
  if (/(ый|ой)$/.test(w) || /[кгх]ий$/.test(w)) return reEnd(word, 2, to === 'dative' ? 'ому' : 'ого');
  // The rest (-ний, -жий, -щий: Синий, Старший, Исполняющий) is the soft type.
  if (/ий$/.test(w)) return reEnd(word, 2, to === 'dative' ? 'ему' : 'его');
  if (/[жшчщ]ая$/.test(w) || /яя$/.test(w)) return reEnd(word, 2, 'ей');
  if (/ая$/.test(w)) return reEnd(word, 2, 'ой');
  if (to === 'genitive' && /ое$/.test(w)) return reEnd(word, 2, 'ого');
  if (to === 'genitive' && /ее$/.test(w)) return reEnd(word, 2, 'его');
  return null;
}

/**
 * Declines the words before and including the head noun; what follows the head (a genitive, "по
 * науке", a quoted name) is already in its own case and stays. Null when no head is found.
 */
function declineHead(text: string, heads: Record<string, string>, to: AdjectiveCase): string | null {
  const words = text.split(' ').filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (const length of [3, 2, 1]) {
      const phrase = words.slice(i, i + length);
      if (phrase.length < length) continue;
      const head = heads[phrase.join(' ').toLocaleLowerCase('ru')];
      if (head === undefined) continue;
      const declined = head.split(' ').map((part, k) => sameCase(phrase[k] ?? '', part));
      return [...out, ...declined, ...words.slice(i + length)].join(' ');
    }
    const word = words[i] ?? '';
    if (word.toLocaleLowerCase('ru') === 'и' && out.length > 0) {
      out.push(word);
      continue;
    }
    const declined = adjective(word, to);
    if (declined === null) return null;
    out.push(declined);
  }
  return null;
}

/** `Ректор` -> `Ректору`, `Генеральный директор` -> `Генеральному директору`; null if unknown. */
export function ruPositionDative(position: string): string | null {
  return declineHead(position, POSITION_HEADS, 'dative');
}

/** `Анкарский университет` -> `Анкарского университета`; null when the head noun is unknown. */
export function ruOrganisationGenitive(organisation: string): string | null {
  return declineHead(organisation, ORGANISATION_HEADS, 'genitive');
}
