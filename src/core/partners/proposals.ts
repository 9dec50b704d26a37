import { createHash } from 'node:crypto';
import type { LinkProposal } from '../../shared/partners-contract';
import type { Partner } from '../../shared/partners';
import type { Visit } from '../../shared/domain';
import { LANGUAGES, type Language } from '../../shared/languages';
import { byName } from './directory';
import { kindOf, matchBucket, nameKey, sameOrganisation, type NameKey } from './name-key';

/**
 * Proposals to link visits that have only a free-text partner name to partners in the directory:
 * spellings that read as one organisation (`name-key.ts`) are one proposal. Nothing is saved here.
 */

/** One spelling of a partner name in one country, and the visits that use it. */
interface Spelling {
  name: string;
  country: Visit['partnerCountry'];
  key: NameKey;
  visitIds: string[];
  /** The visits' own translations of the name (`Visit.translations`), per language. */
  translated: Record<Language, string[]>;
}

/** A name as a visit spells it, spaces tidied. */
const tidy = (name: string) => name.replace(/\s+/g, ' ').trim();

function spellings(visits: readonly Visit[]): Spelling[] {
  const found = new Map<string, Spelling>();
  for (const v of visits) {
    const name = tidy(v.partnerName);
    if (name === '' || v.partnerIds.length > 0) continue;
    const id = `${name}\u0000${v.partnerCountry}`;
    const spelling = found.get(id) ?? {
      name,
      country: v.partnerCountry,
      key: nameKey(name),
      visitIds: [],
      translated: { az: [], en: [], ru: [] },
    };
    spelling.visitIds.push(v.id);
    for (const language of LANGUAGES) {
      const translation = tidy(v.translations?.[language]?.partnerName ?? '');
      if (translation !== '') spelling.translated[language].push(translation);
    }
    found.set(id, spelling);
  }
  return [...found.values()];
}

/** The root of `i` in a union-find forest. */
function rootOf(parent: number[], i: number): number {
  let r = i;
  for (let up = parent[r]; up !== undefined && up !== r; up = parent[r]) r = up;
  parent[i] = r;
  return r;
}

/**
 * Spellings grouped as one organisation: those that match (`sameOrganisation`) in one country, or
 * both without a country. Then each group without a country joins the one group with a country that
 * it matches; with two or more (an Ankara University in TR and a namesake elsewhere) it stays apart
 * rather than guess.
 */
function groups(items: Spelling[]): Spelling[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number) => rootOf(parent, i);
  const matches = (i: number, j: number) => {
    const [a, b] = [items[i], items[j]];
    return a !== undefined && b !== undefined && sameOrganisation(a.key, b.key);
  };
  // Only names with the same common words and stem beginnings can match: compare within those buckets.
  const buckets = new Map<string, number[]>();
  items.forEach((s, i) => {
    const bucket = matchBucket(s.key);
    const list = buckets.get(bucket);
    if (list) list.push(i);
    else buckets.set(bucket, [i]);
  });
  for (const bucket of buckets.values()) {
    bucket.forEach((i, n) => {
      for (const j of bucket.slice(n + 1)) {
        if (items[i]?.country === items[j]?.country && matches(i, j)) parent[root(i)] = root(j);
      }
    });
    const withCountry = bucket.filter((i) => items[i]?.country !== '');
    const without = new Map<number, number[]>();
    for (const i of bucket) {
      if (items[i]?.country === '') without.set(root(i), [...(without.get(root(i)) ?? []), i]);
    }
    for (const [component, members] of without) {
      const roots = new Set(withCountry.filter((j) => members.some((i) => matches(i, j))).map(root));
      const [only] = roots;
      if (roots.size === 1 && only !== undefined) parent[component] = only;
    }
  }
  const byRoot = new Map<number, Spelling[]>();
  items.forEach((s, i) => {
    const list = byRoot.get(root(i));
    if (list) list.push(s);
    else byRoot.set(root(i), [s]);
  });
  return [...byRoot.values()];
}

const visitCount = (s: Spelling) => s.visitIds.length;

/** The name given most often ('' for none), ties by name. */
function mostFrequent(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || byName(a[0], b[0]))[0]?.[0] ?? '';
}
const mostUsed = (list: Spelling[]) =>
  [...list].sort((a, b) => visitCount(b) - visitCount(a) || byName(a.name, b.name))[0];

/** A partner's names as the rule reads them, made once per proposal run. */
interface KnownPartner {
  id: string;
  country: string;
  keys: NameKey[];
}

/** The directory's partners by the buckets of their names (`matchBucket`), in the directory's order. */
type KnownPartners = Map<string, KnownPartner[]>;

function knownPartners(partners: readonly Partner[]): KnownPartners {
  const known: KnownPartners = new Map();
  for (const p of partners) {
    const keys = [p.officialName, p.names.az, p.names.en, p.names.ru].filter(Boolean).map(nameKey);
    const entry = { id: p.id, country: p.country, keys };
    for (const bucket of new Set(keys.map(matchBucket))) {
      const list = known.get(bucket);
      if (list) list.push(entry);
      else known.set(bucket, [entry]);
    }
  }
  return known;
}

function matchingPartner(
  group: Spelling[],
  country: Visit['partnerCountry'],
  known: KnownPartners,
): string | null {
  for (const s of group) {
    const found = (known.get(matchBucket(s.key)) ?? []).find(
      (p) =>
        (country === '' || p.country === '' || p.country === country) &&
        p.keys.some((key) => sameOrganisation(s.key, key)),
    );
    if (found) return found.id;
  }
  return null;
}

function proposal(group: Spelling[], partners: KnownPartners): LinkProposal {
  const country: Visit['partnerCountry'] = group.find((s) => s.country !== '')?.country ?? '';
  const top = mostUsed(group);
  // A name written in the language (told by its words or script), else the visits' own translation.
  const inLanguage = (language: Language) =>
    mostUsed(group.filter((s) => s.key.language === language))?.name ??
    mostFrequent(group.flatMap((s) => s.translated[language]));
  const entries = group.map((s) => `${s.name}\u0000${s.country}`).sort();
  return {
    key: createHash('sha256').update(entries.join('\u0001')).digest('hex').slice(0, 16),
    names: [...group]
      .sort((a, b) => visitCount(b) - visitCount(a) || byName(a.name, b.name))
      .map((s) => ({ name: s.name, visits: visitCount(s) })),
    visitIds: group.flatMap((s) => s.visitIds),
    country,
    partnerId: matchingPartner(group, country, partners),
    suggested: {
      officialName: top?.name ?? '',
      names: { az: inLanguage('az'), en: inLanguage('en'), ru: inLanguage('ru') },
      shortName: '',
      country,
      city: '',
      kind: top ? kindOf(top.key) : 'other',
      website: '',
      contacts: [],
      notes: '',
    },
  };
}

/**
 * Every group of spellings of the visits not linked to any partner yet, as a proposal: the most
 * visits first, then by name.
 */
export function proposeLinks(visits: readonly Visit[], partners: readonly Partner[]): LinkProposal[] {
  const known = knownPartners(partners);
  return groups(spellings(visits))
    .map((group) => proposal(group, known))
    .sort(
      (a, b) =>
        b.visitIds.length - a.visitIds.length || byName(a.suggested.officialName, b.suggested.officialName),
    );
}
