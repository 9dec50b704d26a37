import type { VisitDetail } from '../../../shared/visits-contract';
import type { Conflict } from '../../../shared/planning';

/** What each section of a visit's page is drawn from. */
export interface VisitSectionProps {
  detail: VisitDetail;
  /** What clashes with the visit's entries, across visits; empty until known (see `useVisitConflicts`). */
  conflicts: readonly Conflict[];
  /** Why the conflicts could not be had, when they could not. */
  conflictsError: Error | null;
}
