import { createContext } from 'react';
import type { Agreement } from '../../../shared/partners';
import type { ProgrammeItem } from '../../../shared/planning';
import { useVisitAgreements } from '../partners/links/partner-data';

/** The agreements of the visit's partners by id, for the ceremonies of its programme to name. */
export const VisitAgreements = createContext<ReadonlyMap<string, Agreement>>(new Map());

/**
 * The agreements a visit's ceremonies may name: its partners' pages are asked for only when a
 * ceremony names one, so that a visit without one asks for nothing more.
 */
export function useCeremonyAgreements(
  partnerIds: readonly string[],
  programme: readonly ProgrammeItem[],
): ReadonlyMap<string, Agreement> {
  const names = programme.some((item) => item.type === 'ceremony' && item.agreementId !== '');
  const { agreements } = useVisitAgreements(names ? partnerIds : []);
  return new Map(agreements.map((agreement) => [agreement.id, agreement]));
}
