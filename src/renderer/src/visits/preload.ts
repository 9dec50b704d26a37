import { whenIdle } from '../after-paint';
import { lazyPage } from '../lazy-page';

/**
 * The visit page and the visit form are separate chunks, so that the list of visits starts without
 * them. Once the list is on screen they are fetched while the browser is idle; a pointer over a row
 * fetches the page at once. Importing a chunk twice costs nothing: the browser keeps the module.
 */
export const visitPage = lazyPage(() => import('./VisitPage').then((m) => m.VisitPage));
export const loadVisitPage = visitPage.preload;
export const loadVisitForm = () => import('./VisitFormModal');

export function preloadVisitChunks(): () => void {
  return whenIdle(() => {
    void loadVisitPage();
    void loadVisitForm();
  }, 1000);
}
