import type { Visit } from '../../shared/domain';
import { AppError, type FieldError } from '../../shared/errors';
import type { PartnersDoc } from '../../shared/partners';
import {
  emptyVisitReport,
  type FollowUp,
  type OpenFollowUp,
  type VisitReport,
  visitReportInputSchema,
} from '../../shared/visit-report';
import type { z } from 'zod';

type ReportData = z.output<typeof visitReportInputSchema>;

/**
 * The report as sent from the form, over the one stored: a follow-up sent back with its id keeps it
 * (and the moment it was marked done, while it stays done); a new one, or one whose id the report
 * does not hold, gets a new id. Every agreement named must be in the partners document.
 */
export function mergeReport(
  current: VisitReport | undefined,
  input: ReportData,
  agreements: PartnersDoc['agreements'],
  stamp: string,
  newId: () => string,
): VisitReport {
  const known = new Set(agreements.map((a) => a.id));
  const errors: FieldError[] = input.agreementIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `report.agreementIds.${i}`, code: 'invalidChoice' as const }],
  );
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
  const before = new Map((current ?? emptyVisitReport()).followUps.map((f) => [f.id, f]));
  const used = new Set<string>();
  const followUps = input.followUps.map((f): FollowUp => {
    const previous = f.id !== undefined && !used.has(f.id) ? before.get(f.id) : undefined;
    const id = previous ? previous.id : newId();
    used.add(id);
    const doneAt = f.done ? (previous?.done && previous.doneAt ? previous.doneAt : stamp) : '';
    return { id, text: f.text, owner: f.owner, due: f.due, done: f.done, doneAt };
  });
  return { outcomes: input.outcomes, agreementIds: [...new Set(input.agreementIds)], followUps };
}

/** The visit with one follow-up marked done (at `stamp`) or open again; `notFound` if it has no such follow-up. */
export function withFollowUpDone(visit: Visit, followUpId: string, done: boolean, stamp: string): Visit {
  const report = visit.report ?? emptyVisitReport();
  if (!report.followUps.some((f) => f.id === followUpId)) throw new AppError('notFound', { id: followUpId });
  const followUps = report.followUps.map((f) => {
    if (f.id !== followUpId) return f;
    if (f.done === done) return f;
    return { ...f, done, doneAt: done ? stamp : '' };
  });
  return { ...visit, report: { ...report, followUps } };
}

/**
 * Every visit's follow-ups not yet done: soonest due first, those without a date last; one due
 * before `today` is overdue.
 */
export function openFollowUps(visits: readonly Visit[], today: string): OpenFollowUp[] {
  const open = visits.flatMap((visit) =>
    (visit.report?.followUps ?? [])
      .filter((f) => !f.done)
      .map((followUp) => ({
        visitId: visit.id,
        visitTitle: visit.title,
        followUp,
        overdue: followUp.due !== '' && followUp.due < today,
        arrival: visit.arrivalDate,
      })),
  );
  const dueKey = (due: string) => (due === '' ? '9999-99-99' : due);
  return open
    .sort(
      (a, b) =>
        dueKey(a.followUp.due).localeCompare(dueKey(b.followUp.due)) ||
        a.arrival.localeCompare(b.arrival) ||
        a.visitId.localeCompare(b.visitId),
    )
    .map(({ arrival: _arrival, ...rest }) => rest);
}
