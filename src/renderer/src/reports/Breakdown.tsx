import { BarChart } from '@mantine/charts';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Count } from '../../../shared/reports';
import { useFormat } from '../format';
import { change, compareCounts, formatChange } from './period';

/** Bars this tall each, so long names (partners) keep their line; the chart grows with the rows. */
const ROW_PX = 34;
const LABEL_PX = 180;
/** Bars drawn at most: a year's partners or countries run to dozens; the table lists them all. */
export const CHART_ROWS = 12;
/** A change (`+1 (+100 %)`) reads as one figure: never broken over two lines. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * One breakdown of the report (visits by country, letters by language...): a bar chart, and beneath
 * it the same numbers as a table. The chart is a picture named by its title; the table is what a
 * screen reader and a reader who wants the exact figures use. Until `drawChart`, the chart's room is
 * kept empty at its height: the page draws its tables first, the charts in the frame after.
 */
export function Breakdown({
  id,
  title,
  counts,
  previous,
  withTotal = true,
  drawChart = true,
}: {
  id: string;
  title: string;
  counts: readonly Count[];
  /** The previous period's rows when comparing, else null. */
  previous: readonly Count[] | null;
  /** A total row; not where one thing counts in several rows (a joint delegation under each partner). */
  withTotal?: boolean;
  /** Whether to draw the chart now; false keeps its room, blank. */
  drawChart?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const rows = compareCounts(counts, previous);
  const comparing = previous !== null;
  const headingId = `reports-${id}`;
  const current = t('reports.table.count');
  const before = t('reports.table.previous');
  const series = [
    { name: 'count', label: current, color: 'blue.6' },
    ...(comparing ? [{ name: 'previous', label: before, color: 'gray.5' }] : []),
  ];
  const charted = rows.slice(0, CHART_ROWS);
  const largest =
    rows.length > charted.length
      ? t('reports.charts.largest', { shown: charted.length, count: rows.length })
      : '';
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const totalBefore = rows.reduce((sum, r) => sum + r.previous, 0);
  const chartHeight = Math.max(120, charted.length * ROW_PX * (comparing ? 1.5 : 1) + 40);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.charts.empty')}
          </Text>
        ) : (
          <>
            <div
              role="img"
              aria-label={[t('reports.charts.alt', { title }), largest].filter(Boolean).join(' ')}
            >
              {drawChart ? (
                <BarChart
                  h={chartHeight}
                  data={charted.map((r) => ({ label: r.label, count: r.count, previous: r.previous }))}
                  dataKey="label"
                  orientation="vertical"
                  series={series}
                  withLegend={comparing}
                  withTooltip={false}
                  gridAxis="x"
                  yAxisProps={{ width: LABEL_PX, interval: 0 }}
                  xAxisProps={{ allowDecimals: false }}
                  barChartProps={{ accessibilityLayer: false }}
                  maxBarWidth={22}
                />
              ) : (
                <div style={{ height: chartHeight }} data-testid="chart-pending" />
              )}
            </div>
            {largest && (
              <Text size="xs" c="dimmed" aria-hidden>
                {largest}
              </Text>
            )}
            <Table striped withTableBorder fz="sm" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.table.name')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {current}
                  </Table.Th>
                  {comparing && (
                    <>
                      <Table.Th scope="col" ta="right">
                        {before}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('reports.table.change')}
                      </Table.Th>
                    </>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Th scope="row" fw={400}>
                      {r.label}
                    </Table.Th>
                    <Table.Td ta="right">{r.count}</Table.Td>
                    {comparing && (
                      <>
                        <Table.Td ta="right">{r.previous}</Table.Td>
                        <Table.Td ta="right" style={NOWRAP}>
                          {formatChange(change(r.count, r.previous), language)}
                        </Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              {withTotal && rows.length > 1 && (
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('reports.table.total')}</Table.Th>
                    <Table.Th ta="right">{total}</Table.Th>
                    {comparing && (
                      <>
                        <Table.Th ta="right">{totalBefore}</Table.Th>
                        <Table.Th ta="right" style={NOWRAP}>
                          {formatChange(change(total, totalBefore), language)}
                        </Table.Th>
                      </>
                    )}
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
