import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput, VisitQuery } from '../../shared/contract';
import { api } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

export const keys = {
  status: ['app.status'] as const,
  visits: (query: VisitQuery) => ['visits.list', query] as const,
  visit: (id: string) => ['visits.get', id] as const,
  backups: ['backups.list'] as const,
};

export function useAppStatus() {
  return useQuery({ queryKey: keys.status, queryFn: () => api['app.status']({}) });
}

export function useVisits(query: VisitQuery) {
  return useQuery({ queryKey: keys.visits(query), queryFn: () => api['visits.list'](query) });
}

export function useVisit(id: string) {
  return useQuery({ queryKey: keys.visit(id), queryFn: () => api['visits.get']({ id }) });
}

/**
 * A call that changes data. It resolves once the core has the change on disk; then the lists and
 * the visit it touched are fetched anew.
 */
export function useCall<M extends MethodName>(name: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api[name](input),
    onSuccess: async (output) => {
      if (output && typeof output === 'object' && 'visit' in output) {
        client.setQueryData(keys.visit(output.visit.id), output);
      }
      await client.invalidateQueries({ queryKey: ['visits.list'] });
      await client.invalidateQueries({ queryKey: keys.backups });
    },
  });
}
