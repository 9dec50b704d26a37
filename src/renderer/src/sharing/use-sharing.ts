import { useQuery } from '@tanstack/react-query';
import { queryClient, queryKey, queryOptions } from '../queries';

/** How often the frame asks for the sharing's state while sharing is on; more often during an exchange. */
export const SHARING_POLL_MS = 5_000;
const SYNCING_POLL_MS = 1_000;

/** Office sharing's state, asked for again every few seconds while sharing is on. */
export function useSharing() {
  return useQuery({
    ...queryOptions('sharing.status', {}),
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      if (state === undefined || state === 'off') return false;
      return state === 'syncing' ? SYNCING_POLL_MS : SHARING_POLL_MS;
    },
  });
}

/**
 * Visits taken from the office arrive without a change made in this window: once the state says more
 * have arrived, every answer kept but the two states is out of date, and those on screen are asked
 * for again.
 */
let received: number | undefined;
queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || event.action.type !== 'success') return;
  if (event.query.queryKey[0] !== 'sharing.status') return;
  const status = queryClient.getQueryData(queryKey('sharing.status', {}));
  if (!status) return;
  // The first state read only sets the count: the page asked for its data as it opened.
  const before = received;
  received = status.received;
  if (before === undefined || status.received <= before) return;
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'sharing.status' && query.queryKey[0] !== 'app.status',
  });
});
