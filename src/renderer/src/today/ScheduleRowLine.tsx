import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DaySchedule, ScheduleRow } from '../../../shared/planning';
import { endTimeOn } from '../../../shared/print';
import { transferLine, transferPlace } from '../format';
import { WarningIcon } from '../icons';
import { VisitTag } from './VisitTag';

/** One item or transfer of the day: time, title, where, with whom, who is responsible, which car. */
export function ScheduleRowLine({
  row,
  schedule,
  highlight,
}: {
  row: ScheduleRow;
  schedule: DaySchedule;
  highlight?: boolean;
}) {
  const { t } = useTranslation();
  const transfer = row.transfer;
  // A transfer reads `TK 334 · GYD, terminal 1`: its place is in its title, not again below it.
  const title = transfer
    ? transferLine(
        transfer.number,
        transferPlace(transfer.place, transfer.terminal, (terminal) => t('today.terminal', { terminal })),
      )
    : row.title;
  const facts = [
    transfer ? '' : row.venue,
    row.allGuests ? t('today.allGuests') : row.guests.join(', '),
    row.hosts.length ? t('today.hosts', { hosts: row.hosts.join(', ') }) : '',
    row.staff ? t('today.staff', { staff: row.staff }) : '',
    row.vehicle ? t('today.vehicle', { vehicle: row.vehicle }) : '',
  ].filter(Boolean);
  return (
    <Group
      align="flex-start"
      wrap="nowrap"
      gap="md"
      py={6}
      px="xs"
      data-testid="today-row"
      bg={highlight ? 'blue.0' : undefined}
      style={{ borderRadius: 6 }}
    >
      <Stack gap={0} w={104} style={{ flexShrink: 0 }}>
        <Text fw={600} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {row.startTime}–{endTimeOn(schedule.date, row)}
        </Text>
        {row.continuesFromPreviousDay && (
          <Text size="xs" c="dimmed">
            {t('today.fromPreviousDay')}
          </Text>
        )}
        {row.continuesToNextDay && (
          <Text size="xs" c="dimmed">
            {t('today.toNextDay')}
          </Text>
        )}
      </Stack>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text fw={600} size="sm" lineClamp={2}>
            {title}
          </Text>
          {row.conflict && (
            <Badge color="red" variant="light" size="xs" leftSection={<WarningIcon size={10} />}>
              {t('print.conflict')}
            </Badge>
          )}
        </Group>
        <VisitTag schedule={schedule} visitId={row.visitId} />
        {facts.length > 0 && (
          <Text size="xs" c="dimmed">
            {facts.join(' · ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
