import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation } from '../../../src/core/letters';
import { azOrdinalSuffix, formatLetterDate, formatLetterDateRange } from '../../../src/shared/dates';
import type { Language } from '../../../src/shared/languages';
import { sampleOfficial, sampleVisa } from './fixtures';

const N = '\u00a0';
const H = '\u2011';

describe('date ranges as letters write them', () => {
  it.each<[Language, string, string, string, string]>([
    // language, from, to, value (a table cell), during (in a sentence)
    ['en', '2027-03-15', '2027-03-20', `15–20${N}March${N}2027`, `from${N}15 to${N}20${N}March${N}2027`],
    [
      'en',
      '2027-02-28',
      '2027-03-03',
      `28${N}February${N}– 3${N}March${N}2027`,
      `from${N}28${N}February to${N}3${N}March${N}2027`,
    ],
    [
      'en',
      '2026-12-28',
      '2027-01-03',
      `28${N}December${N}2026${N}– 3${N}January${N}2027`,
      `from${N}28${N}December${N}2026 to${N}3${N}January${N}2027`,
    ],
    ['en', '2027-03-15', '2027-03-15', `15${N}March${N}2027`, `on${N}15${N}March${N}2027`],
    [
      'ru',
      '2027-03-15',
      '2027-03-20',
      `15–20${N}марта${N}2027${N}г.`,
      `с${N}15 по${N}20${N}марта${N}2027${N}года`,
    ],
    [
      'ru',
      '2027-02-28',
      '2027-03-03',
      `28${N}февраля${N}– 3${N}марта${N}2027${N}г.`,
      `с${N}28${N}февраля по${N}3${N}марта${N}2027${N}года`,
    ],
    [
      'ru',
      '2026-12-28',
      '2027-01-03',
      `28${N}декабря${N}2026${N}г.${N}– 3${N}января${N}2027${N}г.`,
      `с${N}28${N}декабря${N}2026${N}года по${N}3${N}января${N}2027${N}года`,
    ],
    ['ru', '2027-03-15', '2027-03-15', `15${N}марта${N}2027${N}г.`, `15${N}марта${N}2027${N}года`],
    [
      'az',
      '2027-03-15',
      '2027-03-20',
      `15–20${N}mart${N}2027${H}ci${N}il`,
      `15–20${N}mart${N}2027${H}ci${N}il tarixlərində`,
    ],
    [
      'az',
      '2027-02-28',
      '2027-03-03',
      `28${N}fevral${N}– 3${N}mart${N}2027${H}ci${N}il`,
      `28${N}fevral${N}– 3${N}mart${N}2027${H}ci${N}il tarixlərində`,
    ],
    [
      'az',
      '2026-12-28',
      '2027-01-03',
      `28${N}dekabr${N}2026${H}cı${N}il${N}– 3${N}yanvar${N}2027${H}ci${N}il`,
      `28${N}dekabr${N}2026${H}cı${N}il${N}– 3${N}yanvar${N}2027${H}ci${N}il tarixlərində`,
    ],
    [
      'az',
      '2027-03-15',
      '2027-03-15',
      `15${N}mart${N}2027${H}ci${N}il`,
      `15${N}mart${N}2027${H}ci${N}il tarixində`,
    ],
  ])('%s %s..%s', (language, from, to, value, during) => {
    expect(formatLetterDateRange(language, from, to, 'value')).toBe(value);
    expect(formatLetterDateRange(language, from, to, 'during')).toBe(during);
  });
});

/** Independent of the code under test: the year spelled in Azerbaijani from tables written here. */
const UNITS = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const TENS = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];

function spell(n: number): string {
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const words = [
    thousands === 0 ? '' : thousands === 1 ? 'min' : `${UNITS[thousands]} min`,
    hundreds === 0 ? '' : hundreds === 1 ? 'yüz' : `${UNITS[hundreds]} yüz`,
    TENS[Math.floor((n % 100) / 10)],
    UNITS[n % 10],
  ];
  return words.filter((w) => w !== '').join(' ');
}

function oracleSuffix(n: number): string {
  const vowels = [...spell(n)].filter((c) => 'aıoueəiöü'.includes(c));
  const last = vowels[vowels.length - 1];
  if (last === 'a' || last === 'ı') return 'cı';
  if (last === 'o' || last === 'u') return 'cu';
  if (last === 'ö' || last === 'ü') return 'cü';
  return 'ci';
}

describe('the Azerbaijani ordinal suffix of a year', () => {
  it.each<[number, string, string]>([
    [2100, 'iki min yüz', 'cü'],
    [2200, 'iki min iki yüz', 'cü'],
    [2030, 'iki min otuz', 'cu'],
    [2026, 'iki min iyirmi altı', 'cı'],
    [2025, 'iki min iyirmi beş', 'ci'],
    [2024, 'iki min iyirmi dörd', 'cü'],
    [2000, 'iki min', 'ci'],
    [1900, 'min doqquz yüz', 'cü'],
    [2010, 'iki min on', 'cu'],
    [2040, 'iki min qırx', 'cı'],
    [2050, 'iki min əlli', 'ci'],
    [2060, 'iki min altmış', 'cı'],
    [2070, 'iki min yetmiş', 'ci'],
    [2080, 'iki min səksən', 'ci'],
    [2090, 'iki min doxsan', 'cı'],
    [2003, 'iki min üç', 'cü'],
    [2009, 'iki min doqquz', 'cu'],
    [2001, 'iki min bir', 'ci'],
    [2002, 'iki min iki', 'ci'],
    [2007, 'iki min yeddi', 'ci'],
    [2008, 'iki min səkkiz', 'ci'],
  ])('%i "%s" -> -%s', (year, spoken, suffix) => {
    expect(spell(year)).toBe(spoken);
    expect(azOrdinalSuffix(year)).toBe(suffix);
  });

  it('agrees with the spelled-out year for every year 1900-2200', () => {
    for (let year = 1900; year <= 2200; year += 1)
      expect(azOrdinalSuffix(year), String(year)).toBe(oracleSuffix(year));
  });

  it('has a suffix for every year 1-9999', () => {
    for (let year = 1; year <= 9999; year += 1)
      expect(azOrdinalSuffix(year), String(year)).toBe(oracleSuffix(year));
  });

  it('prints 2100 and later in a letter date', () => {
    expect(formatLetterDate('az', '2100-03-15')).toBe(`15${N}mart${N}2100${H}cü${N}il`);
    expect(formatLetterDate('az', '2200-12-31')).toBe(`31${N}dekabr${N}2200${H}cü${N}il`);
  });
});

describe('letters of any year', () => {
  const iso = (y: number, m: number, d: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  it('build for random years 1900-2200, in every language', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<Language>('az', 'en', 'ru'),
        async (year, month, day, length, language) => {
          const arrivalDate = iso(year, month, day);
          const end = new Date(Date.UTC(year, month - 1, day + length));
          const departureDate = iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
          const visa = sampleVisa(language);
          const dates = {
            issueDate: arrivalDate,
            guest: {
              ...visa.guest,
              arrival: { ...visa.guest.arrival, date: '' },
              departure: { ...visa.guest.departure, date: '' },
            },
          };
          const built = await buildVisaInvitation({
            ...visa,
            ...dates,
            visit: { ...visa.visit, arrivalDate, departureDate },
          });
          expect(built.length).toBeGreaterThan(0);
          const official = sampleOfficial(language);
          const letter = await buildOfficialInvitation({
            ...official,
            issueDate: arrivalDate,
            visit: { ...official.visit, arrivalDate, departureDate },
          });
          expect(letter.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
