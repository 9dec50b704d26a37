import { Anchor, Badge, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../shared/planning';
import { useFormat } from '../format';
import { routeHref } from '../route';
import { timeRange } from './calendar-format';
import { entryLabel } from './EntryContent';

/**
 * A transfer or a hotel night, which the calendar shows but does not edit: they follow from the
 * guests' journeys and stays, changed on the visit's page.
 */
export function EntryDetailsModal({
  entry,
  visitTitle,
  onClose,
}: {
  entry: CalendarEntry | null;
  visitTitle: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { date, dateRange } = useFormat();
  return (
    <Modal opened={entry !== null} onClose={onClose} title={entry ? entryLabel(t, entry) : ''}>
      {entry && (
        <Stack gap="xs" data-testid="entry-details">
          <Text size="sm">
            {entry.allDay
              ? dateRange(entry.startDate, entry.endDate)
              : `${date(entry.startDate)}, ${timeRange(entry.startTime, entry.endTime)}`}
          </Text>
          {entry.venue && <Text size="sm">{t('calendar.entry.venue', { venue: entry.venue })}</Text>}
          {entry.guests.length > 0 && (
            <Text size="sm">{t('calendar.entry.guests', { names: entry.guests.join(', ') })}</Text>
          )}
          {entry.conflict && (
            <Group>
              <Badge color="red" variant="light" tt="none">
                {t('calendar.entry.conflict')}
              </Badge>
            </Group>
          )}
          <Text size="sm" c="dimmed">
            {t(entry.kind === 'transfer' ? 'calendar.details.transferHint' : 'calendar.details.hotelHint')}
          </Text>
          <Anchor size="sm" href={routeHref({ name: 'visit', id: entry.visitId })}>
            {t('calendar.details.openVisit', { title: visitTitle })}
          </Anchor>
        </Stack>
      )}
    </Modal>
  );
}
