import type { Language } from '../../shared/languages';
import type { PartnerKind } from '../../shared/partners';
import { russianToEnglish } from '../../shared/transliterate';
import { foldForSearch } from '../text-search';

/**
 * When two free-text partner names read as one organisation: the rule `partners.proposeLinks` groups
 * visits by. It is a rule, not a guess, and it only proposes: the user confirms every link.
 *
 * 1. Words are cut at anything that is not a letter or digit. A Cyrillic word is read into Latin
 *    (`russianToEnglish`); then case and diacritics are folded (`foldForSearch`: Ü -> u, ı -> i) and
 *    ə is read as e.
 * 2. The common words of organisation names in az, en, ru and tr become one token each (`GENERIC`):
 *    University, Universiteti, Üniversitesi, университет -> university; likewise institute, academy,
 *    ministry, embassy, state, national, technical. "of", "the", "and" (və, ve, и) are dropped.
 * 3. Every other word is a stem: a Cyrillic word loses a Russian adjective ending (Анкарский ->
 *    ankar, Бакинский -> bakin), then any word loses one final vowel (Ankara -> ankar, Анкары -> ankar,
 *    Bakı -> bak).
 * 4. Two names match when they have the same tokens and their stems pair up one to one, each pair
 *    equal, or an adjective's stem beginning with the other word's stem of 3 letters or more
 *    (bakin- and bak-). So "Ankara Üniversitesi", "Ankara University", "Анкарский университет" and
 *    "Ankara Universiteti" match, and "Ankara Hacı Bayram Veli Üniversitesi" (three more stems) does not.
 * 5. The country is compared by the caller: two names from different countries never match.
 */

export type GenericToken =
  'university' | 'institute' | 'academy' | 'ministry' | 'embassy' | 'state' | 'national' | 'technical';

interface GenericWord {
  /** null: a word that is dropped ("of", "the", "and"). */
  token: GenericToken | null;
  /** The language the word tells the name is written in; '' when it does not tell (or is Russian, known by its script). */
  language: Language | 'tr' | '';
  pattern: RegExp;
}

const word = (
  token: GenericToken | null,
  language: GenericWord['language'],
  pattern: RegExp,
): GenericWord => ({
  token,
  language,
  pattern,
});

/** Tried in order, on the folded word; the first that fits decides. */
export const GENERIC: readonly GenericWord[] = [
  word('university', 'en', /^university$/),
  word('university', 'az', /^universitet/),
  word('university', 'tr', /^universite/),
  word('university', '', /^univers/),
  word('institute', 'en', /^institute$/),
  word('institute', 'az', /^institut/),
  word('institute', 'tr', /^enstitu/),
  word('academy', 'en', /^academy$/),
  word('academy', 'az', /^akademiya/),
  word('academy', 'tr', /^akademi/),
  word('academy', '', /^academ/),
  word('ministry', 'en', /^ministry$/),
  word('ministry', 'az', /^nazirli/),
  word('ministry', 'tr', /^bakanli/),
  word('ministry', '', /^minist/),
  word('embassy', 'en', /^embassy$/),
  word('embassy', 'az', /^sefirli/),
  word('embassy', 'tr', /^buyukelcili/),
  word('embassy', '', /^posolstv/),
  word('state', 'en', /^state$/),
  word('state', 'az', /^dovlet/),
  word('state', 'tr', /^devlet/),
  word('state', '', /^gosudarstv/),
  word('national', 'en', /^national$/),
  word('national', 'az', /^milli$/),
  word('national', 'tr', /^ulusal$/),
  word('national', '', /^natsional/),
  word('technical', 'en', /^techn/),
  word('technical', 'az', /^texni/),
  word('technical', 'tr', /^teknik/),
  word('technical', '', /^tekhn/),
  word(null, 'en', /^(of|the|and)$/),
  word(null, '', /^(ve|i)$/),
];

/** Russian adjective endings as `russianToEnglish` spells them: -ский, -ская, -ское, -ского, -ской… */
const RUSSIAN_ADJECTIVE = /sk(iy|aya|oe|ogo|oy|om|omu|uyu|ikh|ie|imi|im)$/;
const FINAL_VOWEL = /[aeiouy]$/;

export interface Stem {
  stem: string;
  /** Cut from a Russian adjective (Анкарский): it may begin with the place's own stem rather than equal it. */
  adjective: boolean;
}

export interface NameKey {
  /** The tokens of the common words, sorted, joined by spaces: names match only within one. */
  tokens: string;
  stems: Stem[];
  /** What the words tell of the name's language: Cyrillic is Russian; '' when nothing tells. */
  language: Language | 'tr' | '';
}

export function nameKey(name: string): NameKey {
  const tokens = new Set<GenericToken>();
  const stems: Stem[] = [];
  let language: NameKey['language'] = /ə/i.test(name) ? 'az' : '';
  for (const original of name.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const cyrillic = /\p{Script=Cyrillic}/u.test(original);
    if (cyrillic) language = 'ru';
    const folded = foldForSearch(cyrillic ? russianToEnglish(original) : original).replace(/ə/g, 'e');
    const generic = GENERIC.find((g) => g.pattern.test(folded));
    if (generic) {
      if (generic.token) tokens.add(generic.token);
      if (language === '' && generic.language !== '') language = generic.language;
      continue;
    }
    const adjective =
      cyrillic && RUSSIAN_ADJECTIVE.test(folded) && folded.replace(RUSSIAN_ADJECTIVE, '').length >= 3;
    const base = adjective ? folded.replace(RUSSIAN_ADJECTIVE, '') : folded;
    const stem = base.length > 2 ? base.replace(FINAL_VOWEL, '') : base;
    stems.push({ stem, adjective });
  }
  return { tokens: [...tokens].sort().join(' '), stems, language };
}

function stemsMatch(a: Stem, b: Stem): boolean {
  if (a.stem === b.stem) return true;
  const begins = (adj: Stem, other: Stem) =>
    adj.adjective && !other.adjective && other.stem.length >= 3 && adj.stem.startsWith(other.stem);
  return begins(a, b) || begins(b, a);
}

/** Whether every stem of `a` pairs with its own stem of `b` (names hold a handful of words: a search is cheap). */
function pairUp(a: readonly Stem[], b: readonly Stem[], used: boolean[] = []): boolean {
  const [first, ...rest] = a;
  if (first === undefined) return true;
  return b.some((candidate, i) => {
    if (used[i] || !stemsMatch(first, candidate)) return false;
    const next = [...used];
    next[i] = true;
    return pairUp(rest, b, next);
  });
}

/** Whether two names read as one organisation (rule 4 above); countries are the caller's to compare. */
export function sameOrganisation(a: NameKey, b: NameKey): boolean {
  return a.tokens === b.tokens && a.stems.length === b.stems.length && pairUp(a.stems, b.stems);
}

/**
 * Names that match share this: their tokens, and the first three letters of each stem (a pair of
 * stems is equal, or one begins with the other of 3 letters or more). Compare only within it.
 */
export function matchBucket(key: NameKey): string {
  return `${key.tokens}|${key.stems
    .map((s) => s.stem.slice(0, 3))
    .sort()
    .join(' ')}`;
}

/** The kind a name's common words tell: a ministry, an embassy, a university (academies and institutes too). */
export function kindOf(key: NameKey): PartnerKind {
  const tokens = key.tokens.split(' ');
  if (tokens.includes('ministry')) return 'ministry';
  if (tokens.includes('embassy')) return 'embassy';
  if (tokens.some((t) => t === 'university' || t === 'academy' || t === 'institute')) return 'university';
  return 'other';
}
