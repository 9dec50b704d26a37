import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppStatus, MethodInput, MethodName, MethodOutput, VisitQuery } from '../../shared/contract';
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

/** While the core still reads the visits after starting, asked again each second: notices may follow. */
export function useAppStatus() {
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.status,
    queryFn: async () => {
      const before = client.getQueryData<AppStatus>(keys.status);
      const status = await api['app.status']({});
      // A damaged file met in the background may have changed a visit: the lists are fetched anew.
      if (before?.loading && !status.loading) void client.invalidateQueries({ queryKey: ['visits.list'] });
      return status;
    },
    refetchInterval: (query) => (query.state.data?.loading ? 1000 : false),
  });
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
