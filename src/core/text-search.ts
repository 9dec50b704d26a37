import { foldForSearch } from '../shared/fold';

/** How search folds text (case, dotted and dotless i, diacritics) is written in shared/fold.ts. */
export { foldForSearch };

export function matchesAllWords(haystack: string, query: string): boolean {
  const folded = foldForSearch(haystack);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}

/**
 * A passport number, phone or other identifier as a search compares it: folded, without spaces,
 * dashes, dots, slashes or brackets, and without a leading `+` or `00` (an international prefix), so
 * "U 1234 5678" finds U12345678 and "+994 (50) 123-45-67" finds 00994501234567.
 */
export function compactIdentifier(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\-‐‑–—()./\\[\]]/g, '')
    .replace(/^(\+|00)/, '');
}
