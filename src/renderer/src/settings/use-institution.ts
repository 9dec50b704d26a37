import { useQuery } from '@tanstack/react-query';
import type { MethodOutput } from '../../../shared/contract';
import { queryKey, queryOptions } from '../queries';

/** Where the institution is kept: the answer of `institution.get`, as the core gives it. */
export const institutionKey = queryKey('institution.get', {});

const institutionOf = (answer: MethodOutput<'institution.get'>) => answer.institution;

/** The institution as Settings last saved it; null until it has been set up. */
export function useInstitution() {
  return useQuery({ ...queryOptions('institution.get', {}), select: institutionOf });
}
