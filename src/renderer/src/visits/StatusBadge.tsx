import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../shared/domain';
import { STATUS_COLOURS } from './statuses';

// A status is a word or two: never cut it short, let the table make room for it instead.
const fullLabel = { root: { overflow: 'visible' }, label: { overflow: 'visible' } };

export function StatusBadge({
  status,
  ...rest
}: { status: VisitStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" tt="none" styles={fullLabel} {...rest}>
      {t(`visit.status.${status}`)}
    </Badge>
  );
}
