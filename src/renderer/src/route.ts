import { useSyncExternalStore } from 'react';

/** Where the user is, kept in the URL hash so that a reload stays on the same screen. */
export type Route = { name: 'visits' } | { name: 'visit'; id: string } | { name: 'backups' };

export function parseRoute(hash: string): Route {
  const visit = /^#\/visits\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (visit?.[1]) return { name: 'visit', id: visit[1] };
  if (hash === '#/backups') return { name: 'backups' };
  return { name: 'visits' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'visit':
      return `#/visits/${route.id}`;
    case 'backups':
      return '#/backups';
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
