import type { Visit } from '../../../shared/domain';
import { foldedName } from '../../../shared/fold';
import type { Language } from '../../../shared/languages';
import { oneLine } from '../../../shared/one-line';

/**
 * The hosts the visit's items name, each once (as first typed, on one line), in the UI's alphabetical
 * order: two spellings the core takes for one host (shared/fold.ts) are offered once.
 */
export function hostsOf(visit: Visit, language: Language): string[] {
  const byKey = new Map<string, string>();
  for (const host of visit.programme.flatMap((p) => p.hosts)) {
    const key = foldedName(host);
    if (key !== '' && !byKey.has(key)) byKey.set(key, oneLine(host));
  }
  return [...byKey.values()].sort(new Intl.Collator(language).compare);
}
