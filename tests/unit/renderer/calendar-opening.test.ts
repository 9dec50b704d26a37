import { describe, expect, it } from 'vitest';
import { openingTime } from '../../../src/renderer/src/calendar/calendar-format';

const entry = (startDate: string, startTime: string, endDate = startDate, allDay = false) => ({
  allDay,
  startDate,
  startTime,
  endDate,
});
const DAY = { from: '2027-03-15', to: '2027-03-16' };

describe('openingTime', () => {
  it('opens on the hour of a 03:30 arrival', () => {
    expect(openingTime([entry('2027-03-15', '10:00'), entry('2027-03-15', '03:30')], DAY)).toBe('03:00');
  });

  it('opens at 07:00 when nothing starts earlier, or nothing is timed', () => {
    expect(openingTime([entry('2027-03-15', '09:15')], DAY)).toBe('07:00');
    expect(openingTime([entry('2027-03-15', '', '2027-03-15', true)], DAY)).toBe('07:00');
    expect(openingTime([], DAY)).toBe('07:00');
  });

  it('ignores entries of other days and opens at midnight on one that began the day before', () => {
    expect(openingTime([entry('2027-03-16', '02:00'), entry('2027-03-14', '05:00')], DAY)).toBe('07:00');
    expect(openingTime([entry('2027-03-14', '23:00', '2027-03-15')], DAY)).toBe('00:00');
  });
});
