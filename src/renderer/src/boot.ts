import type { AppStatus } from '../../shared/app-contract';
import type { VisitDetail, VisitSummary } from '../../shared/visits-contract';
import { api } from '../api/client';
import { parseRoute } from './route-address';
import { FIRST_PAGE_QUERY } from './visits/list-query';

/**
 * The first thing the page runs, in a small chunk of its own that is loaded and run before React,
 * Mantine and the rest (see `electron.vite.config.ts`): it asks the core for what the first screen
 * shows, so that the answers travel while the rest of the page's JavaScript is compiled and run.
 * `startup` hands these answers to the queries.
 */
export interface FirstRequests {
  status: Promise<AppStatus>;
  /** The first page of the list of visits as it first opens, when the page opens on it. */
  visits?: Promise<VisitSummary[]>;
  /** The visit the address names, when the page opens on one. */
  visit?: { id: string; detail: Promise<VisitDetail> };
}

/** A failed request is shown by the page that asked for it; here it must not be an unhandled rejection. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function ask(): FirstRequests {
  const route = parseRoute(window.location.hash);
  const requests: FirstRequests = { status: quiet(api['app.status']({})) };
  if (route.name === 'visits') requests.visits = quiet(api['visits.list'](FIRST_PAGE_QUERY));
  if (route.name === 'visit')
    requests.visit = { id: route.id, detail: quiet(api['visits.get']({ id: route.id })) };
  return requests;
}

export const firstRequests: FirstRequests = ask();
