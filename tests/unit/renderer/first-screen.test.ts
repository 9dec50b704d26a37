import { describe, expect, it } from 'vitest';
import { VISIT_STATUSES } from '../../../src/shared/domain';
import { isStatus, STATUS_COLOURS, STATUSES } from '../../../src/renderer/src/visits/statuses';
import { FIRST_QUERY, hasFilters, NO_FILTERS, toQuery } from '../../../src/renderer/src/visits/list-query';
import { parseRoute, routeHref } from '../../../src/renderer/src/route-address';

// The first screen keeps its own copies of what it needs from modules that load zod.
describe('the visit list without the domain schemas', () => {
  it('offers every status, in the domain order, each with a colour', () => {
    expect(STATUSES).toEqual([...VISIT_STATUSES]);
    for (const status of VISIT_STATUSES) {
      expect(isStatus(status)).toBe(true);
      expect(STATUS_COLOURS[status]).toMatch(/^[a-z]+$/);
    }
    expect(isStatus('archived')).toBe(false);
  });

  it('asks at start for the same list the page asks for with no filters', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(toQuery(NO_FILTERS, '')).toEqual(FIRST_QUERY);
    expect(FIRST_QUERY).toEqual({ text: '', statuses: [], from: '', to: '', country: '' });
    expect(toQuery({ ...NO_FILTERS, text: ' Baku ' }, ' Baku ')).toEqual({ ...FIRST_QUERY, text: 'Baku' });
  });

  it('reads the screen from the address as the app does', () => {
    expect(parseRoute('')).toEqual({ name: 'visits' });
    expect(parseRoute('#/visits/abc_1')).toEqual({ name: 'visit', id: 'abc_1' });
    expect(parseRoute(routeHref({ name: 'calendar', date: '2026-11-30' }))).toEqual({
      name: 'calendar',
      date: '2026-11-30',
    });
  });
});
