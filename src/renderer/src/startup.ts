import { firstRequests } from './boot';
import { applySavedLanguage } from './i18n';
import { seedQuery, setStatus } from './queries';
import { FIRST_PAGE_QUERY } from './visits/list-query';

/** The longest the first screen waits for the status: a core slow to answer still gets a page at once. */
const STATUS_WAIT_MS = 1500;

/**
 * Hands the answers asked for by `boot` to the queries of the first screen, which then find them
 * under way instead of asking again.
 *
 * Resolves once the saved UI language is applied, so that the first screen is drawn once, in it.
 * A status that cannot be read is left to the app to show.
 */
export async function startQueries(): Promise<void> {
  const { status, visits, visit } = firstRequests;
  setStatus(status);
  if (visits) void seedQuery('visits.list', FIRST_PAGE_QUERY, visits);
  if (visit) void seedQuery('visits.get', { id: visit.id }, visit.detail);
  let timer: number | undefined;
  const late = new Promise<null>((done) => (timer = window.setTimeout(() => done(null), STATUS_WAIT_MS)));
  try {
    const known = await Promise.race([status, late]);
    // Later, the app applies the saved language itself when the status arrives.
    if (known) await applySavedLanguage(known.settings.uiLanguage);
  } catch {
    // The app shows the status's error where it asks for the status itself.
  } finally {
    window.clearTimeout(timer);
  }
}
