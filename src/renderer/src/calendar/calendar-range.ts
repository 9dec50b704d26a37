import { useEffect, useRef } from 'react';
import type { useCalendarController } from '@fullcalendar/react';
import type { QueryClient } from '@tanstack/react-query';
import type { CalendarEntry } from '../../../shared/planning';
import type { Language } from '../../../shared/languages';
import { queryOptions } from '../queries';
import {
  adjacentRanges,
  isCalendarView,
  openingTime,
  type CalendarView,
  type DateRange,
} from './calendar-format';

export const VIEW_KEY = 'qonaq.calendar.view';

/**
 * How long a fetched range is shown without asking again. The weeks either side of the one on screen
 * are fetched ahead, so that "next" and "previous" draw at once; a change made here refetches them all,
 * and entering the page does too (a change on a visit's page may have moved its entries).
 */
const RANGE_FRESH_MS = 30_000;

export interface RangeQuery extends DateRange {
  visitIds: string[];
  language: Language;
}

export function rangeOptions(query: RangeQuery) {
  return { ...queryOptions('calendar.range', query), staleTime: RANGE_FRESH_MS };
}

/** Fetches the ranges "previous" and "next" lead to, unless they are already at hand. */
export function prefetchAround(client: QueryClient, view: CalendarView, query: RangeQuery) {
  const { prev, next } = adjacentRanges(view, query);
  for (const range of [next, prev]) void client.prefetchQuery(rangeOptions({ ...query, ...range }));
}

/** The view last used survives a reload; the date lives in the address. */
export function storedView(): CalendarView {
  const saved = window.localStorage.getItem(VIEW_KEY);
  return isCalendarView(saved) ? saved : 'timeGridWeek';
}

/**
 * Once the entries of newly shown days are at hand, a day or week view scrolls to the earliest of
 * them if it starts before the morning hours shown; later moves within the same days keep the scroll.
 */
export function useOpeningScroll(
  controller: ReturnType<typeof useCalendarController>,
  view: CalendarView,
  range: DateRange | null,
  entries: readonly CalendarEntry[] | undefined,
) {
  const scrolled = useRef('');
  useEffect(() => {
    if (!range || !entries || !view.startsWith('timeGrid')) return;
    const key = `${view}/${range.from}/${range.to}`;
    if (key === scrolled.current) return;
    scrolled.current = key;
    controller.view?.calendar.scrollToTime(openingTime(entries, range));
  }, [controller, view, range, entries]);
}
