import { describe, expect, it } from 'vitest';
import {
  change,
  compareCounts,
  formatChange,
  parsePeriod,
  periodComplete,
  periodRange,
  quarterOf,
  yearChoices,
} from '../../../src/renderer/src/reports/period';

describe('the period a report covers', () => {
  it('runs from the first to the last day of each quarter', () => {
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 2 })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 3 })).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('covers a whole year, and a custom period as given', () => {
    expect(periodRange({ kind: 'year', year: 2028 })).toEqual({ from: '2028-01-01', to: '2028-12-31' });
    expect(periodRange({ kind: 'custom', from: '2026-02-10', to: '2026-02-20' })).toEqual({
      from: '2026-02-10',
      to: '2026-02-20',
    });
  });

  it('opens on the quarter today falls in', () => {
    expect(quarterOf('2026-12-05')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(quarterOf('2027-01-01')).toEqual({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(quarterOf('2027-03-31')).toEqual({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(quarterOf('2027-04-01')).toEqual({ kind: 'quarter', year: 2027, quarter: 2 });
  });

  it('is asked for only once both dates are given, the end not before the start', () => {
    expect(periodComplete({ kind: 'custom', from: '2026-02-10', to: '' })).toBe(false);
    expect(periodComplete({ kind: 'custom', from: '2026-02-10', to: '2026-02-09' })).toBe(false);
    expect(periodComplete({ kind: 'custom', from: '2026-02-10', to: '2026-02-10' })).toBe(true);
    expect(periodComplete({ kind: 'quarter', year: 2026, quarter: 3 })).toBe(true);
  });

  it('is read back from what was kept, and anything else is dropped', () => {
    expect(parsePeriod({ kind: 'quarter', year: 2026, quarter: 2 })).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 2,
    });
    expect(parsePeriod({ kind: 'quarter', year: 2026, quarter: 5 })).toBeNull();
    expect(parsePeriod({ kind: 'year', year: 2026.5 })).toBeNull();
    expect(parsePeriod({ kind: 'custom', from: '2026-02-30', to: '' })).toBeNull();
    expect(parsePeriod({ kind: 'custom', from: '', to: '2026-03-01' })).toEqual({
      kind: 'custom',
      from: '',
      to: '2026-03-01',
    });
    expect(parsePeriod('2026')).toBeNull();
    expect(parsePeriod(null)).toBeNull();
  });

  it('offers the years from ten back to next year, newest first', () => {
    const years = yearChoices(2026);
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2016);
    expect(years).toHaveLength(12);
  });
});

describe('a change against the previous period', () => {
  it('is the difference and its share of the old figure, in whole percent', () => {
    expect(change(15, 12)).toEqual({ delta: 3, percent: 25 });
    expect(change(3, 5)).toEqual({ delta: -2, percent: -40 });
    expect(change(2, 3)).toEqual({ delta: -1, percent: -33 });
    expect(change(1, 8)).toEqual({ delta: -7, percent: -88 });
    expect(change(7, 7)).toEqual({ delta: 0, percent: 0 });
  });

  it('has no percentage when there was nothing before', () => {
    expect(change(4, 0)).toEqual({ delta: 4, percent: null });
    expect(change(0, 0)).toEqual({ delta: 0, percent: null });
  });

  it('is written with its sign, a true minus, and the percent sign as each language writes it', () => {
    expect(formatChange({ delta: 3, percent: 25 }, 'az')).toBe('+3 (+25%)');
    expect(formatChange({ delta: -2, percent: -40 }, 'en')).toBe('\u22122 (\u221240%)');
    expect(formatChange({ delta: 3, percent: 25 }, 'ru')).toBe('+3 (+25\u202f%)');
    expect(formatChange({ delta: 4, percent: null }, 'az')).toBe('+4');
    expect(formatChange({ delta: 0, percent: 0 }, 'ru')).toBe('0');
  });
});

describe('a breakdown beside the previous period', () => {
  it('matches rows by key and keeps the rows only the previous period had', () => {
    const current = [
      { key: 'TR', label: 'Türkiyə', count: 4 },
      { key: 'DE', label: 'Almaniya', count: 1 },
    ];
    const previous = [
      { key: 'FR', label: 'Fransa', count: 2 },
      { key: 'TR', label: 'Türkiyə', count: 3 },
    ];
    expect(compareCounts(current, previous)).toEqual([
      { key: 'TR', label: 'Türkiyə', count: 4, previous: 3 },
      { key: 'DE', label: 'Almaniya', count: 1, previous: 0 },
      { key: 'FR', label: 'Fransa', count: 0, previous: 2 },
    ]);
    expect(compareCounts(current, null)).toEqual([
      { key: 'TR', label: 'Türkiyə', count: 4, previous: 0 },
      { key: 'DE', label: 'Almaniya', count: 1, previous: 0 },
    ]);
  });
});
