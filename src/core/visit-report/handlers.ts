import type { Handlers } from '../../shared/contract';
import { todayInBaku } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { visitReportMethods } from '../../shared/visit-report';
import type { Store } from '../store/store';
import { newId } from '../ids';
import { toDetail } from '../visit-detail';
import { mergeReport, openFollowUps, withFollowUpDone } from './follow-ups';
import { visitReportDocx } from './report-docx';

type Group = Pick<Handlers, keyof typeof visitReportMethods>;

/** The handlers of `visitReportMethods` (contract: `src/shared/visit-report.ts`). */
export function visitReportHandlers(store: Store, now: () => Date): Group {
  const require = (id: string): Visit => {
    const visit = store.getVisit(id);
    if (!visit) throw new AppError('notFound', { id });
    return visit;
  };
  // As `VisitService` changes a visit: one durable write of its file, stamped with the moment.
  const change = async (id: string, edit: (visit: Visit, stamp: string) => Visit) => {
    require(id);
    const visit = await store.saveVisit(id, (current) => {
      if (!current) throw new AppError('notFound', { id });
      const stamp = now().toISOString();
      return { ...edit(current, stamp), updatedAt: stamp };
    });
    return toDetail(visit, store.sharedDoc.hotels);
  };
  return {
    'visitReport.save': ({ visitId, report }) =>
      change(visitId, (visit, stamp) => ({
        ...visit,
        report: mergeReport(visit.report, report, store.partnersDoc.agreements, stamp, newId),
      })),
    'followUps.open': async ({ today }) => openFollowUps(store.listVisits(), today ?? todayInBaku(now())),
    'followUps.setDone': ({ visitId, followUpId, done }) =>
      change(visitId, (visit, stamp) => withFollowUpDone(visit, followUpId, done, stamp)),
    'visitReport.docx': ({ visitId, language }) =>
      visitReportDocx(
        require(visitId),
        store.partnersDoc,
        store.sharedDoc.institution,
        language,
        todayInBaku(now()),
      ),
  };
}
