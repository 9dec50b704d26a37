import type { GuestData, Visit } from '../../shared/domain';
import type { ImportDuplicate } from '../../shared/guest-import';
import { guestName } from '../../shared/guest-name';
import { russianToEnglish } from '../../shared/transliterate';
import { compactIdentifier } from '../text-search';

/**
 * Guests already in Qonaq that a row of a partner's list may be: the same passport number, or the
 * same name across Latin and Cyrillic spellings (IVANOV IVAN and Иванов Иван Петрович; ŞAHİN and
 * SAHIN). Names are compared as a rough sound-alike of their words ("skeleton"), so that the spellings
 * a passport, a Russian list and an Azerbaijani one give of a name meet; every word of the shorter
 * name must be in the longer one, and at least two. It is a prompt for the officer, never a merge:
 * each match is shown with the choice to update, skip or add anyway.
 */

function skeletonOf(word: string): string {
  const latin = /\p{Script=Cyrillic}/u.test(word) ? russianToEnglish(word) : word;
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'a')
    .replace(/shch|sch/g, 's')
    .replace(/sh|ch|ts|tz|tch/g, (m) => (m === 'sh' ? 's' : 'c'))
    .replace(/kh|x|gh/g, (m) => (m === 'gh' ? 'g' : 'h'))
    .replace(/zh/g, 'j')
    .replace(/q/g, 'g')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Skeletons already worked out. A register of ten years holds a few hundred different name words
 * among tens of thousands of guests, so each is folded once; the memo is emptied should it ever grow large.
 */
const skeletons = new Map<string, string>();
/** How many skeletons, and how many names, are kept at most. */
const KEPT = 50_000;

/** One word of a name, folded to how it sounds roughly, whatever the script and transliteration. */
export function nameSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    skeleton = skeletonOf(word);
    if (skeletons.size >= KEPT) skeletons.clear();
    skeletons.set(word, skeleton);
  }
  return skeleton;
}

