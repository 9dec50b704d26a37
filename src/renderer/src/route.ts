import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './route-address';

export { parseRoute, routeHref, type Route };

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * Only which page the address names: what depends on nothing more (the app's frame, its navigation) is
 * not drawn again when the address changes within a page, as it does with each week of the calendar.
 */
export function useRoutePage(): Route['name'] {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash).name);
}
