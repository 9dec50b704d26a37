import type { DatesRangeValue } from '@mantine/dates';
import type { VisitQuery } from '../../../shared/visits-contract';
import type { VisitStatus } from '../../../shared/domain';

/** What the officer chose above the list of visits. */
export interface VisitFilterValues {
  text: string;
  statuses: VisitStatus[];
  range: DatesRangeValue<string>;
  country: string;
}

export const NO_FILTERS: VisitFilterValues = { text: '', statuses: [], range: [null, null], country: '' };

export function hasFilters(filters: VisitFilterValues): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.statuses.length > 0 ||
    filters.range[0] !== null ||
    filters.range[1] !== null ||
    filters.country !== ''
  );
}

/** The core's query for the filters, with `text` the search as typed once the typing pauses. */
export function toQuery(filters: VisitFilterValues, text: string): VisitQuery {
  return {
    text: text.trim(),
    statuses: filters.statuses,
    from: filters.range[0] ?? '',
    to: filters.range[1] ?? '',
    country: filters.country,
  };
}

/** Rows drawn at first and added by each "Show more": a screenful or two, cheap to draw at once. */
export const PAGE_SIZE = 100;

/** The list as it first opens: every visit. */
export const FIRST_QUERY: VisitQuery = toQuery(NO_FILTERS, '');

/**
 * Its first page, asked for at start before the page is drawn (see `boot`) and drawn while the whole
 * list, thousands of visits after ten years, is still on its way.
 */
export const FIRST_PAGE_QUERY: VisitQuery = { ...FIRST_QUERY, limit: PAGE_SIZE };