function words(text: string): string[] {
  return text
    .split(/[\s,.'’-]+/u)
    .map(nameSkeleton)
    .filter((w) => w.length > 0);
}

/** The spellings of a guest's name as sets of skeleton words: passport name and Cyrillic name. */
export function nameKeys(guest: Pick<GuestData, 'surname' | 'givenNames' | 'nameCyrillic'>): Set<string>[] {
  const keys = [words(guestName(guest)), words(guest.nameCyrillic)];
  return keys.filter((k) => k.length >= 2).map((k) => new Set(k));
}

function contains(large: ReadonlySet<string>, small: ReadonlySet<string>): boolean {
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

function sameName(a: readonly Set<string>[], b: readonly Set<string>[]): boolean {
  return a.some((x) => b.some((y) => (x.size <= y.size ? contains(y, x) : contains(x, y))));
}

/**
 * Every two words of a name, as one key. Two names of which one holds every word of the other, and
 * at least two words each, share at least one pair: only guests sharing a pair are compared.
 */
function pairs(keys: readonly Set<string>[]): Set<string> {
  const all = new Set<string>();
  for (const key of keys) {
    const sorted = [...key].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) all.add(`${sorted[i]} ${sorted[j]}`);
    }
  }
  return all;
}

/** What the search needs of a name: its spellings, every word of them, every pair of words. */
interface NameInfo {
  names: Set<string>[];
  words: Set<string>;
  pairs: Set<string>;
}

/** What the search needs of a known guest, worked out once per guest. */
interface Known {
  name: NameInfo;
  visit: Visit;
  guest: Visit['guests'][number];
  passport: string;
}

/**
 * Names already worked out, by their spelling: the same guests come back visit after visit, so
 * a register of ten years holds far fewer names than guests. Read only, never changed once made.
 */
const nameInfos = new Map<string, NameInfo>();

function nameInfoOf(guest: Pick<GuestData, 'surname' | 'givenNames' | 'nameCyrillic'>): NameInfo {
  const key = `${guest.givenNames}\u0000${guest.surname}\u0000${guest.nameCyrillic}`;
  let info = nameInfos.get(key);
  if (!info) {
    const names = nameKeys(guest);
    info = { names, words: new Set(names.flatMap((n) => [...n])), pairs: pairs(names) };
    if (nameInfos.size >= KEPT) nameInfos.clear();
    nameInfos.set(key, info);
  }
  return info;
}

/**
 * The known guests of each visit. A visit is never changed in place (a change stores a new object),
 * so what is kept for an object holds for as long as it lives, and goes with it.
 */
const knownOfVisit = new WeakMap<Visit, readonly Known[]>();

function knownOf(visit: Visit): readonly Known[] {
  let known = knownOfVisit.get(visit);
  if (!known) {
    known = visit.guests.map((guest) => ({
      name: nameInfoOf(guest),
      visit,
      guest,
      passport: compactIdentifier(guest.passport.number),
    }));
    knownOfVisit.set(visit, known);
  }
  return known;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

interface Match {
  duplicate: ImportDuplicate;
  /** The order duplicates of one visit or one day are listed in: by passport first, then by name. */
  reason: 0 | 1;
  /** For a name: the first word of the row's name the guest shares. */
  word: number;
  /** The guest's place in the register: visits in the store's order, each visit's guests in theirs. */
  at: number;
}

/** Every guest of every visit, indexed by passport number and by the pairs of words of their names. */
export class GuestIndex {
  /** Exactly the visits indexed, in their order: an index is reused only for the very same ones. */
  readonly visits: readonly Visit[];
  private readonly known: Known[] = [];
  private readonly byPassport = new Map<string, number[]>();
  private readonly byPair = new Map<string, number[]>();

  constructor(visits: readonly Visit[]) {
    this.visits = [...visits];
    for (const visit of visits) {
      for (const known of knownOf(visit)) {
        const at = this.known.push(known) - 1;
        if (known.passport) push(this.byPassport, known.passport, at);
        for (const pair of known.name.pairs) push(this.byPair, pair, at);
      }
    }
  }

  /** Whether the index was built of exactly these visits, as they are now. */
  holds(visits: readonly Visit[]): boolean {
    return visits.length === this.visits.length && visits.every((v, i) => v === this.visits[i]);
  }

  /** The guests a row may be: `visitId`'s first, then the most recent visits. */
  find(guest: GuestData, visitId: string): ImportDuplicate[] {
    const found = new Map<string, Match>();
    const passport = compactIdentifier(guest.passport.number);
    for (const at of passport ? (this.byPassport.get(passport) ?? []) : []) {
      const known = this.known[at];
      if (known)
        found.set(keyOf(known), { duplicate: duplicate(known, 'passport', visitId), reason: 0, word: 0, at });
    }
    const { names, pairs: rowPairs } = nameInfoOf(guest);
    const candidates = new Set<number>();
    for (const pair of rowPairs) for (const at of this.byPair.get(pair) ?? []) candidates.add(at);
    const rowWords = names.flatMap((n) => [...n]);
    for (const at of candidates) {
      const known = this.known[at];
      if (!known) continue;
      const key = keyOf(known);
      if (found.has(key)) continue;
      // Two people of one name with different passports are two people.
      if (passport && known.passport && passport !== known.passport) continue;
      if (!sameName(names, known.name.names)) continue;
      const word = rowWords.findIndex((w) => known.name.words.has(w));
      found.set(key, { duplicate: duplicate(known, 'name', visitId), reason: 1, word, at });
    }
    return [...found.values()]
      .sort(
        (a, b) =>
          Number(b.duplicate.sameVisit) - Number(a.duplicate.sameVisit) ||
          b.duplicate.arrivalDate.localeCompare(a.duplicate.arrivalDate) ||
          a.reason - b.reason ||
          a.word - b.word ||
          a.at - b.at,
      )
      .map((m) => m.duplicate);
  }
}

const keyOf = (known: Known) => `${known.visit.id}/${known.guest.id}`;

function duplicate(known: Known, reason: ImportDuplicate['reason'], visitId: string): ImportDuplicate {
  return {
    visitId: known.visit.id,
    visitTitle: known.visit.title,
    arrivalDate: known.visit.arrivalDate,
    guestId: known.guest.id,
    name: guestName(known.guest),
    passportNumber: known.guest.passport.number,
    reason,
    sameVisit: known.visit.id === visitId,
  };
}

/**
 * The index of the guests of `visits`: the one last built while no visit in the list has changed (a
 * guest list is previewed again and again as the officer maps its columns and answers), else a new one.
 */
export class GuestIndexCache {
  private last: GuestIndex | undefined;

  of(visits: readonly Visit[]): GuestIndex {
    if (!this.last?.holds(visits)) this.last = new GuestIndex(visits);
    return this.last;
  }
}
