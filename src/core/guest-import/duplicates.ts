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

/** One word of a name, folded to how it sounds roughly, whatever the script and transliteration. */
export function nameSkeleton(word: string): string {
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

function sameName(a: Set<string>[], b: Set<string>[]): boolean {
  return a.some((x) =>
    b.some((y) => {
      const [small, large] = x.size <= y.size ? [x, y] : [y, x];
      return [...small].every((w) => large.has(w));
    }),
  );
}

interface Known {
  visit: Visit;
  guest: Visit['guests'][number];
  names: Set<string>[];
}

/** Every guest of every visit, indexed by passport number and by the words of their names. */
export class GuestIndex {
  private readonly byPassport = new Map<string, Known[]>();
  private readonly byWord = new Map<string, Known[]>();

  constructor(
    visits: readonly Visit[],
    private readonly visitId: string,
  ) {
    for (const visit of visits) {
      for (const guest of visit.guests) {
        const known: Known = { visit, guest, names: nameKeys(guest) };
        const passport = compactIdentifier(guest.passport.number);
        if (passport) this.byPassport.set(passport, [...(this.byPassport.get(passport) ?? []), known]);
        for (const word of new Set(known.names.flatMap((n) => [...n]))) {
          this.byWord.set(word, [...(this.byWord.get(word) ?? []), known]);
        }
      }
    }
  }

  /** The guests a row may be: this visit's first, then the most recent visits. */
  find(guest: GuestData): ImportDuplicate[] {
    const found = new Map<string, ImportDuplicate>();
    const passport = compactIdentifier(guest.passport.number);
    for (const known of passport ? (this.byPassport.get(passport) ?? []) : []) {
      found.set(`${known.visit.id}/${known.guest.id}`, this.duplicate(known, 'passport'));
    }
    const names = nameKeys(guest);
    const candidates = new Set(names.flatMap((n) => [...n]).flatMap((w) => this.byWord.get(w) ?? []));
    for (const known of candidates) {
      const key = `${known.visit.id}/${known.guest.id}`;
      if (found.has(key)) continue;
      // Two people of one name with different passports are two people.
      const otherPassport = compactIdentifier(known.guest.passport.number);
      if (passport && otherPassport && passport !== otherPassport) continue;
      if (sameName(names, known.names)) found.set(key, this.duplicate(known, 'name'));
    }
    return [...found.values()].sort(
      (a, b) => Number(b.sameVisit) - Number(a.sameVisit) || b.arrivalDate.localeCompare(a.arrivalDate),
    );
  }

  private duplicate(known: Known, reason: ImportDuplicate['reason']): ImportDuplicate {
    return {
      visitId: known.visit.id,
      visitTitle: known.visit.title,
      arrivalDate: known.visit.arrivalDate,
      guestId: known.guest.id,
      name: guestName(known.guest),
      passportNumber: known.guest.passport.number,
      reason,
      sameVisit: known.visit.id === this.visitId,
    };
  }
}
