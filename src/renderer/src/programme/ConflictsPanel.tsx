import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConflictText } from '../calendar/conflict-text';
import { errorMessage } from '../errors';
import { WarningIcon } from '../icons';
import { routeHref } from '../route';
import type { VisitSectionProps } from '../visits/section-props';

/**
 * What clashes in this visit's plan (with itself or with other visits), at the top of the page where
 * it cannot be missed; each with a link to the calendar on the entry. Nothing at all when all is well.
 */
export function ConflictsPanel({ conflicts, conflictsError }: VisitSectionProps) {
  const { t, i18n } = useTranslation();
  const text = useConflictText();
  if (conflictsError) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<WarningIcon size={20} />}
        title={t('programme.conflicts.failed')}
        data-testid="visit-conflicts-error"
      >
        {errorMessage(t, conflictsError, i18n.language)}
      </Alert>
    );
  }
  if (conflicts.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<WarningIcon size={20} />}
      title={t('programme.conflicts.title', { count: conflicts.length })}
      data-testid="visit-conflicts"
    >
      <List size="sm" spacing={4}>
        {conflicts.map((c) => (
          <List.Item key={c.id} data-testid="visit-conflict">
            <Text span size="sm">
              {text(c)}{' '}
            </Text>
            <Anchor
              size="sm"
              fw={500}
              href={routeHref({ name: 'calendar', date: c.entry.startDate, entry: c.entry.entryId })}
            >
              {t('programme.conflicts.show')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
