import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  addMonths,
  azLastSpokenWord,
  azOrdinalSuffix,
  formatDateLong,
  formatDateNumeric,
  formatDateRange,
  formatDayMonth,
  formatLetterDate,
  formatMonthYear,
  isIsoDate,
  isTime,
  monthName,
  parseIsoDate,
  todayInBaku,
  weekday,
  weekdayName,
} from '../../../src/shared/dates';

describe('Azerbaijani month names', () => {
  it('names all twelve months in Azerbaijani, lower case', () => {
    const names = Array.from({ length: 12 }, (_, i) => monthName('az', i + 1));

    expect(names).toEqual([
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ]);
  });

  it('gives the nominative month in Russian headings and the English name in English', () => {
    expect(formatMonthYear('ru', 2026, 11)).toBe('ноябрь 2026');
    expect(formatMonthYear('az', 2026, 11)).toBe('noyabr 2026');
    expect(formatMonthYear('en', 2026, 11)).toBe('November 2026');
  });

  it('answers an empty name for a month that does not exist', () => {
    expect(monthName('az', 13)).toBe('');
    expect(monthName('en', 0)).toBe('');
  });
});

describe('formatDateLong', () => {
  it.each([
    ['az', '2026-11-24', '24 noyabr 2026'],
    ['en', '2026-11-24', '24 November 2026'],
    ['ru', '2026-11-24', '24 ноября 2026'],
    ['ru', '2026-03-08', '8 марта 2026'],
    ['ru', '2026-05-01', '1 мая 2026'],
    ['az', '2027-02-01', '1 fevral 2027'],
  ] as const)('%s %s -> %s', (language, date, expected) => {
    expect(formatDateLong(language, date)).toBe(expected);
  });

  it('returns text that is not a date unchanged rather than inventing one', () => {
    expect(formatDateLong('en', '2026-02-30')).toBe('2026-02-30');
  });
});

describe('formatLetterDate', () => {
  it.each([
    // No-break spaces (U+00A0) and a non-breaking hyphen (U+2011): a date never parts at a line's end.
    ['en', '2026-11-24', '24\u00a0November\u00a02026'],
    ['ru', '2026-11-24', '24\u00a0ноября\u00a02026\u00a0г.'],
    ['az', '2026-11-24', '24\u00a0noyabr\u00a02026\u2011cı\u00a0il'],
    ['az', '2025-01-05', '5\u00a0yanvar\u00a02025\u2011ci\u00a0il'],
    ['az', '2024-06-30', '30\u00a0iyun\u00a02024\u2011cü\u00a0il'],
    ['az', '2030-09-01', '1\u00a0sentyabr\u00a02030\u2011cu\u00a0il'],
    ['az', '2100-01-01', '1\u00a0yanvar\u00a02100\u2011cü\u00a0il'],
  ] as const)('%s %s -> %s', (language, date, expected) => {
    expect(formatLetterDate(language, date)).toBe(expected);
  });
});

describe('azOrdinalSuffix follows the last vowel of the year as spoken', () => {
  it.each([
    [2026, 'altı', 'cı'],
    [2025, 'beş', 'ci'],
    [2024, 'dörd', 'cü'],
    [2030, 'otuz', 'cu'],
    [2020, 'iyirmi', 'ci'],
    [2000, 'min', 'ci'],
    [2100, 'yüz', 'cü'],
    [2023, 'üç', 'cü'],
    [2029, 'doqquz', 'cu'],
    [2040, 'qırx', 'cı'],
    [2050, 'əlli', 'ci'],
    [2060, 'altmış', 'cı'],
    [2070, 'yetmiş', 'ci'],
    [2080, 'səksən', 'ci'],
    [2090, 'doxsan', 'cı'],
    [2010, 'on', 'cu'],
    [2021, 'bir', 'ci'],
    [2022, 'iki', 'ci'],
    [2027, 'yeddi', 'ci'],
    [2028, 'səkkiz', 'ci'],
    [1999, 'doqquz', 'cu'],
    [2200, 'yüz', 'cü'],
  ])('%i (... %s) -> -%s', (year, lastWord, suffix) => {
    expect(azLastSpokenWord(year)).toBe(lastWord);
    expect(azOrdinalSuffix(year)).toBe(suffix);
  });

  it('gives one of the four suffixes for every year a letter can carry', () => {
    for (let year = 1900; year <= 2200; year++) {
      expect(['cı', 'ci', 'cu', 'cü']).toContain(azOrdinalSuffix(year));
    }
  });
});

