/**
 * Folds text for searching across scripts and keyboards: case, Azerbaijani dotted and dotless i,
 * and diacritics are ignored, so "ismayilov" finds "İsmayılov" and "sahin" finds "Şahin".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

export function matchesAllWords(haystack: string, query: string): boolean {
  const folded = foldForSearch(haystack);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
