/**
 * The Azerbaijani endings an addressee block and an invitation need: a surname in the dative
 * ("professor İ. H. Şahinoğluna"), an organisation in the genitive ("Ankara Universitetinin") and a
 * position with the possessive that genitive asks for ("rektoru"). Suffixes follow the last vowel of
 * the word: back a ı o u, front e ə i ö ü.
 */

const BACK = 'aıou';
const FRONT = 'eəiöü';
const VOWELS = BACK + FRONT;
const AZ_WORD = /^[a-zA-ZçÇəƏğĞıIİiöÖşŞüÜ'’-]+$/u;

function lower(word: string): string {
  return word.toLocaleLowerCase('az');
}

function lastVowel(word: string): string {
  const vowels = [...lower(word)].filter((c) => VOWELS.includes(c));
  return vowels[vowels.length - 1] ?? 'a';
}

function endsInVowel(word: string): boolean {
  return VOWELS.includes([...lower(word)].pop() ?? '');
}

/** An ending added in the word's own case: ŞAHİNOĞLU -> ŞAHİNOĞLUNA, Rossi -> Rossiyə. */
function add(word: string, ending: string): string {
  const upper = word.length > 1 && word === word.toLocaleUpperCase('az');
  return word + (upper ? ending.toLocaleUpperCase('az') : ending);
}

/** Two-way harmony (dative): a after a back vowel, ə after a front one. */
function twoWay(word: string): 'a' | 'ə' {
  return BACK.includes(lastVowel(word)) ? 'a' : 'ə';
}

/** Four-way harmony (genitive, possessive): ı after a ı, i after e ə i, u after o u, ü after ö ü. */
function fourWay(word: string): 'ı' | 'i' | 'u' | 'ü' {
  const v = lastVowel(word);
  if (v === 'a' || v === 'ı') return 'ı';
  if (v === 'o' || v === 'u') return 'u';
  if (v === 'ö' || v === 'ü') return 'ü';
  return 'i';
}

/**
 * A surname in the dative: Yılmaz -> Yılmaza, Öztürk -> Öztürkə, Rossi -> Rossiyə (buffer y after a
 * vowel), Şahinoğlu -> Şahinoğluna (-oğlu and -qızı end in the possessive, which takes n). Proper
 * names keep their final k and q: the softening of common nouns (kitab -> kitabı) is not written in them.
 */
export function azSurnameDative(surname: string): string {
  const w = lower(surname);
  const a = twoWay(surname);
  if (/(oğlu|oglu|qızı|kızı)$/.test(w)) return add(surname, `n${a}`);
  if (endsInVowel(surname)) return add(surname, `y${a}`);
  return add(surname, a);
}

/**
 * An organisation in the genitive, the ending on its last word: Ankara Universiteti ->
 * Ankara Universitetinin, Təhsil Nazirliyi -> Təhsil Nazirliyinin. Null when the last word is not an
 * Azerbaijani word (a closing quote, a bracket, another script): the caller then prints it as typed.
 */
export function azOrganisationGenitive(organisation: string): string | null {
  const words = organisation.split(' ').filter((w) => w !== '');
  const last = words.pop();
  if (last === undefined || !AZ_WORD.test(last)) return null;
  const vowelCount = [...lower(last)].filter((c) => VOWELS.includes(c)).length;
  // A common noun of more than one syllable softens its final k and q before a vowel (Mərkəz is
  // unaffected, Birlik -> Birliyin, Ocaq -> Ocağın).
  let stem = last;
  if (vowelCount > 1 && /k$/.test(last)) stem = `${last.slice(0, -1)}y`;
  else if (vowelCount > 1 && /q$/.test(last)) stem = `${last.slice(0, -1)}ğ`;
  const v = fourWay(last);
  const genitive = endsInVowel(last) ? add(stem, `n${v}n`) : add(stem, `${v}n`);
  return [...words, genitive].join(' ');
}

/**
 * The last word of a position, nominative -> with the 3rd-person possessive that follows a genitive
 * ("Ankara Universitetinin rektoru"). Only these are changed: a word not listed may already carry the
 * ending (kafedra müdiri) or take an irregular one, and is left to the fallback layout.
 */
const POSITION_HEADS: Record<string, string> = {
  rektor: 'rektoru',
  prorektor: 'prorektoru',
  'vitse-rektor': 'vitse-rektoru',
  dekan: 'dekanı',
  direktor: 'direktoru',
  müdir: 'müdiri',
  prezident: 'prezidenti',
  'vitse-prezident': 'vitse-prezidenti',
  sədr: 'sədri',
  rəhbər: 'rəhbəri',
  nazir: 'naziri',
  səfir: 'səfiri',
  konsul: 'konsulu',
  professor: 'professoru',
  dosent: 'dosenti',
  müavin: 'müavini',
  rəis: 'rəisi',
  koordinator: 'koordinatoru',
  menecer: 'meneceri',
  katib: 'katibi',
  başçı: 'başçısı',
  üzv: 'üzvü',
  müşavir: 'müşaviri',
  nümayəndə: 'nümayəndəsi',
  mütəxəssis: 'mütəxəssisi',
  müəllim: 'müəllimi',
  tədqiqatçı: 'tədqiqatçısı',
  əməkdaş: 'əməkdaşı',
  assistent: 'assistenti',
  ekspert: 'eksperti',
  kansler: 'kansleri',
};
const ALREADY_POSSESSED = new Set(Object.values(POSITION_HEADS));

/** `Elmi işlər üzrə prorektor` -> `Elmi işlər üzrə prorektoru`; `kafedra müdiri` stays; null if unknown. */
export function azPositionPossessive(position: string): string | null {
  const words = position.split(' ').filter((w) => w !== '');
  const last = words.pop();
  if (last === undefined) return null;
  const key = lower(last);
  if (ALREADY_POSSESSED.has(key)) return [...words, last].join(' ');
  const possessed = POSITION_HEADS[key];
  if (possessed === undefined) return null;
  const upper = last.length > 1 && last === last.toLocaleUpperCase('az');
  const first = last.charAt(0);
  const cased = upper
    ? possessed.toLocaleUpperCase('az')
    : first !== lower(first)
      ? first + possessed.slice(1)
      : possessed;
  return [...words, cased].join(' ');
}
