import { describe, expect, it } from 'vitest';
import { previousPeriod, reportTitle } from '../../../../src/core/reports/period';

// No-break spaces and the non-breaking hyphen shown as plain ones, to compare with text typed here.
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

describe('the title of a report names its period as each language does', () => {
  it('a quarter', () => {
    expect(reportTitle('en', '2027-01-01', '2027-03-31')).toBe(
      'Report on the activities of the International Relations Department, 1st quarter of 2027',
    );
    expect(plain(reportTitle('az', '2027-01-01', '2027-03-31'))).toBe(
      'Beynəlxalq əlaqələr şöbəsinin 2027-ci ilin I rübü üzrə fəaliyyəti haqqında hesabat',
    );
    expect(plain(reportTitle('ru', '2027-10-01', '2027-12-31'))).toBe(
      'Отчёт о деятельности отдела международных связей за IV квартал 2027 года',
    );
    expect(reportTitle('en', '2026-04-01', '2026-06-30')).toContain('2nd quarter of 2026');
  });

  it('a year, with the Azerbaijani ordinal of that year', () => {
    expect(plain(reportTitle('az', '2026-01-01', '2026-12-31'))).toBe(
      'Beynəlxalq əlaqələr şöbəsinin 2026-cı il üzrə fəaliyyəti haqqında hesabat',
    );
    expect(plain(reportTitle('az', '2024-01-01', '2024-12-31'))).toContain('2024-cü il üzrə');
    expect(plain(reportTitle('ru', '2026-01-01', '2026-12-31'))).toBe(
      'Отчёт о деятельности отдела международных связей за 2026 год',
    );
    expect(reportTitle('en', '2026-01-01', '2026-12-31')).toBe(
      'Report on the activities of the International Relations Department, 2026',
    );
  });

  it('any other period by its dates, never broken inside a date', () => {
    expect(plain(reportTitle('ru', '2027-01-12', '2027-03-15'))).toBe(
      'Отчёт о деятельности отдела международных связей за период с 12 января по 15 марта 2027 года',
    );
    expect(plain(reportTitle('en', '2027-01-12', '2027-03-15'))).toBe(
      'Report on the activities of the International Relations Department, 12 January – 15 March 2027',
    );
    expect(reportTitle('az', '2027-01-12', '2027-03-15')).toContain('2027\u2011ci\u00a0il dövrü');
  });
});

describe('the previous period', () => {
  it('the quarter, the year, or as many days just before', () => {
    expect(previousPeriod('2027-01-01', '2027-03-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(previousPeriod('2027-04-01', '2027-06-30')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(previousPeriod('2027-01-01', '2027-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    // 12 January – 15 March 2027 is 63 days; the 63 days before end on 11 January.
    expect(previousPeriod('2027-01-12', '2027-03-15')).toEqual({ from: '2026-11-10', to: '2027-01-11' });
  });
});
