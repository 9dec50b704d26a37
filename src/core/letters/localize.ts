import type { Guest, Visit } from '../../shared/domain';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { missingTexts, textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';

/** What a letter prints of the visit, the guest and the institution, each text in the letter's language. */
export interface LetterTexts {
  visit: Visit;
  guest: Guest;
  institution: Institution;
  /** Texts the letter would print that have no version in its language: it is not built until they do. */
  missing: MissingText[];
}

/**
 * The visit, guest and institution as a letter in `language` reads them: every text it prints is the
 * one written in (or translated into) that language. A text that exists only in another language is
 * left empty and listed in `missing`, so a Russian letter never carries Azerbaijani words.
 */
export function lettersTexts(
  language: Language,
  visit: Visit,
  guest: Guest,
  institution: Institution,
): LetterTexts {
  const v = TRANSLATED_FIELDS.visit;
  const g = TRANSLATED_FIELDS.guest;
  const c = TRANSLATED_FIELDS.contact;
  const contact = institution.verificationContact;
  return {
    visit: {
      ...visit,
      title: textIn(visit, 'title', language, v),
      purpose: textIn(visit, 'purpose', language, v),
      partnerName: textIn(visit, 'partnerName', language, v),
    },
    guest: {
      ...guest,
      position: textIn(guest, 'position', language, g),
      organisation: textIn(guest, 'organisation', language, g),
    },
    institution: {
      ...institution,
      verificationContact: { ...contact, name: textIn(contact, 'name', language, c) },
    },
    missing: [
      ...missingTexts('visit', visit, v, language, { id: visit.id }, ['title', 'purpose', 'partnerName']),
      ...missingTexts('guest', guest, g, language, { id: guest.id, visitId: visit.id }),
      ...missingTexts('contact', contact, c, language, { id: 'institution' }),
    ],
  };
}
