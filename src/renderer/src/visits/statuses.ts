import type { MantineColor } from '@mantine/core';
import { isOneOf } from '../../../shared/one-of';
import { VISIT_STATUSES, type VisitStatus } from '../../../shared/visit-constants';

/** The visit statuses as the list, its filters and the form need them, from the zod-free visit-constants.ts. */

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
export const STATUSES: readonly VisitStatus[] = VISIT_STATUSES;

export const isStatus = (value: unknown): value is VisitStatus => isOneOf(VISIT_STATUSES, value);
