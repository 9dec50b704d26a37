import type { Language } from '../../shared/languages';
import type { Say } from '../../shared/print';
import { fill } from '../letters/phrases';
import { printPhrases } from './phrases';

/** `say` over `locales/<language>/print.json`: `print.day.title` is `day.title` of that file. */
export function sayIn(language: Language): Say {
  const root: unknown = printPhrases(language);
  return (key, params = {}) => {
    let node: unknown = root;
    for (const part of key.replace(/^print\./, '').split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') throw new Error(`No print phrase ${key}`);
    return fill(node, params);
  };
}
