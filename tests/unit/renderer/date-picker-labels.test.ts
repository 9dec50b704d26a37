import { describe, expect, it } from 'vitest';
import { datePickerLabels } from '../../../src/renderer/src/date-inputs';

describe('datePickerLabels', () => {
  it('writes az and ru months in lower case, as every other date in the app', () => {
    expect(datePickerLabels('az').monthLabelFormat('2027-03-01')).toBe('mart 2027');
    expect(datePickerLabels('ru').monthLabelFormat('2027-03-01')).toBe('март 2027');
    expect(datePickerLabels('en').monthLabelFormat('2027-03-01')).toBe('March 2027');
    expect(datePickerLabels('az').monthsListFormat('2027-08-01')).toBe('avq');
  });

  it('names days and weekdays from Qonaq’s tables', () => {
    expect(datePickerLabels('az').getDayAriaLabel('2027-03-15')).toBe('15 mart 2027');
    expect(datePickerLabels('az').weekdayFormat('2027-03-16')).toBe('Ç.a.');
  });
});
