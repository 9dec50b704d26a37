import { describe, expect, it } from 'vitest';
import az from '../../../locales/az/letter.json';
import en from '../../../locales/en/letter.json';
import ru from '../../../locales/ru/letter.json';
import { fill, joinList, placeholders } from '../../../src/core/letters/phrases';

/** Every leaf of a phrase file as `path -> text`. */
function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  const entries = Object.entries(value as Record<string, unknown>);
  return new Map(entries.flatMap(([key, child]) => [...leaves(child, path ? `${path}.${key}` : key)]));
}

describe('letter phrases', () => {
  const files = { az: leaves(az), en: leaves(en), ru: leaves(ru) };

  it('have the same keys in az, en and ru', () => {
    expect([...files.az.keys()].sort()).toEqual([...files.en.keys()].sort());
    expect([...files.ru.keys()].sort()).toEqual([...files.en.keys()].sort());
  });

  it('ask for the same placeholders in every language', () => {
    for (const [key, english] of files.en) {
      expect(placeholders(files.az.get(key) ?? ''), `az ${key}`).toEqual(placeholders(english));
      expect(placeholders(files.ru.get(key) ?? ''), `ru ${key}`).toEqual(placeholders(english));
    }
  });

  it('greet with nothing but the parts of a name the code supplies', () => {
    for (const file of Object.values(files)) {
      for (const [key, text] of file) {
        if (!key.startsWith('salutation.')) continue;
        for (const name of placeholders(text)) expect(['surname', 'givenNames', 'name']).toContain(name);
      }
    }
  });

  it('are never empty', () => {
    for (const file of Object.values(files))
      for (const text of file.values()) expect(text.trim()).not.toBe('');
  });
});

describe('fill and joinList', () => {
  it('fills in one pass and refuses a missing value', () => {
    expect(fill('{{a}} and {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} and x');
    expect(() => fill('{{a}}', {})).toThrow(/a/);
  });

  it('joins lists with the language’s own “and”', () => {
    expect(joinList('en', ['meals'])).toBe('meals');
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList('az', ['yaşayış', 'qidalanma'])).toBe('yaşayış və qidalanma');
    expect(joinList('ru', ['проживание', 'питание', 'транспорт'])).toBe('проживание, питание и транспорт');
  });
});
