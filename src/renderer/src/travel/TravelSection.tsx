import type { VisitDetail } from '../../../shared/contract';

export function TravelSection(_props: { detail: VisitDetail }) {
  return null;
}