describe('parsing and checking dates', () => {
  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2025-02-29',
    '26-11-24',
    '2026-1-5',
    '',
    '2026-11-24T00:00',
  ])('refuses %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(parseIsoDate(value)).toBeNull();
  });

  it('accepts a leap day in a leap year', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('refuses arithmetic on a date that does not exist', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });

  it.each([
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['12:60', false],
  ])('time %s valid: %s', (value, valid) => {
    expect(isTime(value)).toBe(valid);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-24', 3, '2027-02-24'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays and weekdays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('names the weekday in each language, Monday first', () => {
    // 24 November 2026 is a Tuesday.
    expect(weekday('2026-11-24')).toBe(1);
    expect(weekdayName('az', '2026-11-24')).toBe('çərşənbə axşamı');
    expect(weekdayName('ru', '2026-11-24')).toBe('вторник');
    expect(weekdayName('en', '2026-11-24', true)).toBe('Tue');
  });
});

describe('the accepted range and the days around it', () => {
  it('accepts 1900-01-01 to 2200-12-31 where a date is entered, and nothing outside', () => {
    expect([MIN_DATE, MAX_DATE]).toEqual(['1900-01-01', '2200-12-31']);
    expect(isIsoDate(MIN_DATE)).toBe(true);
    expect(isIsoDate(MAX_DATE)).toBe(true);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2201-01-01')).toBe(false);
  });

  it('counts the days either side of the range, as a day schedule looks at its neighbours', () => {
    expect(addDays(MIN_DATE, -1)).toBe('1899-12-31');
    expect(addDays(MAX_DATE, 1)).toBe('2201-01-01');
    expect(addDays('2201-01-01', -1)).toBe(MAX_DATE);
    expect(addMonths(MAX_DATE, 3)).toBe('2201-03-31');
    // 1 January 1900 was a Monday; 31 December 2200 a Wednesday.
    expect(weekday(MIN_DATE)).toBe(0);
    expect(weekday(MAX_DATE)).toBe(2);
    expect(weekday('1899-12-31')).toBe(6);
    expect(formatDateLong('en', '2201-03-31')).toBe('31 March 2201');
  });

  it('reads years below 100 as they are written, not as 19xx', () => {
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(isCalendarDate('0050-02-29')).toBe(false);
  });

  it('steps from any accepted date by any number of days and back, one weekday a day', () => {
    const day = fc.integer({ min: dayNumber(MIN_DATE), max: dayNumber(MAX_DATE) }).map(dateOfDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const there = addDays(date, n);
        expect(isCalendarDate(there)).toBe(true);
        expect(addDays(there, -n)).toBe(date);
        expect(dayNumber(there) - dayNumber(date)).toBe(n);
        expect(weekday(there)).toBe((((weekday(date) + n) % 7) + 7) % 7);
      }),
      { numRuns: 500 },
    );
  });
});

describe('todayInBaku', () => {
  it('is already the next day in Baku when it is 20:30 UTC', () => {
    expect(todayInBaku(new Date('2026-11-23T20:30:00Z'))).toBe('2026-11-24');
  });

  it('is still the same day at 19:59 UTC and turns at 20:00 UTC', () => {
    expect(todayInBaku(new Date('2026-11-23T19:59:59.999Z'))).toBe('2026-11-23');
    expect(todayInBaku(new Date('2026-11-23T20:00:00Z'))).toBe('2026-11-24');
  });

  it('turns the year in Baku before it does in London', () => {
    expect(todayInBaku(new Date('2026-12-31T21:00:00Z'))).toBe('2027-01-01');
  });
});

describe('numeric dates and ranges', () => {
  it('writes dd.mm.yyyy', () => {
    expect(formatDateNumeric('2026-05-03')).toBe('03.05.2026');
  });

  it.each([
    ['en', '2026-05-12', '2026-05-15', '12–15 May 2026'],
    ['ru', '2026-05-12', '2026-05-15', '12–15 мая 2026'],
    ['az', '2026-05-30', '2026-06-02', '30 may – 2 iyun 2026'],
    ['en', '2026-12-30', '2027-01-02', '30 December 2026 – 2 January 2027'],
    ['en', '2026-05-12', '2026-05-12', '12 May 2026'],
  ] as const)('%s %s..%s -> %s', (language, from, to, expected) => {
    expect(formatDateRange(language, from, to)).toBe(expected);
  });
  it('writes a date without its year where the year is said elsewhere', () => {
    expect(formatDayMonth('az', '2026-12-01')).toBe('1 dekabr');
    expect(formatDayMonth('en', '2026-05-30')).toBe('30 May');
    expect(formatDayMonth('ru', '2026-03-08')).toBe('8 марта');
  });
});
