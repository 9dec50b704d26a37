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

/**
 * Where a journey meets its flight or train, as one phrase in `language`: `GYD, terminal 1`,
 * `Bakı, platforma 3`; the place alone when no terminal or platform is known.
 */
export function journeyPlace(
  language: Language,
  place: string,
  terminal: string,
  mode: 'flight' | 'train',
): string {
  const where = terminal
    ? sayIn(language)(mode === 'train' ? 'print.platform' : 'print.terminal', { terminal })
    : '';
  return [place, where].filter(Boolean).join(', ');
}
