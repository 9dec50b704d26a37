import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const institutionKey = ['institution.get'] as const;

/** The institution as Settings last saved it; null until it has been set up. */
export function useInstitution() {
  return useQuery({
    queryKey: institutionKey,
    queryFn: async () => (await api['institution.get']({})).institution,
  });
}
