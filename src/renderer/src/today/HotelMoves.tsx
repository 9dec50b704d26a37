import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DaySchedule, HotelMove } from '../../../shared/planning';
import { VisitTag } from './VisitTag';

function Move({
  move,
  schedule,
  label,
  colour,
}: {
  move: HotelMove;
  schedule: DaySchedule;
  label: string;
  colour: string;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" wrap="nowrap" gap="md" data-testid="today-hotel-move">
      <Badge variant="light" color={colour} miw={96} style={{ flexShrink: 0, overflow: 'visible' }}>
        {label}
      </Badge>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {[move.hotel, move.roomNumber ? t('today.room', { room: move.roomNumber }) : '']
            .filter(Boolean)
            .join(', ')}
        </Text>
        <Text size="sm">{move.guests.join(', ')}</Text>
        <VisitTag schedule={schedule} visitId={move.visitId} />
      </Stack>
    </Group>
  );
}

export function HotelMoves({ schedule }: { schedule: DaySchedule }) {
  const { t } = useTranslation();
  if (schedule.checkIns.length + schedule.checkOuts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('today.noHotelMoves')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {schedule.checkOuts.map((m, i) => (
        <Move key={`out-${i}`} move={m} schedule={schedule} label={t('today.checkOut')} colour="orange" />
      ))}
      {schedule.checkIns.map((m, i) => (
        <Move key={`in-${i}`} move={m} schedule={schedule} label={t('today.checkIn')} colour="teal" />
      ))}
    </Stack>
  );
}
