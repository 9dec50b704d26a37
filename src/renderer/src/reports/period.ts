import { isIsoDate, toIsoDate } from '../../../shared/dates';
import type { Count } from '../../../shared/reports';

/** The period a report covers, as the officer picks it: a quarter, a year, or any two dates. */
export type Period =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

export const QUARTERS = [1, 2, 3, 4] as const;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day (inclusive) of a period; a custom period as given (empty while unfinished). */
export function periodRange(period: Period): { from: string; to: string } {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  if (period.kind === 'year')
    return {
      from: toIsoDate({ year: period.year, month: 1, day: 1 }),
      to: toIsoDate({ year: period.year, month: 12, day: 31 }),
    };
  const first = (period.quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    from: toIsoDate({ year: period.year, month: first, day: 1 }),
    to: toIsoDate({ year: period.year, month: last, day: lastDayOf(period.year, last) }),
  };
}

/** The quarter a day falls in: the period the page opens on. */
export function quarterOf(iso: string): Period & { kind: 'quarter' } {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const quarter = QUARTERS[Math.floor((month - 1) / 3)] ?? 1;
  return { kind: 'quarter', year, quarter };
}

/** Whether the period can be asked for: a custom one needs both dates, the end not before the start. */
export function periodComplete(period: Period): boolean {
  const { from, to } = periodRange(period);
  return isIsoDate(from) && isIsoDate(to) && from <= to;
}

/** A period read back from what was kept (session storage); anything malformed is null. */
export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const year = typeof v.year === 'number' && Number.isInteger(v.year) && v.year >= 1900 && v.year <= 2200;
  if (v.kind === 'year' && year) return { kind: 'year', year: v.year as number };
  if (v.kind === 'quarter' && year) {
    const quarter = QUARTERS.find((q) => q === v.quarter);
    return quarter ? { kind: 'quarter', year: v.year as number, quarter } : null;
  }
  if (v.kind === 'custom' && typeof v.from === 'string' && typeof v.to === 'string') {
    const ok = (s: string) => s === '' || isIsoDate(s);
    return ok(v.from) && ok(v.to) ? { kind: 'custom', from: v.from, to: v.to } : null;
  }
  return null;
}

/** How a figure moved against the previous period: the difference, and the share of the old figure. */
export interface Change {
  delta: number;
  /** Whole percent, rounded half away from zero; null when the previous figure was 0 (no base). */
  percent: number | null;
}

export function change(current: number, previous: number): Change {
  const delta = current - previous;
  if (previous === 0) return { delta, percent: null };
  const ratio = (Math.abs(delta) / previous) * 100;
  return { delta, percent: Math.sign(delta) * Math.round(ratio) };
}

const MINUS = '\u2212';
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0');

/** `+3 (+25%)`, `−2 (−40%)`, `+4` (nothing before), `0`. Russian puts a narrow space before the %. */
export function formatChange(c: Change, language: string): string {
  if (c.percent === null || c.delta === 0) return signed(c.delta);
  const percent = language === 'ru' ? `${signed(c.percent)}\u202f%` : `${signed(c.percent)}%`;
  return `${signed(c.delta)} (${percent})`;
}

/** One row of a breakdown beside its figure in the previous period (0 where it had none). */
export interface ComparedCount {
  key: string;
  label: string;
  count: number;
  previous: number;
}

/**
 * The rows of this period and the previous one, matched by key: this period's rows first in their
 * order, then rows only the previous period had (now 0), in theirs.
 */
export function compareCounts(current: readonly Count[], previous: readonly Count[] | null): ComparedCount[] {
  const before = new Map((previous ?? []).map((c) => [c.key, c]));
  const rows: ComparedCount[] = current.map((c) => ({ ...c, previous: before.get(c.key)?.count ?? 0 }));
  const seen = new Set(current.map((c) => c.key));
  for (const c of previous ?? []) if (!seen.has(c.key)) rows.push({ ...c, count: 0, previous: c.count });
  return rows;
}

/** The years the picker offers: from ten years back to next year, newest first. */
export function yearChoices(thisYear: number): number[] {
  return Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
}
