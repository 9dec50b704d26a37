import {
  addDays,
  addMonths,
  azOrdinalSuffix,
  dayNumber,
  formatLetterDateRange,
  type IsoDate,
} from '../../shared/dates';
import type { Language } from '../../shared/languages';
import { fill } from '../letters/phrases';
import { reportWords } from './words';

/** A report's period: a calendar quarter, a calendar year, or any other run of days. */
export type PeriodShape =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  | { kind: 'range' };

const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'] as const;

export function periodShape(from: IsoDate, to: IsoDate): PeriodShape {
  const year = Number(from.slice(0, 4));
  if (from === `${year}-01-01` && to === `${year}-12-31`) return { kind: 'year', year };
  const index = QUARTER_STARTS.findIndex((start) => from === `${year}-${start}`);
  if (index >= 0 && to === addDays(addMonths(from, 3), -1)) {
    return { kind: 'quarter', year, quarter: (index + 1) as 1 | 2 | 3 | 4 };
  }
  return { kind: 'range' };
}

/** Days in [from, to], both included. */
export function periodDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * The period just before: the previous quarter for a quarter, the previous year for a year, else as
 * many days as the period has, ending the day before it begins.
 */
export function previousPeriod(from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } {
  const shape = periodShape(from, to);
  if (shape.kind === 'year') return { from: `${shape.year - 1}-01-01`, to: `${shape.year - 1}-12-31` };
  if (shape.kind === 'quarter') return { from: addMonths(from, -3), to: addDays(from, -1) };
  const end = addDays(from, -1);
  return { from: addDays(end, 1 - periodDays(from, to)), to: end };
}

/** The year as the phrase around it wants it: Azerbaijani adds its ordinal ("2027‑ci"), never broken. */
function yearWord(language: Language, year: number): string {
  return language === 'az' ? `${year}\u2011${azOrdinalSuffix(year)}` : String(year);
}

/**
 * The period as the report's title names it: "1st quarter of 2027", "2027‑ci ilin I rübü",
 * "I квартал 2027 года"; a year alone; any other period as its dates.
 */
export function periodName(language: Language, from: IsoDate, to: IsoDate): string {
  const p = reportWords(language).report;
  const shape = periodShape(from, to);
  if (shape.kind === 'quarter') {
    const nth = p.quarterOrdinals[shape.quarter - 1] ?? String(shape.quarter);
    return fill(p.periodQuarter, { nth, year: yearWord(language, shape.year) });
  }
  if (shape.kind === 'year') return fill(p.periodYear, { year: yearWord(language, shape.year) });
  return fill(p.periodRange, {
    range: formatLetterDateRange(language, from, to, language === 'ru' ? 'during' : 'value'),
  });
}

/** "Report on the activities of the International Relations Department, 1st quarter of 2027". */
export function reportTitle(language: Language, from: IsoDate, to: IsoDate): string {
  return fill(reportWords(language).report.title, { period: periodName(language, from, to) });
}
