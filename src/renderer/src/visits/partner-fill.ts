import { sameName } from '../../../shared/fold';
import type { PartnerSummary } from '../../../shared/partners-contract';
import { otherLanguages, translationOf, type TextsState } from '../texts/translation-values';

type Texts = TextsState<'title' | 'purpose' | 'partnerName'>;

interface PartnerFields {
  partnerName: string;
  partnerCountry: string;
}

/** Case-, accent- and space-blind (shared/fold.ts), so that "ANKARA  Üniversitesi" reads as the partner's name. */
const same = (a: string, b: string) => a.trim() !== '' && sameName(a, b);

/**
 * A partner chosen in the visit form fills what the visit does not say yet: the partner's name (the
 * letters print the free text) in the language the visit's texts are written in, its name in the other
 * languages where no translation was given, and its country. A name already typed is kept; when it is
 * this partner's (in any of its names), its missing translations are filled too, and otherwise not:
 * a second partner of a joint delegation does not put its names beside the first one's.
 */
export function fillFromPartner<V extends PartnerFields>(
  values: V,
  texts: Texts,
  partner: Pick<PartnerSummary, 'officialName' | 'names' | 'shortName' | 'country'>,
): { values: V; texts: Texts } {
  const typed = values.partnerName;
  const known = [partner.officialName, partner.shortName, ...Object.values(partner.names)];
  const ours = typed.trim() === '' || known.some((name) => same(name, typed));
  const partnerName = typed.trim() === '' ? partner.names[texts.lang].trim() || partner.officialName : typed;
  const partnerCountry = values.partnerCountry || partner.country;
  let translations = texts.translations;
  if (ours) {
    for (const language of otherLanguages(texts.lang)) {
      const name = partner.names[language].trim();
      if (name === '' || translationOf(translations, language, 'partnerName').trim() !== '') continue;
      translations = { ...translations, [language]: { ...translations[language], partnerName: name } };
    }
  }
  return { values: { ...values, partnerName, partnerCountry }, texts: { ...texts, translations } };
}
