import type { Handlers } from '../src/shared/contract';
import type { MissingText } from '../src/shared/texts';
import { call } from './call';

/**
 * Gives every text a document lacks in its language, as the officer would before printing (the
 * translation is the text as typed with the language after it): a figure is of documents made, none
 * refused for a missing text.
 */
export async function giveMissingTexts(handlers: Handlers, missing: readonly MissingText[]): Promise<void> {
  const seen = new Set<string>();
  const texts = missing
    .filter((m) => {
      const key = `${m.owner}|${m.visitId ?? ''}|${m.id}|${m.field}|${m.language}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((m) => ({
      owner: m.owner,
      ...(m.visitId ? { visitId: m.visitId } : {}),
      id: m.id,
      field: m.field,
      language: m.language,
      value: `${m.original} (${m.language})`,
    }));
  for (let i = 0; i < texts.length; i += 500)
    await call(handlers, 'texts.translate', { texts: texts.slice(i, i + 500) });
}
