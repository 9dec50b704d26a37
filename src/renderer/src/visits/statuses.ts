import type { MantineColor } from '@mantine/core';
import type { VisitStatus } from '../../../shared/domain';

/**
 * The visit statuses as the list and its filters need them. Kept apart from `shared/domain`, whose
 * schemas (and zod) the first screen would otherwise load and run; a unit test keeps the two in step.
 */

/** Badge colours: grey for what is not settled, greens for what is, red only for cancelled. */
export const STATUS_COLOURS: Record<VisitStatus, MantineColor> = {
  draft: 'gray',
  planned: 'blue',
  confirmed: 'teal',
  underWay: 'orange',
  completed: 'green',
  cancelled: 'red',
};

/** Every status, in the order of `VISIT_STATUSES`. */
export const STATUSES = Object.keys(STATUS_COLOURS) as VisitStatus[];

export const isStatus = (value: string): value is VisitStatus =>
  (STATUSES as readonly string[]).includes(value);
