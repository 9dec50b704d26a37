import type { Guest } from '../../../shared/domain';
import { DEFAULT_LETTER_DEFAULTS, type Institution } from '../../../shared/institution';
import { LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import {
  COST_ITEMS,
  type CostItem,
  type LetterKind,
  type Payer,
  type VisaCollectionKind,
  type VisaEntries,
  type VisaType,
} from '../../../shared/letter-constants';
import type { LetterRequest, VisaRequest } from '../../../shared/letters';

/** A text the officer gives once per letter language: cities, accommodation, programme points. */
export type PerLanguage = Record<Language, string>;

/**
 * What the officer chooses for a letter (or for a batch), before it is turned into requests. Texts
 * printed in the letter are kept per language, so a batch in three languages reads right in each.
 */
export interface LetterChoices {
  kind: LetterKind;
  signatoryId: string;
  cities: PerLanguage;
  accommodation: PerLanguage;
  /** A cost left out of the map is not mentioned in the letter. */
  costs: Partial<Record<CostItem, Payer>>;
  /** One programme point a line, for an official invitation. */
  highlights: PerLanguage;
  /** The visa a visa invitation asks for; the embassy or consulate is typed in each letter language. */
  visa: {
    type: VisaType;
    entries: VisaEntries;
    /** Null asks for the dates of the stay. */
    validityDays: number | null;
    collection: VisaCollectionKind;
    place: PerLanguage;
  };
  /** A visa invitation to the head that lists the whole delegation in an annex. */
  groupAnnex: boolean;
}

export type AddresseeChoice = { kind: 'embassy'; text: string } | { kind: 'toWhomItMayConcern' };

const perLanguage = (pick: (language: Language) => string): PerLanguage => ({
  az: pick('az'),
  en: pick('en'),
  ru: pick('ru'),
});

/**
 * Starts from the institution's own city in each language (most visits stay there), from the
 * visa Settings name as the usual one, and from the accommodation of the guest's stays in each
 * language (`letters.defaults`) when it is known: one line per language, so the line follows the
 * letter into another language until the officer writes their own.
 */
export function initialChoices(
  institution: Institution | null,
  kind: LetterKind = 'visaInvitation',
  accommodation?: PerLanguage,
): LetterChoices {
  const defaults = institution?.letterDefaults ?? DEFAULT_LETTER_DEFAULTS;
  return {
    kind,
    signatoryId: institution?.signatories[0]?.id ?? '',
    cities: perLanguage((l) => institution?.city[l] ?? ''),
    accommodation: perLanguage((l) => accommodation?.[l] ?? ''),
    costs: {},
    highlights: perLanguage(() => ''),
    visa: {
      type: defaults.visaType,
      entries: defaults.visaEntries,
      validityDays: defaults.validityDays,
      collection: defaults.collection,
      place: perLanguage((l) => defaults.collectionPlace[l]),
    },
    groupAnnex: false,
  };
}

/** The visa as a request carries it, with the embassy or consulate in the letter's language. */
export function visaRequest(choices: LetterChoices, language: Language): VisaRequest {
  const { type, entries, validityDays, collection, place } = choices.visa;
  return {
    type,
    entries,
    validityDays,
    collection: collection === 'embassy' ? { kind: 'embassy', place: place[language] } : { kind: collection },
  };
}

/** The guest's preferred letter language, else the language the officer works in. */
export function preferredLanguage(guest: Pick<Guest, 'letterLanguage'>, uiLanguage: Language): Language {
  return isLanguage(guest.letterLanguage) ? guest.letterLanguage : uiLanguage;
}

export function buildRequest(
  visitId: string,
  guestId: string,
  language: Language,
  choices: LetterChoices,
  addressee: AddresseeChoice,
): LetterRequest {
  const official = choices.kind === 'officialInvitation';
  return {
    visitId,
    guestId,
    kind: choices.kind,
    language,
    signatoryId: choices.signatoryId,
    // An official invitation is addressed to the head of delegation in person, not to an embassy.
    addressee: official ? { kind: 'toWhomItMayConcern' } : addressee,
    options: {
      cities: choices.cities[language],
      accommodation: choices.accommodation[language],
      costs: COST_ITEMS.flatMap((item) => {
        const payer = choices.costs[item];
        return payer ? [{ item, payer }] : [];
      }),
      ...(official ? {} : { visa: visaRequest(choices, language), groupAnnex: choices.groupAnnex }),
    },
    highlights: official
      ? choices.highlights[language]
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : [],
  };
}

export const sortLanguages = (languages: Iterable<Language>): Language[] =>
  LANGUAGES.filter((l) => new Set(languages).has(l));
