import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './route-address';

export { parseRoute, routeHref, type Route };

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/**
 * Moves within a page (another day, another filter) without a step in the Back button's history:
 * Back then leaves the page, and a reload or a second window with the address shows the same.
 */
export function replaceRoute(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash === href) return;
  window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Everything drawn from the address, told of a change by one listener. A listener of its own each
 * (the app's frame, the page) made one drawing each: the browser runs React's pending work between
 * two listeners of the same event, so the page was drawn twice on its way to the screen.
 */
const listeners = new Set<() => void>();

function notifyAll(): void {
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', notifyAll);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', notifyAll);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * What a component needs of the page the address names, `pick`ed from its name: it is drawn again
 * only when that changes. The app's frame needs only whether the page is a print view, the navigation
 * only which section is open; neither is drawn again when a visit is opened from the list, nor with
 * each week of the calendar.
 */
export function useRoutePage<T>(pick: (page: Route['name']) => T): T {
  return useSyncExternalStore(subscribe, () => pick(parseRoute(window.location.hash).name));
}
