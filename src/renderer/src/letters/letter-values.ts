import type { Guest } from '../../../shared/domain';
import type { Institution } from '../../../shared/institution';
import { LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import {
  COST_ITEMS,
  type CostItem,
  type LetterKind,
  type LetterRequest,
  type Payer,
} from '../../../shared/letters';

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
}

export type AddresseeChoice = { kind: 'embassy'; text: string } | { kind: 'toWhomItMayConcern' };

const perLanguage = (pick: (language: Language) => string): PerLanguage => ({
  az: pick('az'),
  en: pick('en'),
  ru: pick('ru'),
});

/** Starts from the institution's own city in each language: most visits stay there. */
export function initialChoices(
  institution: Institution | null,
  kind: LetterKind = 'visaInvitation',
): LetterChoices {
  return {
    kind,
    signatoryId: institution?.signatories[0]?.id ?? '',
    cities: perLanguage((l) => institution?.city[l] ?? ''),
    accommodation: perLanguage(() => ''),
    costs: {},
    highlights: perLanguage(() => ''),
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
