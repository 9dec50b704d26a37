import type { CSSProperties } from 'react';
import type { VisitStatus } from '../../../shared/domain';
import { STATUS_COLOURS } from './statuses';
import classes from './status-badge.module.css';

/**
 * A visit's status as a badge in its colour, as the props of one span: the list draws a page of them
 * without a component each, and the visit's page draws one in the first frame after a click.
 */
export function statusBadge(
  status: VisitStatus,
  size: 'md' | 'lg' = 'md',
): { className: string; style: CSSProperties } {
  return {
    className: size === 'lg' ? `${classes.badge} ${classes.lg}` : `${classes.badge}`,
    style: {
      '--badge-bg': `var(--mantine-color-${STATUS_COLOURS[status]}-light)`,
      '--badge-color': `var(--mantine-color-${STATUS_COLOURS[status]}-light-color)`,
    } as CSSProperties,
  };
}
