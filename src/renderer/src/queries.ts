import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppStatus, MethodInput, MethodName, MethodOutput, VisitDetail, VisitQuery } from '../../shared/contract';
import { api } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

/**
 * An answer this recent is shown without asking again when a page mounts: the one asked for at
 * start or while the pointer rested on a row, or the list left a moment ago. Every change made here
 * refreshes what it touched at once (see `useCall`), so this only spares asking twice for the same.
 */
export const FRESH_MS = 5_000;

export const keys = {
  status: ['app.status'] as const,
  visits: (query: VisitQuery) => ['visits.list', query] as const,
  visit: (id: string) => ['visits.get', id] as const,
  conflicts: (id: string) => ['visits.conflicts', id] as const,
  backups: ['backups.list'] as const,
};

const statusQuery = { queryKey: keys.status, queryFn: () => api['app.status']({}) };

/**
 * `asked`: the status was asked for at start (see `startup`); it is not asked again on mount. While the
 * core still reads the visits after starting, it is asked again each second: notices may follow, and
 * a damaged file met in the background may have changed a visit, so the lists are fetched anew.
 */
export function useAppStatus({ asked = false }: { asked?: boolean } = {}) {
  const client = useQueryClient();
  return useQuery({
    ...statusQuery,
    queryFn: async () => {
      const before = client.getQueryData<AppStatus>(keys.status);
      const status = await api['app.status']({});
      if (before?.loading && !status.loading) void client.invalidateQueries({ queryKey: ['visits.list'] });
      return status;
    },
    ...(asked ? { refetchOnMount: (query: { state: { status: string } }) => query.state.status === 'error' } : {}),
    refetchInterval: (query) => (query.state.data?.loading ? 1000 : false),
  });
}

/** The status asked for at start, before anything is drawn; see `boot`. */
export function setStatus(status: Promise<AppStatus>): void {
  void queryClient.prefetchQuery({ ...statusQuery, queryFn: () => status });
}

export function useVisits(query: VisitQuery) {
  return useQuery({ queryKey: keys.visits(query), queryFn: () => api['visits.list'](query) });
}

const visitQuery = (id: string) => ({
  queryKey: keys.visit(id),
  queryFn: () => api['visits.get']({ id }),
  staleTime: FRESH_MS,
});

export function useVisit(id: string) {
  return useQuery(visitQuery(id));
}

/**
 * What clashes with a visit's entries, across visits. Asked for apart from the visit (see the
 * contract), once `enabled`: its page asks once the visit's own facts are on screen.
 */
export function useVisitConflicts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.conflicts(id),
    queryFn: () => api['visits.conflicts']({ id }),
    staleTime: FRESH_MS,
    enabled,
  });
}

/**
 * After a change the core has acknowledged (with the visit as it now stands, when it answers one):
 * that visit is replaced, the lists are fetched anew, and every visit's conflicts are out of date (one
 * visit's change can add or settle a clash with another): those on screen are asked for again at once.
 */
export async function visitChanged(detail?: VisitDetail): Promise<void> {
  if (detail) queryClient.setQueryData(keys.visit(detail.visit.id), detail);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['visits.conflicts'] }),
    queryClient.invalidateQueries({ queryKey: ['visits.list'] }),
  ]);
}

/**
 * Starts fetching a visit that is about to be opened (a pointer resting on its row, a press), so
 * that its page has the data sooner. A fetch under way, or done within the last seconds, is reused.
 */
export function prefetchVisit(id: string): Promise<void> {
  return queryClient.prefetchQuery(visitQuery(id));
}

/** Whether a visit's page has something to show at once (it asks again for it if it is not fresh). */
export function visitAtHand(id: string): boolean {
  return queryClient.getQueryData(keys.visit(id)) !== undefined;
}

const isVisitDetail = (output: unknown): output is VisitDetail =>
  typeof output === 'object' && output !== null && 'visit' in output && 'planning' in output;

/**
 * A call that changes data. It resolves once the core has the change on disk; then the lists are
 * fetched anew, the visit it touched is replaced, and the other visits kept are marked out of date.
 */
export function useCall<M extends MethodName>(name: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api[name](input),
    onSuccess: async (output) => {
      // Other visits kept are asked for again when their pages are next shown (drawn at once from
      // what is kept, then brought up to date).
      await client.invalidateQueries({ queryKey: ['visits.get'], refetchType: 'none' });
      await visitChanged(isVisitDetail(output) ? output : undefined);
      await client.invalidateQueries({ queryKey: keys.backups });
    },
  });
}

/**
 * After texts were given in a document's language (`texts.translate`): the visits, the letters'
 * checks and the printouts that print them, the hotels and the institution are asked for again.
 */
export async function textsChanged(): Promise<void> {
  await Promise.all(
    [
      ['visits.get'],
      ['visits.list'],
      ['letters.check'],
      ['print.programme'],
      ['planning.day'],
      ['hotels.list'],
      ['institution.get'],
      keys.backups,
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
