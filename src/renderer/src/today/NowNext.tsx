import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DaySchedule } from '../../../shared/planning';
import { nowAndNext } from './now-next';
import { ScheduleRowLine } from './ScheduleRowLine';

/** What is under way at this minute in Baku, and what comes next. */
export function NowNext({ schedule, time }: { schedule: DaySchedule; time: string }) {
  const { t } = useTranslation();
  const { now, next } = nowAndNext(schedule.rows, schedule.date, time);
  return (
    <Stack gap="xs" data-testid="today-now-next">
      <Group gap="xs">
        <Badge color="red" variant="filled" size="sm">
          {t('today.nowNext.now')}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('today.nowNext.time', { time })}
        </Text>
      </Group>
      {now.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('today.nowNext.nothingNow')}
        </Text>
      ) : (
        now.map((row) => <ScheduleRowLine key={row.id} row={row} schedule={schedule} highlight />)
      )}
      <Badge color="blue" variant="light" size="sm" mt="xs">
        {t('today.nowNext.next')}
      </Badge>
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('today.nowNext.nothingNext')}
        </Text>
      ) : (
        next.map((row) => <ScheduleRowLine key={row.id} row={row} schedule={schedule} />)
      )}
    </Stack>
  );
}
