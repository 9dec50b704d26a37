import { AppError, type FieldError } from '../../../shared/errors';
import type { Visit } from '../../../shared/domain';
import { isLanguage, type Language } from '../../../shared/languages';
import { itemTextIn } from '../../../shared/planning';
import { TRANSLATED_FIELDS, textIn, type MissingText, type TextOwner } from '../../../shared/texts';
import { emptyVisitReport, type VisitReport, type VisitReportInput } from '../../../shared/visit-report';

export type InLanguages = Record<Language, string>;

/** One follow-up as the form holds it; `key` tells rows apart before the core gives them ids. */
export interface FollowUpRow {
  key: string;
  id?: string;
  text: InLanguages;
  owner: string;
  due: string;
  done: boolean;
}

export interface ReportValues {
  outcomes: InLanguages;
  agreementIds: string[];
  followUps: FollowUpRow[];
}

let counter = 0;
export const rowKey = (): string => `row-${Date.now().toString(36)}-${++counter}`;

export const emptyRow = (): FollowUpRow => ({
  key: rowKey(),
  text: { az: '', en: '', ru: '' },
  owner: '',
  due: '',
  done: false,
});

export function toValues(report: VisitReport | undefined): ReportValues {
  const r = report ?? emptyVisitReport();
  return {
    outcomes: { ...r.outcomes },
    agreementIds: [...r.agreementIds],
    followUps: r.followUps.map((f) => ({
      key: f.id,
      id: f.id,
      text: { ...f.text },
      owner: f.owner,
      due: f.due,
      done: f.done,
    })),
  };
}

export function toInput(values: ReportValues): VisitReportInput {
  return {
    outcomes: values.outcomes,
    agreementIds: values.agreementIds,
    followUps: values.followUps.map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      text: f.text,
      owner: f.owner,
      due: f.due,
      done: f.done,
    })),
  };
}

/** Whether the form says the same as the stored report (row keys aside). */
export function sameReport(a: ReportValues, b: ReportValues): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

// What is typed and not yet saved is kept in the window's storage, so that leaving the page, a reload
// or closing the window by mistake loses nothing: the form opens again as it was left.
const draftKey = (visitId: string) => `qonaq.visitReportDraft.${visitId}`;

export function readDraft(visitId: string): ReportValues | null {
  try {
    const raw = window.localStorage.getItem(draftKey(visitId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ReportValues>;
    if (!parsed.outcomes || !Array.isArray(parsed.followUps) || !Array.isArray(parsed.agreementIds))
      return null;
    return parsed as ReportValues;
  } catch {
    return null;
  }
}

export function writeDraft(visitId: string, values: ReportValues | null): void {
  try {
    if (values) window.localStorage.setItem(draftKey(visitId), JSON.stringify(values));
    else window.localStorage.removeItem(draftKey(visitId));
  } catch {
    // Storage full or denied: the form still holds the text while the page is open.
  }
}

/** What a `textsMissing` refusal of the report asks for, sorted by where it is written. */
export interface ReportRefusal {
  language: Language;
  /** Texts of the visit, its guests and items: for the missing-texts dialog. */
  texts: MissingText[];
  /** Texts of the report itself, by the form's field: `outcomes.ru`, `<row key>.text.ru`. */
  reportFields: Set<string>;
  /** Agreements and partners whose title or name lacks the language: their ids and names as typed. */
  agreements: { id: string; partnerId: string; original: string }[];
  partners: { id: string; original: string }[];
}

const str = (f: FieldError, key: string) => String(f.params?.[key] ?? '');

export function readRefusal(error: unknown, values: ReportValues): ReportRefusal | null {
  if (!(error instanceof AppError) || error.code !== 'textsMissing') return null;
  const language = error.params?.language;
  if (typeof language !== 'string' || !isLanguage(language)) return null;
  const out: ReportRefusal = { language, texts: [], reportFields: new Set(), agreements: [], partners: [] };
  for (const f of error.fields ?? []) {
    const [head = '', owner = '', field = ''] = f.path.split('.');
    if (head === 'texts' && owner !== '') {
      const from = str(f, 'from');
      out.texts.push({
        owner: owner as TextOwner,
        id: str(f, 'id'),
        visitId: str(f, 'visitId'),
        field,
        language,
        original: str(f, 'original'),
        from: isLanguage(from) ? from : 'en',
      });
    } else if (f.path === 'report.outcomes') out.reportFields.add(`outcomes.${language}`);
    else if (head === 'report') {
      const row = values.followUps.find((r) => r.id === str(f, 'id'));
      if (row) out.reportFields.add(`${row.key}.text.${language}`);
    } else if (f.path === 'agreements.title')
      out.agreements.push({ id: str(f, 'id'), partnerId: str(f, 'partnerId'), original: str(f, 'original') });
    else if (f.path === 'partners.name')
      out.partners.push({ id: str(f, 'id'), original: str(f, 'original') });
  }
  return out;
}

/** The missing visit, guest and item texts still missing in `visit` as it now stands (after some were written). */
export function stillMissing(missing: readonly MissingText[], visit: Visit): MissingText[] {
  return missing.filter((m) => {
    if (m.owner === 'visit')
      return textIn(visit, m.field as 'title', m.language, TRANSLATED_FIELDS.visit) === '';
    if (m.owner === 'guest') {
      const guest = visit.guests.find((g) => g.id === m.id);
      return !!guest && textIn(guest, m.field as 'position', m.language, TRANSLATED_FIELDS.guest) === '';
    }
    if (m.owner === 'item') {
      const item = visit.programme.find((p) => p.id === m.id);
      return !!item && itemTextIn(item, m.field as 'title', m.language) === '';
    }
    return true;
  });
}

/** Whether a report field a refusal named (`outcomes.ru`, `<row key>.text.ru`) is still empty in the form. */
export function stillEmpty(values: ReportValues, field: string): boolean {
  const [head = '', , language = ''] = field.split('.');
  const lang = field.startsWith('outcomes.') ? field.slice('outcomes.'.length) : language;
  if (!isLanguage(lang)) return false;
  if (head === 'outcomes') return values.outcomes[lang].trim() === '';
  const row = values.followUps.find((r) => r.key === head);
  return !!row && row.text[lang].trim() === '';
}
