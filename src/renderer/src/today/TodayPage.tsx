import type { ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDays, weekdayName } from '../../../shared/dates';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { GoToDate, useTodayKey } from '../calendar/GoToDate';
import { ArrowLeftIcon } from '../icons';
import { queryOptions } from '../queries';
import { replaceRoute, routeHref } from '../route';
import { CalendarExportButton } from '../calendar-export/CalendarExportButton';
import { useBakuClock } from './baku-clock';
import { ConflictList } from './ConflictList';
import { HotelMoves } from './HotelMoves';
import { NowNext } from './NowNext';
import { Renewals } from './Renewals';
import { ScheduleRowLine } from './ScheduleRowLine';
import { TransferList } from './TransferList';
import { VisitsOfDay } from './VisitsOfDay';
import { FollowUpsCard } from '../visit-report/FollowUpsCard';

function Card({
  title,
  children,
  testId,
  count,
}: {
  title: string;
  children: ReactNode;
  testId: string;
  count?: number;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId} role="region" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={4}>{title}</Title>
        {count !== undefined && count > 0 && (
          <Badge variant="light" size="sm" circle>
            {count}
          </Badge>
        )}
      </Group>
      {children}
    </Paper>
  );
}

/** The stepper: a day back, today (or `T`), a day on, any date, and the day's printout. */
function DayHeader({
  date,
  today,
  onChange,
}: {
  date: string;
  today: string;
  onChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  const { language, date: long } = useFormat();
  useTodayKey(() => onChange(today));
  return (
    <Group justify="space-between" wrap="wrap">
      <Group gap="sm">
        <Tooltip label={t('today.previousDay')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('today.previousDay')}
            onClick={() => onChange(addDays(date, -1))}
          >
            <ArrowLeftIcon />
          </ActionIcon>
        </Tooltip>
        <Stack gap={0}>
          <Title order={2} data-testid="today-date">
            {long(date)}
          </Title>
          <Text c="dimmed" size="sm">
            {weekdayName(language, date)}
            {date === today ? ` · ${t('today.isToday')}` : ''}
          </Text>
        </Stack>
        <Tooltip label={t('today.nextDay')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('today.nextDay')}
            onClick={() => onChange(addDays(date, 1))}
          >
            <ArrowLeftIcon style={{ transform: 'rotate(180deg)' }} />
          </ActionIcon>
        </Tooltip>
        <GoToDate value={date} onPick={onChange} />
        {date !== today && (
          <Button variant="subtle" onClick={() => onChange(today)}>
            {t('today.goToday')}
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <CalendarExportButton target={{ kind: 'day', date }} variant="default" />
        <Button variant="default" component="a" href={routeHref({ name: 'printRunSheet', date })}>
          {t('itinerary.ui.runSheet')}
        </Button>
        <Button component="a" href={routeHref({ name: 'printDay', date })}>
          {t('today.printDay')}
        </Button>
      </Group>
    </Group>
  );
}

/**
 * Across all visits: who arrives and leaves, what happens now and next, hotel moves and clashes of a day.
 * The day shown is in the address (`#/today/DATE`; without one, the clock's day), so that Back from its
 * printout, a reload and a second window show the same day.
 */
export function TodayPage({ date: shown }: { date?: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const clock = useBakuClock();
  const date = shown ?? clock.date;
  const setDate = (next: string) =>
    replaceRoute({ name: 'today', ...(next === clock.date ? {} : { date: next }) });
  const day = useQuery({
    ...queryOptions('planning.day', { date, language }),
    placeholderData: keepPreviousData,
  });
  const header = <DayHeader date={date} today={clock.date} onChange={setDate} />;
  if (day.isPending) {
    return (
      <Stack>
        {header}
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      </Stack>
    );
  }
  if (day.isError) {
    return (
      <Stack>
        {header}
        <Alert color="red">{t('today.loadFailed', { message: errorMessage(t, day.error, language) })}</Alert>
      </Stack>
    );
  }
  const schedule = day.data;
  const nothing =
    schedule.rows.length +
      schedule.arrivals.length +
      schedule.departures.length +
      schedule.checkIns.length +
      schedule.checkOuts.length ===
    0;
  return (
    <Stack gap="md" data-testid="today-page">
      {header}
      {schedule.visits.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('today.visits', { count: schedule.visits.length })}
        </Text>
      )}
      {nothing ? (
        <Paper withBorder p="xl" radius="md">
          <Text c="dimmed" ta="center">
            {t('today.nothing')}
          </Text>
        </Paper>
      ) : (
        <>
          {date === clock.date && (
            <Card title={t('today.nowNext.title')} testId="today-now-card">
              <NowNext schedule={schedule} time={clock.time} />
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card title={t('today.arrivals')} testId="today-arrivals" count={schedule.arrivals.length}>
              <TransferList schedule={schedule} transfers={schedule.arrivals} empty={t('today.noArrivals')} />
            </Card>
            <Card title={t('today.departures')} testId="today-departures" count={schedule.departures.length}>
              <TransferList
                schedule={schedule}
                transfers={schedule.departures}
                empty={t('today.noDepartures')}
              />
            </Card>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card title={t('today.programme')} testId="today-programme" count={schedule.rows.length}>
              {schedule.rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('today.noItems')}
                </Text>
              ) : (
                <Stack gap={2}>
                  {schedule.rows.map((row) => (
                    <ScheduleRowLine key={row.id} row={row} schedule={schedule} />
                  ))}
                </Stack>
              )}
            </Card>
            <Stack gap="md">
              <Card
                title={t('today.conflicts.title')}
                testId="today-conflicts"
                count={schedule.conflicts.length}
              >
                <ConflictList conflicts={schedule.conflicts} />
              </Card>
              <Card title={t('today.hotels')} testId="today-hotels">
                <HotelMoves schedule={schedule} />
              </Card>
              <Card title={t('today.visitsCard')} testId="today-visits" count={schedule.visits.length}>
                <VisitsOfDay schedule={schedule} />
              </Card>
            </Stack>
          </SimpleGrid>
        </>
      )}
      <Renewals />
      <FollowUpsCard />
    </Stack>
  );
}
