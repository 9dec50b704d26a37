import type { Visit } from '../../shared/domain';
import type { FieldError } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import type { PartnersDoc } from '../../shared/partners';
import { hostsIn, itemMissingTexts, itemTextIn, type ProgrammeType } from '../../shared/planning';
import { missingTexts, textIn, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import { emptyVisitReport } from '../../shared/visit-report';
import { passportName } from '../letters/names';

/** The programme items a report lists as held. */
const HELD: readonly ProgrammeType[] = ['meeting', 'ceremony', 'lecture'];

/** What a visit's report prints in one language, every text already in that language. */
export interface ReportContent {
  language: Language;
  title: string;
  arrivalDate: string;
  departureDate: string;
  partners: string[];
  purpose: string;
  guests: { name: string; head: boolean; position: string; organisation: string }[];
  meetings: { date: string; startTime: string; endTime: string; title: string; hosts: string[] }[];
  outcomes: string;
  agreements: { title: string; signedDate: string }[];
  followUps: { text: string; owner: string; due: string; done: boolean; doneAt: string }[];
}

/**
 * The report of a visit in `language` and what of it is not written in that language: texts of the
 * visit, its guests and items (`texts`, asked for in the missing-texts dialog) and, as the refusal
 * names them (`others`), texts of the report itself (`report.outcomes`,
 * `report.followUps.<n>.text`, written in the report's form) and of the partners directory
 * (`agreements.title`, `partners.name`, written on the partner's page).
 */
export function reportContent(
  visit: Visit,
  partners: Readonly<PartnersDoc>,
  language: Language,
): { content: ReportContent; texts: MissingText[]; others: FieldError[] } {
  const report = visit.report ?? emptyVisitReport();
  const v = TRANSLATED_FIELDS.visit;
  const g = TRANSLATED_FIELDS.guest;
  const meetings = visit.programme
    .filter((item) => HELD.includes(item.type))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.startTime.localeCompare(b.startTime));
  const linked = visit.partnerIds.flatMap((id) => partners.partners.filter((p) => p.id === id));
  const agreements = report.agreementIds.flatMap((id) => partners.agreements.filter((a) => a.id === id));
  const guests = [...visit.guests].sort((a, b) => Number(b.role === 'head') - Number(a.role === 'head'));

  const texts: MissingText[] = [
    // The partner as typed prints only where no partner from the directory is linked.
    ...missingTexts('visit', visit, v, language, { id: visit.id }, [
      'title',
      'purpose',
      ...(linked.length > 0 ? [] : ['partnerName' as const]),
    ]),
    ...guests.flatMap((guest) =>
      missingTexts('guest', guest, g, language, { id: guest.id, visitId: visit.id }),
    ),
    ...meetings.flatMap((item) =>
      itemMissingTexts(item, language, visit.id).filter((m) => m.field !== 'venue'),
    ),
  ];
  const others: FieldError[] = [];
  const written = (t: Record<Language, string>) =>
    t.az.trim() !== '' || t.en.trim() !== '' || t.ru.trim() !== '';
  if (written(report.outcomes) && report.outcomes[language].trim() === '')
    others.push({ path: 'report.outcomes', code: 'notInLanguage', params: { language } });
  report.followUps.forEach((f, i) => {
    if (f.text[language].trim() === '')
      others.push({
        path: `report.followUps.${i}.text`,
        code: 'notInLanguage',
        params: { language, id: f.id },
      });
  });
  for (const a of agreements)
    if (a.title[language].trim() === '')
      others.push({
        path: 'agreements.title',
        code: 'notInLanguage',
        params: {
          language,
          id: a.id,
          partnerId: a.partnerId,
          original: a.title.en || a.title.az || a.title.ru,
        },
      });
  for (const p of linked)
    if (p.names[language].trim() === '')
      others.push({
        path: 'partners.name',
        code: 'notInLanguage',
        params: { language, id: p.id, original: p.officialName },
      });

  const partnerName = textIn(visit, 'partnerName', language, v);
  const content: ReportContent = {
    language,
    title: textIn(visit, 'title', language, v),
    arrivalDate: visit.arrivalDate,
    departureDate: visit.departureDate,
    // The partners linked from the directory, else the partner as typed on the visit.
    partners: linked.length > 0 ? linked.map((p) => p.names[language]) : partnerName ? [partnerName] : [],
    purpose: textIn(visit, 'purpose', language, v),
    guests: guests.map((guest) => ({
      // Exactly as the passport prints it: never case-mapped, never transliterated.
      name: passportName(language, guest),
      head: guest.role === 'head',
      position: textIn(guest, 'position', language, g),
      organisation: textIn(guest, 'organisation', language, g),
    })),
    meetings: meetings.map((item) => ({
      date: item.startDate,
      startTime: item.startTime,
      endTime: item.endDate === item.startDate || item.endDate === '' ? item.endTime : '',
      title: itemTextIn(item, 'title', language),
      hosts: hostsIn(item, language),
    })),
    outcomes: report.outcomes[language].trim(),
    agreements: agreements.map((a) => ({ title: a.title[language], signedDate: a.signedDate })),
    followUps: report.followUps.map((f) => ({
      text: f.text[language].trim(),
      owner: f.owner,
      due: f.due,
      done: f.done,
      doneAt: f.doneAt,
    })),
  };
  return { content, texts, others };
}
