import type { HistoryEntry } from './visit-history';
import { z } from 'zod';
import type { Accommodation } from './accommodation';
import { formOpenedSchema, idSchema, method } from './contract-method';
import { isoDate, VISIT_STATUSES, visitInputSchema, type Visit, type VisitStatus } from './domain';
import type { ErrorParams } from './errors';
import { LANGUAGES } from './languages';
import type { Conflict, Transfer } from './planning';
import { fieldError } from './validation';

/** The visits: the list and its search, one visit with what is derived from it, and its changes. */

export interface VisitSummary {
  id: string;
  title: string;
  partnerName: string;
  partnerCountry: string;
  status: VisitStatus;
  arrivalDate: string;
  departureDate: string;
  colour: string;
  guestCount: number;
  headName: string;
  updatedAt: string;
}

export interface Warning {
  code: 'passportExpiresSoon';
  guestId: string;
  params: ErrorParams;
}

export interface VisitDetail {
  visit: Visit;
  warnings: Warning[];
  /** Problems with the visit's stays and who sleeps where each night; see `accommodation-checks`. */
  accommodation: Accommodation;
  /**
   * Transfers derived from the guests' journeys. The conflicts of this visit's entries with any visit
   * are asked for apart (`visits.conflicts`): they are worked out over every visit around its dates.
   */
  planning: { transfers: Transfer[] };
}

export const visitQuerySchema = z.strictObject({
  text: z.string().max(200, { error: 'tooLong' }).default(''),
  statuses: z
    .array(z.enum(VISIT_STATUSES, { error: 'invalidChoice' }))
    .max(10)
    .default([]),
  from: z.union([z.literal(''), isoDate]).default(''),
  to: z.union([z.literal(''), isoDate]).default(''),
  country: z.string().max(2).default(''),
  /** At most this many visits, the first in list order: a page can ask for its first rows only. */
  limit: z.number().int().positive().optional(),
});
export type VisitQuery = z.input<typeof visitQuerySchema>;

export const visitMethods = {
  'visits.list': method<VisitSummary[]>()(visitQuerySchema),
  'visits.get': method<VisitDetail>()(z.strictObject({ id: idSchema })),
  /** What clashes with this visit's entries, in it or in any other visit, over its whole stay. */
  'visits.conflicts': method<Conflict[]>()(z.strictObject({ id: idSchema })),
  /**
   * Who changed what on the visit, oldest first (`visit-history.ts`); not part of `visits.get`, as the
   * core does not hold it in memory. `revision` (the visit's) only keys the answer: a new one per change.
   */
  'visits.history': method<{ history: HistoryEntry[] }>()(
    z.strictObject({ id: idSchema, revision: z.number().int().nonnegative().optional() }),
  ),
  'visits.create': method<VisitDetail>()(z.strictObject({ visit: visitInputSchema })),
  'visits.update': method<VisitDetail>()(
    z.strictObject({ id: idSchema, visit: visitInputSchema, opened: formOpenedSchema }),
  ),
  'visits.delete': method<{ id: string }>()(z.strictObject({ id: idSchema })),
  'visits.restore': method<VisitDetail>()(z.strictObject({ id: idSchema })),
  'visits.loadSample': method<VisitDetail>()(
    z.strictObject({ language: z.enum(LANGUAGES, fieldError('invalidChoice')) }),
  ),
} as const;
