import type { VisitDetail } from '../../../shared/contract';

export function ProgrammeSection(_props: { detail: VisitDetail }) {
  return null;
}
