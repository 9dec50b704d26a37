import { describe, expect, it } from 'vitest';
import { orderShown, readDate } from '../../../../src/core/guest-import/dates';

const TODAY = '2026-12-04';
const date = (iso: string) => ({ kind: 'date', iso });

describe('reading dates as partners write them', () => {
  it.each([
    ['15.03.1975', '1975-03-15'],
    ['5.3.1975', '1975-03-05'],
    ['15-03-1975', '1975-03-15'],
    ['1975-03-15', '1975-03-15'],
    ['1975.03.15', '1975-03-15'],
    ['3/15/1975', '1975-03-15'],
    ['15/03/1975', '1975-03-15'],
    ['15.03.75', '1975-03-15'],
    ['15 March 1975', '1975-03-15'],
    ['March 15, 1975', '1975-03-15'],
    ['15-Mar-1975', '1975-03-15'],
    ['15 марта 1975 г.', '1975-03-15'],
    ['15 mart 1975', '1975-03-15'],
    ['15 mart 1975-ci il', '1975-03-15'],
    ['15 Şubat 1975', '1975-02-15'],
    ['1 KASIM 1990', '1990-11-01'],
    ['2030-06-14T00:00:00.000Z', '2030-06-14'],
  ])('%s is %s', (text, iso) => {
    expect(readDate(text, 'past', TODAY)).toEqual(date(iso));
  });

  it('puts a two-digit year of birth in the past and an expiry year ahead', () => {
    expect(readDate('01.01.05', 'past', TODAY)).toEqual(date('2005-01-01'));
    expect(readDate('01.01.30', 'past', TODAY)).toEqual(date('1930-01-01'));
    expect(readDate('01.01.30', 'future', TODAY)).toEqual(date('2030-01-01'));
  });

  it('asks about a slash date that reads as two days, until the order is known', () => {
    expect(readDate('03/04/1975', 'past', TODAY)).toEqual({
      kind: 'ambiguous',
      dayFirst: '1975-04-03',
      monthFirst: '1975-03-04',
    });
    expect(readDate('03/04/1975', 'past', TODAY, 'dmy')).toEqual(date('1975-04-03'));
    expect(readDate('03/04/1975', 'past', TODAY, 'mdy')).toEqual(date('1975-03-04'));
    // The same day either way is no question.
    expect(readDate('04/04/1975', 'past', TODAY)).toEqual(date('1975-04-04'));
    // Dots are never month first.
    expect(readDate('03.04.1975', 'past', TODAY, 'mdy')).toEqual(date('1975-04-03'));
  });

  it('refuses what is no date', () => {
    for (const text of [
      '31.02.1990',
      '13/13/1990',
      '1975',
      'tomorrow',
      '15.03',
      '00.01.1990',
      '15 Smarch 1975',
      '1899-12-31',
    ]) {
      expect(readDate(text, 'past', TODAY), text).toEqual({ kind: 'invalid' });
    }
    expect(readDate('  ', 'past', TODAY)).toEqual({ kind: 'empty' });
  });

  it('tells the order a slash date shows', () => {
    expect(orderShown('25/03/1975')).toBe('dmy');
    expect(orderShown('3/25/1975')).toBe('mdy');
    expect(orderShown('03/04/1975')).toBeNull();
    expect(orderShown('25.03.1975')).toBeNull();
  });
});
