import { describe, expect, it } from 'vitest';
import { azOrdinalSuffix } from '../../../src/shared/dates';

/**
 * An oracle for the suffix after a year ("2027-ci il") that shares nothing with the code: the
 * number is spelled out in full in Azerbaijani words written here by hand, and the suffix follows
 * the last vowel of the last word by vowel harmony (a ı -> cı; e ə i -> ci; o u -> cu; ö ü -> cü).
 */
const ONES = ['bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const TENS = ['on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];

/** 1 -> "bir", 100 -> "yüz" (never "bir yüz"), 1000 -> "min", 2027 -> "iki min iyirmi yeddi". */
function spell(n: number): string {
  const words: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  if (thousands > 1) words.push(ONES[thousands - 1] as string);
  if (thousands > 0) words.push('min');
  if (hundreds > 1) words.push(ONES[hundreds - 1] as string);
  if (hundreds > 0) words.push('yüz');
  if (tens > 0) words.push(TENS[tens - 1] as string);
  if (ones > 0) words.push(ONES[ones - 1] as string);
  return words.join(' ');
}

const HARMONY: Record<string, string> = {
  a: 'cı',
  ı: 'cı',
  e: 'ci',
  ə: 'ci',
  i: 'ci',
  o: 'cu',
  u: 'cu',
  ö: 'cü',
  ü: 'cü',
};

function oracleSuffix(n: number): string {
  const lastWord = spell(n).split(' ').at(-1) ?? '';
  const lastVowel = [...lastWord].reverse().find((c) => c in HARMONY);
  if (lastVowel === undefined) throw new Error(`no vowel in "${lastWord}" (${n})`);
  return HARMONY[lastVowel] as string;
}

describe('the Azerbaijani year suffix against a spelled-out oracle', () => {
  it.each([
    [2027, 'iki min iyirmi yeddi', 'ci'],
    [2026, 'iki min iyirmi altı', 'cı'],
    [1999, 'min doqquz yüz doxsan doqquz', 'cu'],
    [2000, 'iki min', 'ci'],
    [2100, 'iki min yüz', 'cü'],
    [1940, 'min doqquz yüz qırx', 'cı'],
    [2003, 'iki min üç', 'cü'],
    [2030, 'iki min otuz', 'cu'],
    [9999, 'doqquz min doqquz yüz doxsan doqquz', 'cu'],
    [1, 'bir', 'ci'],
  ])('the oracle spells %i as "%s" and gives -%s', (year, words, suffix) => {
    expect(spell(year)).toBe(words);
    expect(oracleSuffix(year)).toBe(suffix);
  });

  it('agrees with the code for every year from 1 to 9999', () => {
    const disagreements: string[] = [];
    for (let year = 1; year <= 9999; year++) {
      const expected = oracleSuffix(year);
      const actual = azOrdinalSuffix(year);
      if (actual !== expected) disagreements.push(`${year} (${spell(year)}): ${actual}, not ${expected}`);
    }
    expect(disagreements).toEqual([]);
  });
});
