import { describe, expect, it } from 'vitest';
import {
  adjacentRanges,
  dayHeading,
  dayTitle,
  isoDateOf,
  markerOf,
  monthCellLabel,
  timeOf,
  viewTitle,
} from '../../../src/renderer/src/calendar/calendar-format';

describe('calendar titles', () => {
  it('names a month in the nominative, whatever day of the grid it starts on', () => {
    // November 2026's grid runs from Monday 26 October to Monday 7 December (exclusive)
    expect(viewTitle('az', 'dayGridMonth', '2026-10-26', '2026-12-07')).toBe('noyabr 2026');
    expect(viewTitle('ru', 'dayGridMonth', '2026-10-26', '2026-12-07')).toBe('ноябрь 2026');
    expect(viewTitle('en', 'dayGridMonth', '2026-10-26', '2026-12-07')).toBe('November 2026');
  });

  it('gives a week as a span of days, the end of the range excluded', () => {
    expect(viewTitle('az', 'timeGridWeek', '2026-11-23', '2026-11-30')).toBe('23–29 noyabr 2026');
    expect(viewTitle('ru', 'timeGridWeek', '2026-11-23', '2026-11-30')).toBe('23–29 ноября 2026');
    expect(viewTitle('en', 'listWeek', '2026-11-30', '2026-12-07')).toBe('30 November – 6 December 2026');
    expect(viewTitle('ru', 'timeGridWeek', '2026-12-28', '2027-01-04')).toBe(
      '28 декабря 2026 – 3 января 2027',
    );
  });

  it('gives a day with its weekday', () => {
    expect(viewTitle('az', 'timeGridDay', '2026-11-24', '2026-11-25')).toBe(
      'çərşənbə axşamı, 24 noyabr 2026',
    );
    expect(dayTitle('ru', '2026-11-24')).toBe('вторник, 24 ноября 2026');
  });
});

describe('calendar headings and cells', () => {
  it('heads a day column with the full weekday and the day, a month column with the short weekday', () => {
    expect(dayHeading('az', 'timeGridWeek', '2026-11-23')).toEqual({ weekday: 'bazar ertəsi', day: '23' });
    expect(dayHeading('ru', 'timeGridWeek', '2026-11-29')).toEqual({ weekday: 'воскресенье', day: '29' });
    expect(dayHeading('az', 'dayGridMonth', '2026-11-23')).toEqual({ weekday: 'B.e.', day: '' });
  });

  it('names the month on the first of it in the month grid', () => {
    expect(monthCellLabel('ru', '2026-12-01')).toBe('1 декабря');
    expect(monthCellLabel('az', '2026-12-01')).toBe('1 dekabr');
    expect(monthCellLabel('az', '2026-12-02')).toBe('2');
  });
});

describe('calendar markers', () => {
  it('reads Baku wall-clock time from the UTC fields, in any time zone of the machine', () => {
    const marker = markerOf('2026-11-24', '23:45');
    expect(isoDateOf(marker)).toBe('2026-11-24');
    expect(timeOf(marker)).toBe('23:45');
    expect(isoDateOf(markerOf('2026-12-31'))).toBe('2026-12-31');
  });
});

describe('the ranges either side, fetched ahead of a click on "previous" or "next"', () => {
  it('moves a week or a list of a week by seven days and a day by one', () => {
    const week = { from: '2026-11-23', to: '2026-11-30' };
    expect(adjacentRanges('timeGridWeek', week)).toEqual({
      prev: { from: '2026-11-16', to: '2026-11-23' },
      next: { from: '2026-11-30', to: '2026-12-07' },
    });
    expect(adjacentRanges('listWeek', week).next).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(adjacentRanges('timeGridDay', { from: '2026-12-31', to: '2027-01-01' })).toEqual({
      prev: { from: '2026-12-30', to: '2026-12-31' },
      next: { from: '2027-01-01', to: '2027-01-02' },
    });
  });

  it('gives a month as the six weeks of its grid, from the Monday on or before the 1st', () => {
    // November 2026's grid runs from Monday 26 October to Monday 7 December (exclusive)
    expect(adjacentRanges('dayGridMonth', { from: '2026-10-26', to: '2026-12-07' })).toEqual({
      // 1 October 2026 is a Thursday; 1 December a Tuesday
      prev: { from: '2026-09-28', to: '2026-11-09' },
      next: { from: '2026-11-30', to: '2027-01-11' },
    });
    // February 2027 starts on a Monday: its grid starts on the 1st itself
    expect(adjacentRanges('dayGridMonth', { from: '2026-12-28', to: '2027-02-08' }).next).toEqual({
      from: '2027-02-01',
      to: '2027-03-15',
    });
  });
});
