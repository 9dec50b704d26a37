import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DaySchedule, Transfer } from '../../../shared/planning';
import { transferLine, transferPlace } from '../format';
import { VisitTag } from './VisitTag';

/** Who lands or leaves: flight, time, terminal, the guests, and the car that meets or takes them. */
export function TransferList({
  schedule,
  transfers,
  empty,
}: {
  schedule: DaySchedule;
  transfers: Transfer[];
  empty: string;
}) {
  const { t } = useTranslation();
  if (transfers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {transfers.map((tr) => {
        const guests = tr.guestIds
          .map((id) => schedule.guestNames[`${tr.visitId}:${id}`] ?? '')
          .filter(Boolean);
        const pickup = [
          tr.leaveAt ? t('today.leaveAt', { time: tr.leaveAt }) : '',
          tr.vehicle ? t('today.vehicle', { vehicle: tr.vehicle }) : '',
          tr.driver ? t('today.driver', { driver: tr.driver }) : '',
          tr.escort ? t('today.escort', { escort: tr.escort }) : '',
        ].filter(Boolean);
        return (
          <Group key={tr.id} align="flex-start" wrap="nowrap" gap="md" data-testid={`today-${tr.direction}`}>
            <Text fw={600} size="sm" ff="monospace" w={52} style={{ flexShrink: 0 }}>
              {tr.time || '—'}
            </Text>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {transferLine(
                  tr.number,
                  transferPlace(tr.place, tr.terminal, (terminal) => t('today.terminal', { terminal })),
                )}
              </Text>
              <Text size="sm">{guests.join(', ')}</Text>
              <VisitTag schedule={schedule} visitId={tr.visitId} />
              {pickup.length > 0 && (
                <Text size="xs" c="dimmed">
                  {pickup.join(' · ')}
                </Text>
              )}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}
