import type { QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../shared/contract';

/**
 * What a change to one visit makes out of date beyond the visit itself (whose new state comes with
 * the answer): its row in the lists (`updatedAt`, dates, guest count), the clashes of its entries with
 * every visit's, and the backups, of which each saved change makes one.
 */
const VISIT_FILE = ['visits.list', 'visits.conflicts', 'backups.list'] as const;
/** What a visit's days show besides its page: the calendar, a day's plan. */
const DAYS = ['calendar.range', 'planning.day'] as const;
/**
 * Another visit's page, asked for again only when it is next shown (see `invalidateTouched`): a
 * stay or a room block counts the rooms of a hotel that other visits use too.
 */
const OTHER_VISITS = ['visits.get'] as const;

/**
 * For each change the renderer makes through `useCall` or its helpers, the queries whose answers it
 * can alter, by method. After the change only those are asked again, not every answer kept.
 */
export const TOUCHES = {
  'visits.create': ['visits.list', 'backups.list', 'calendar.range'],
  'visits.update': [...VISIT_FILE, ...DAYS],
  'visits.delete': [...VISIT_FILE, ...DAYS, ...OTHER_VISITS],
  'visits.restore': [...VISIT_FILE, ...DAYS, ...OTHER_VISITS],
  'visits.loadSample': [...VISIT_FILE, ...DAYS],
  'guests.add': [...VISIT_FILE],
  'guests.update': [...VISIT_FILE],
  'guests.remove': [...VISIT_FILE],
  // The order names the visit's head (the first guest) in the lists; it changes no clash.
  'guests.reorder': ['visits.list', 'backups.list'],
  'travel.save': [...VISIT_FILE, ...DAYS],
  'stays.save': [...VISIT_FILE, ...DAYS, ...OTHER_VISITS],
  'stays.remove': [...VISIT_FILE, ...DAYS, ...OTHER_VISITS],
  'roomBlocks.save': [...VISIT_FILE, ...DAYS, ...OTHER_VISITS],
  'programme.save': [...VISIT_FILE, ...DAYS, 'planning.suggestions'],
  'programme.remove': [...VISIT_FILE, ...DAYS, 'planning.suggestions'],
  'visitReport.save': ['visits.list', 'backups.list', 'followUps.open', 'reports.figures'],
} as const satisfies Partial<Record<MethodName, readonly MethodName[]>>;

export type Change = keyof typeof TOUCHES;

export function isChange(method: MethodName): method is Change {
  return Object.prototype.hasOwnProperty.call(TOUCHES, method);
}

/** The queries `method` can alter; a change not listed is taken to alter every visit's data. */
export function touchedBy(method: MethodName): readonly MethodName[] {
  return isChange(method) ? TOUCHES[method] : [...VISIT_FILE, ...DAYS, ...OTHER_VISITS];
}

/**
 * Marks out of date what `method` touched: those on screen are asked for again at once; other
 * visits' pages when they are next shown (drawn at once from what is kept, then brought up to date).
 */
export async function invalidateTouched(client: QueryClient, method: MethodName): Promise<void> {
  await Promise.all(
    touchedBy(method).map((touched) =>
      client.invalidateQueries({
        queryKey: [touched],
        ...(touched === 'visits.get' ? { refetchType: 'none' as const } : {}),
      }),
    ),
  );
}
