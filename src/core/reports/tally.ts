import { LANGUAGE_TAGS, type Language } from '../../shared/languages';
import type { Count } from '../../shared/reports';

/**
 * Counts by key, each with its label in the report's language. A breakdown over a fixed list (statuses,
 * categories…) comes out in that list's order, so that two periods read side by side; an open one
 * (countries, partners…) by count, the largest first, then by label, and what has no value ("—") last.
 */
export class Tally {
  private readonly counts = new Map<string, Count>();

  add(key: string, label: string, by = 1): void {
    const current = this.counts.get(key);
    if (current) current.count += by;
    else this.counts.set(key, { key, label, count: by });
  }

  get total(): number {
    let sum = 0;
    for (const c of this.counts.values()) sum += c.count;
    return sum;
  }

  inOrder(keys: readonly string[]): Count[] {
    return keys.flatMap((key) => {
      const count = this.counts.get(key);
      return count ? [{ ...count }] : [];
    });
  }

  byCount(language: Language): Count[] {
    const collator = new Intl.Collator(LANGUAGE_TAGS[language]);
    return [...this.counts.values()]
      .map((c) => ({ ...c }))
      .sort(
        (a, b) =>
          Number(a.key === '') - Number(b.key === '') ||
          b.count - a.count ||
          collator.compare(a.label, b.label) ||
          a.key.localeCompare(b.key),
      );
  }
}
