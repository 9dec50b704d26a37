import { useSyncExternalStore } from 'react';

/** Where the user is, kept in the URL hash so that a reload stays on the same screen. */
export type Route =
  | { name: 'visits' }
  | { name: 'visit'; id: string }
  | { name: 'backups' }
  | { name: 'settings' }
  | { name: 'register' };

export function parseRoute(hash: string): Route {
  const visit = /^#\/visits\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (visit?.[1]) return { name: 'visit', id: visit[1] };
  if (hash === '#/backups') return { name: 'backups' };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/register') return { name: 'register' };
  return { name: 'visits' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'visit':
      return `#/visits/${route.id}`;
    case 'backups':
      return '#/backups';
    case 'settings':
      return '#/settings';
    case 'register':
      return '#/register';
    default:
      return '#/';
  }
}

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
