import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateLong, isCalendarDate } from '../../../shared/dates';
import type { Conflict } from '../../../shared/planning';
import { useFormat } from '../format';
import { routeHref } from '../route';

/** The day's clashes, each in a sentence and a link to the entry on the calendar. */
export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  if (conflicts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('today.conflicts.none')}
      </Text>
    );
  }
  const day = (value: string | number | undefined) =>
    typeof value === 'string' && isCalendarDate(value)
      ? formatDateLong(language, value)
      : String(value ?? '');
  return (
    <Stack gap="xs">
      {conflicts.map((c) => (
        <Stack key={c.id} gap={0} data-testid="today-conflict">
          <Text size="sm">
            {t(`today.conflicts.${c.code}`, {
              ...c.params,
              arrival: day(c.params.arrival),
              departure: day(c.params.departure),
              entry: c.entry.title,
              other: c.other?.title ?? '',
            })}
          </Text>
          <Anchor
            size="xs"
            href={routeHref({ name: 'calendar', date: c.entry.startDate, entry: c.entry.entryId })}
          >
            {t('today.conflicts.show')}
          </Anchor>
        </Stack>
      ))}
    </Stack>
  );
}
