import reportAz from '../../../locales/az/reportDoc.json';
import reportEn from '../../../locales/en/reportDoc.json';
import reportRu from '../../../locales/ru/reportDoc.json';
import guestAz from '../../../locales/az/guest.json';
import guestEn from '../../../locales/en/guest.json';
import guestRu from '../../../locales/ru/guest.json';
import lettersAz from '../../../locales/az/letters.json';
import lettersEn from '../../../locales/en/letters.json';
import lettersRu from '../../../locales/ru/letters.json';
import textsAz from '../../../locales/az/texts.json';
import textsEn from '../../../locales/en/texts.json';
import textsRu from '../../../locales/ru/texts.json';
import partnersAz from '../../../locales/az/partners.json';
import partnersEn from '../../../locales/en/partners.json';
import partnersRu from '../../../locales/ru/partners.json';
import visitAz from '../../../locales/az/visit.json';
import visitEn from '../../../locales/en/visit.json';
import visitRu from '../../../locales/ru/visit.json';
import { LANGUAGE_TAGS, type Language } from '../../shared/languages';
import { formatCount } from '../../shared/numbers';
import { EXPIRING_DAYS } from '../../shared/report-constants';
import { fill } from '../letters/phrases';
import { printPhrases } from '../print/phrases';

/**
 * The words a report prints, in its language. Its own phrases live in `locales/<language>/reportDoc.json`;
 * the names of statuses, categories, roles, programme kinds, letter kinds, languages and agreement kinds
 * are the app's own (visit, guest, print, letters and partners files), so a report says them as the screens do.
 */
export type ReportPhrases = typeof reportEn;

// Typed against the English files so a key missing from az or ru fails the build, not a report.
const REPORT: Record<Language, ReportPhrases> = { az: reportAz, en: reportEn, ru: reportRu };

export interface ReportWords {
  report: ReportPhrases;
  status: (typeof visitEn)['status'];
  category: (typeof guestEn)['categories'];
  role: (typeof guestEn)['roles'];
  language: (typeof guestEn)['languages'];
  /** "in English": marks a text shown in a language other than the report's. */
  inLanguage: (typeof textsEn)['in'];
  letterKind: (typeof lettersEn)['kind'];
  programmeType: ReturnType<typeof printPhrases>['types'];
  agreementKind: (typeof partnersEn)['agreements']['kind'];
}

const WORDS: Record<Language, ReportWords> = {
  az: words(REPORT.az, visitAz, guestAz, textsAz, lettersAz, partnersAz, 'az'),
  en: words(REPORT.en, visitEn, guestEn, textsEn, lettersEn, partnersEn, 'en'),
  ru: words(REPORT.ru, visitRu, guestRu, textsRu, lettersRu, partnersRu, 'ru'),
};

function words(
  report: ReportPhrases,
  visit: typeof visitEn,
  guest: typeof guestEn,
  texts: typeof textsEn,
  letters: typeof lettersEn,
  partners: typeof partnersEn,
  language: Language,
): ReportWords {
  return {
    report: withExpiringDays(report, language),
    status: visit.status,
    category: guest.categories,
    role: guest.roles,
    language: guest.languages,
    inLanguage: texts.in,
    letterKind: letters.kind,
    programmeType: printPhrases(language).types,
    agreementKind: partners.agreements.kind,
  };
}

/**
 * The phrases with the days an expiring agreement is counted within said from the constant the report
 * counts by (`EXPIRING_DAYS`), the noun agreeing with the number as the language wants (`90 дней`,
 * `21 дня`).
 */
function withExpiringDays(report: ReportPhrases, language: Language): ReportPhrases {
  const forms: Readonly<Record<string, unknown>> = report;
  const form = new Intl.PluralRules(LANGUAGE_TAGS[language]).select(EXPIRING_DAYS);
  const phrase = forms[`expiringDays_${form}`];
  const days = fill(typeof phrase === 'string' ? phrase : report.expiringDays_other, {
    count: formatCount(language, EXPIRING_DAYS),
  });
  return {
    ...report,
    figures: { ...report.figures, expiring: fill(report.figures.expiring, { days }) },
    notes: { ...report.notes, agreements: fill(report.notes.agreements, { days }) },
  };
}

export function reportWords(language: Language): ReportWords {
  return WORDS[language];
}
