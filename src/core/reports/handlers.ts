import type { Handlers } from '../../shared/contract';
import type { reportMethods } from '../../shared/reports';
import type { RegisterEntry } from '../../shared/letters';
import type { Store } from '../store/store';
import type { ReportSources } from './figures';
import { buildReport, refuseUntranslated, type ReportQuery } from './report';
import { reportDocx } from './report-docx';
import { reportXlsx } from './report-xlsx';

type Group = Pick<Handlers, keyof typeof reportMethods>;

/**
 * What the report reads: every visit, the register's letters (with office sharing on, the whole
 * office's: `letters`), the partners and their agreements.
 */
export async function reportSources(
  store: Store,
  letters?: () => Promise<readonly RegisterEntry[]>,
): Promise<ReportSources> {
  const entries = letters ? await letters() : (await store.register()).entries;
  return { visits: store.listVisits(), letters: entries, partners: store.partnersDoc };
}

/** The handlers of `reportMethods` (contract: `src/shared/reports.ts`). */
export function reportHandlers(
  store: Store,
  now: () => Date,
  letters: () => Promise<readonly RegisterEntry[]>,
): Group {
  const build = async (query: ReportQuery) => buildReport(await reportSources(store, letters), query, now());
  return {
    // The figures answer even where a visit's title lacks the language: that title shows as typed, marked.
    'reports.figures': async (query) => (await build(query)).report,
    'reports.docx': async (query) => {
      const built = await build(query);
      refuseUntranslated(built);
      return reportDocx(built, store.sharedDoc.institution);
    },
    'reports.xlsx': async (query) => {
      const built = await build(query);
      refuseUntranslated(built);
      return reportXlsx(built);
    },
  };
}
