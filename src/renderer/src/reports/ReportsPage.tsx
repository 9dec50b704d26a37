import { memo, useEffect, useState } from 'react';
import '@mantine/charts/styles.css';
import { Alert, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bakuTime, todayInBaku } from '../../../shared/dates';
import type { Report } from '../../../shared/reports';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { AgreementsSection } from './AgreementsSection';
import { Breakdown } from './Breakdown';
import { ExportBar } from './ExportBar';
import { Headline } from './Headline';
import { PeriodPicker } from './PeriodPicker';
import { parsePeriod, periodComplete, periodRange, quarterOf, type Period } from './period';
import { VisitList } from './VisitList';

const KEPT = 'qonaq.reports.period';

/** The period last looked at in this window (kept across a reload), else the quarter today is in. */
function keptPeriod(today: string): { period: Period; compare: boolean } {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEPT) ?? 'null') as {
      period?: unknown;
      compare?: unknown;
    };
    const period = parsePeriod(kept?.period);
    if (period) return { period, compare: kept?.compare === true };
  } catch {
    // Nothing usable kept: start on today's quarter.
  }
  return { period: quarterOf(today), compare: false };
}

/** An instant on Baku's clock, as the office reads it. */
function useBakuTime() {
  const format = useFormat();
  return (instant: string) => {
    const at = new Date(instant);
    if (Number.isNaN(at.getTime())) return instant;
    return `${format.date(todayInBaku(at))}, ${bakuTime(at)}`;
  };
}

/**
 * The department's figures for a quarter, a year or two dates, beside the previous period if asked:
 * headline numbers, a chart and a table for each breakdown, the visits and the agreements; exported
 * as the report's .docx or its tables as .xlsx.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayInBaku();
  const [initial] = useState(() => keptPeriod(today));
  const [period, setPeriod] = useState<Period>(initial.period);
  const [compare, setCompare] = useState(initial.compare);
  useEffect(() => {
    sessionStorage.setItem(KEPT, JSON.stringify({ period, compare }));
  }, [period, compare]);

  const complete = periodComplete(period);
  const { from, to } = periodRange(period);
  const figures = useQuery({
    ...queryOptions('reports.figures', { from, to, language: format.language, compare }),
    enabled: complete,
    placeholderData: keepPreviousData,
  });
  const report: Report | undefined = figures.data;

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <div>
          <Title order={2}>{t('reports.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('reports.intro')}
          </Text>
        </div>
        <ExportBar
          from={from}
          to={to}
          compare={compare}
          reportVisits={report?.current.visitList.map((v) => v.id) ?? []}
          disabled={!complete || !report}
        />
      </Group>
      <PeriodPicker
        period={period}
        onChange={setPeriod}
        compare={compare}
        onCompare={setCompare}
        thisYear={Number(today.slice(0, 4))}
      />
      {figures.isError && <Alert color="red">{errorMessage(t, figures.error, format.language)}</Alert>}
      {complete && figures.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {report && <ReportBody report={report} />}
    </Stack>
  );
}

/**
 * The report as soon as it is painted, once a frame has shown what came before it: until then null.
 * The page draws the figures and tables of a period first and its charts after, so that the numbers
 * are in sight before the slowest part (seven charts) is drawn.
 */
function usePainted<T>(value: T): T | null {
  const [painted, setPainted] = useState<T | null>(null);
  useEffect(() => {
    let timer = 0;
    // The task after the next frame: that frame, with the tables, has been painted by then.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value]);
  return painted;
}

/**
 * The report drawn for its figures. Memoized: a new period keeps the last figures on screen until its
 * own arrive (the same object), and drawing them again at the click took half a second at ten years.
 */
const ReportBody = memo(function ReportBody({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bakuTime = useBakuTime();
  const drawCharts = usePainted(report) === report;
  const { current } = report;
  const before = report.previous?.figures ?? null;
  const breakdowns = [
    { id: 'visitsByCountry', counts: current.visits.byCountry, previous: before?.visits.byCountry },
    {
      id: 'visitsByPartner',
      counts: current.visits.byPartner,
      previous: before?.visits.byPartner,
      withTotal: false,
    },
    { id: 'visitsByStatus', counts: current.visits.byStatus, previous: before?.visits.byStatus },
    { id: 'guestsByCategory', counts: current.guests.byCategory, previous: before?.guests.byCategory },
    { id: 'programmeByType', counts: current.programme.byType, previous: before?.programme.byType },
    { id: 'lettersByKind', counts: current.letters.byKind, previous: before?.letters.byKind },
    { id: 'lettersByLanguage', counts: current.letters.byLanguage, previous: before?.letters.byLanguage },
  ];
  return (
    <Stack gap="lg" data-testid="report">
      <div role="status">
        <Text fw={600}>{format.dateRange(report.from, report.to)}</Text>
        {report.previous && (
          <Text size="sm" c="dimmed">
            {t('reports.period.previous', {
              range: format.dateRange(report.previous.from, report.previous.to),
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('reports.madeAt', { time: bakuTime(report.madeAt) })}
        </Text>
      </div>
      <Headline current={current} previous={before} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {breakdowns.map((b) => (
          <Breakdown
            key={b.id}
            id={b.id}
            title={t(`reports.charts.${b.id}`)}
            counts={b.counts}
            previous={before ? (b.previous ?? []) : null}
            withTotal={b.withTotal ?? true}
            drawChart={drawCharts}
          />
        ))}
      </SimpleGrid>
      <AgreementsSection agreements={current.agreements} />
      <VisitList visits={current.visitList} />
    </Stack>
  );
});
