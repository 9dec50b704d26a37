import { todayInBaku } from '../shared/dates';
import type { Visit } from '../shared/domain';
import { visitQuerySchema, type VisitQuery, type VisitSummary } from '../shared/visits-contract';
import { visitListing, type VisitListing } from './store/visit-index';
import { compactIdentifier, foldForSearch } from './text-search';

/**
 * Visits matching a query, from what the list knows of each (see `VisitListing`): upcoming and
 * current ones first, soonest first; then past ones, most recent first; at most `limit` of them.
 */
export function findListings(
  listings: Iterable<VisitListing>,
  query: VisitQuery,
  today = todayInBaku(),
): VisitSummary[] {
  const q = visitQuerySchema.parse(query);
  const country = q.country.toUpperCase();
  const words = foldForSearch(q.text).split(/\s+/).filter(Boolean);
  // A passport number or phone typed with spaces, dashes or brackets is one identifier, not words:
  // "u 1234 5678" finds U12345678, not every visit with a "u", a "1234" and a "5678" in it. Words are
  // then found only whole ("ANK 2026" still finds a visit so titled).
  const identifier = compactIdentifier(q.text);
  const digits = identifier.replace(/\D/g, '').length;
  const identifierLike = identifier.length >= 6 && digits * 2 >= identifier.length;
  const matches = (search: string) =>
    identifierLike
      ? search.includes(identifier) || words.every((word) => ` ${search} `.includes(` ${word} `))
      : words.every((word) => search.includes(word));
  const upcoming: VisitSummary[] = [];
  const past: VisitSummary[] = [];
  for (const { summary: v, countries, search } of listings) {
    if (
      (q.statuses.length === 0 || q.statuses.includes(v.status)) &&
      (!q.from || v.departureDate >= q.from) &&
      (!q.to || v.arrivalDate <= q.to) &&
      (!country || countries.includes(country)) &&
      matches(search)
    ) {
      (v.departureDate >= today ? upcoming : past).push(v);
    }
  }
  // Ties broken by id, so that the first rows of a page are always the same ones.
  const byTitle = (a: VisitSummary, b: VisitSummary) =>
    a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // ISO dates compare as plain strings, far faster than through the locale (thousands of visits).
  const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  upcoming.sort((a, b) => byDate(a.arrivalDate, b.arrivalDate) || byTitle(a, b));
  past.sort((a, b) => byDate(b.arrivalDate, a.arrivalDate) || byTitle(a, b));
  const all = upcoming.concat(past);
  return q.limit === undefined ? all : all.slice(0, q.limit);
}

/** `findListings` over whole visits. */
export function findVisits(visits: Visit[], query: VisitQuery, today = todayInBaku()): VisitSummary[] {
  return findListings(
    visits.map((v) => visitListing(v, null)),
    query,
    today,
  );
}
