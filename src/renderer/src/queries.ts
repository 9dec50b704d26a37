import {
  QueryClient,
  queryOptions as tanstackQueryOptions,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppStatus } from '../../shared/app-contract';
import type { VisitDetail, VisitQuery } from '../../shared/visits-contract';
import { api } from '../api/client';
import { invalidateTouched } from './touches';

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

/**
 * The one way to ask the core for data that is kept: the key is `[method, input]` and what is kept
 * under it is exactly the method's answer, so every page that asks the same finds the same shape.
 * Two pages that kept different shapes under one key drew each other's data and threw (a blank
 * window after printing). A page that needs part of the answer takes it with `select` or in its own
 * code, never in what is kept. Spread it and add what a page needs (`staleTime`, `enabled`, `select`).
 */
export function queryOptions<M extends MethodName>(method: M, input: MethodInput<M>) {
  return tanstackQueryOptions({
    queryKey: [method, input] as readonly [M, MethodInput<M>],
    queryFn: (): Promise<MethodOutput<M>> => api[method](input),
  });
}

/** The key of a method's answer to `input`, typed with that answer (for `setQueryData`, `getQueryData`). */
export function queryKey<M extends MethodName>(method: M, input: MethodInput<M>) {
  return queryOptions(method, input).queryKey;
}

/** Every answer kept of a method, whatever its input: what to invalidate when a change touched them all. */
export function methodKey<M extends MethodName>(method: M): readonly [M] {
  return [method];
}

/** The keys asked for most, as `queryKey` makes them. */
export const keys = {
  status: queryKey('app.status', {}),
  visits: (query: VisitQuery) => queryKey('visits.list', query),
  visit: (id: string) => queryKey('visits.get', { id }),
  conflicts: (id: string) => queryKey('visits.conflicts', { id }),
  backups: queryKey('backups.list', {}),
};

/**
 * The answer to a request already under way (asked for before React started, see `boot`), kept
 * under the key a page asking the same would use: the page then finds it instead of asking again.
 */
export function seedQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  answer: Promise<MethodOutput<M>>,
): Promise<void> {
  return queryClient.prefetchQuery({ ...queryOptions(method, input), queryFn: () => answer });
}

/**
 * Once the core has read every visit after starting (the status stops saying `loading`), the lists
 * are fetched anew: a damaged file met in the background may have changed a visit.
 */
let statusLoading = false;
queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || event.action.type !== 'success') return;
  if (event.query.queryKey[0] !== 'app.status') return;
  const status = queryClient.getQueryData(keys.status);
  if (!status) return;
  if (statusLoading && !status.loading)
    void queryClient.invalidateQueries({ queryKey: methodKey('visits.list') });
  statusLoading = status.loading;
});

/**
 * `asked`: the status was asked for at start (see `startup`); it is not asked again on mount. While the
 * core still reads the visits after starting, it is asked again each second: notices may follow, and
 * a damaged file met in the background may have changed a visit, so the lists are fetched anew.
 */
export function useAppStatus({ asked = false }: { asked?: boolean } = {}) {
  return useQuery({
    ...queryOptions('app.status', {}),
    ...(asked
      ? { refetchOnMount: (query: { state: { status: string } }) => query.state.status === 'error' }
      : {}),
    refetchInterval: (query) => (query.state.data?.loading ? 1000 : false),
  });
}

/** The status asked for at start, before anything is drawn; see `boot`. */
export function setStatus(status: Promise<AppStatus>): void {
  void seedQuery('app.status', {}, status);
}

export function useVisits(query: VisitQuery) {
  return useQuery(queryOptions('visits.list', query));
}

const visitQuery = (id: string) => ({ ...queryOptions('visits.get', { id }), staleTime: FRESH_MS });

export function useVisit(id: string) {
  return useQuery(visitQuery(id));
}

/**
 * What clashes with a visit's entries, across visits. Asked for apart from the visit (see the
 * contract), once `enabled`: its page asks once the visit's own facts are on screen.
 */
export function useVisitConflicts(id: string, enabled: boolean) {
  return useQuery({ ...queryOptions('visits.conflicts', { id }), staleTime: FRESH_MS, enabled });
}

const isVisitDetail = (output: unknown): output is VisitDetail =>
  typeof output === 'object' && output !== null && 'visit' in output && 'planning' in output;

/**
 * After a change the core has acknowledged (with the visit as it now stands, when it answers one):
 * what `method` touched (see `touches`) is marked out of date, and that visit is replaced.
 */
export async function changed<M extends MethodName>(method: M, output?: MethodOutput<M>): Promise<void> {
  const touched = invalidateTouched(queryClient, method);
  if (isVisitDetail(output)) queryClient.setQueryData(keys.visit(output.visit.id), output);
  await touched;
}

/**
 * After a change to a visit that `changed` cannot name by its method: that visit is replaced, the
 * lists are fetched anew, and every visit's conflicts are out of date (one visit's change can add or
 * settle a clash with another): those on screen are asked for again at once.
 */
export async function visitChanged(detail?: VisitDetail): Promise<void> {
  if (detail) queryClient.setQueryData(keys.visit(detail.visit.id), detail);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: methodKey('visits.conflicts') }),
    queryClient.invalidateQueries({ queryKey: methodKey('visits.list') }),
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

/**
 * A call that changes data. It resolves once the core has the change on disk; then what it touched
 * is asked for again (see `changed`).
 */
export function useCall<M extends MethodName>(name: M) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api[name](input),
    onSuccess: (output) => changed(name, output),
  });
}

/**
 * After texts were given in a document's language (`texts.translate`): the visits, the letters'
 * checks and the printouts that print them, the hotels and the institution are asked for again.
 */
export async function textsChanged(): Promise<void> {
  await Promise.all(
    (
      [
        'visits.get',
        'visits.list',
        'letters.check',
        'print.programme',
        'calendar.icsCheck',
        'itinerary.get',
        'planning.day',
        'hotels.list',
        'institution.get',
        'backups.list',
      ] as const
    ).map((method) => queryClient.invalidateQueries({ queryKey: methodKey(method) })),
  );
}
