import type { Language } from '../../shared/languages';
import type { Report } from '../../shared/reports';
import type { MissingText } from '../../shared/texts';
import { textsMissing } from '../../shared/texts-missing';
import type { AgreementRow } from './agreements';
import { periodFigures, type ReportSources } from './figures';
import { previousPeriod } from './period';

export interface ReportQuery {
  from: string;
  to: string;
  language: Language;
  compare: boolean;
}

/** The report and what documents need beside it: the agreements listed, the texts missing in its language. */
export interface BuiltReport {
  report: Report;
  agreements: AgreementRow[];
  missing: MissingText[];
}

/** The figures of the period (and of the one before, when asked), made at `now`. */
export function buildReport(sources: ReportSources, query: ReportQuery, now: Date): BuiltReport {
  const { from, to, language } = query;
  const current = periodFigures(sources, from, to, language);
  const before = query.compare ? previousPeriod(from, to) : null;
  const previous = before ? periodFigures(sources, before.from, before.to, language) : null;
  return {
    report: {
      language,
      from,
      to,
      madeAt: now.toISOString(),
      current: current.figures,
      previous: before && previous ? { ...before, figures: previous.figures } : null,
    },
    agreements: current.agreements,
    // Of the previous period only purposes and host units print (as rows of `byPurpose` and
    // `byHostUnit`); its visits are not listed.
    missing: [
      ...current.missing,
      ...(previous?.missing ?? []).filter((m) => m.field === 'purpose' || m.field === 'hostUnit'),
    ],
  };
}

/**
 * Every text a document prints exists in its language: a report whose visits have a title, purpose or
 * host unit not yet written in it is refused. Each field of the refusal names one text as a visit's report's
 * refusal does (decision 0023): `texts.visit.<field>` with `{ language, id, visitId, original, from }`,
 * the `MissingText` the missing-texts panel takes, so that the page can ask for each one.
 */
export function refuseUntranslated(built: BuiltReport): void {
  const { missing, report } = built;
  if (missing.length === 0) return;
  throw textsMissing(report.language, missing);
}
