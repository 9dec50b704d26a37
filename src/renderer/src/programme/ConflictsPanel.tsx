import type { VisitDetail } from '../../../shared/contract';

export function ConflictsPanel(_props: { detail: VisitDetail }) {
  return null;
}
