import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportVisit } from '../../../shared/reports';
import { useFormat } from '../format';
import { routeHref } from '../route-address';
import { isStatus } from '../visits/statuses';

/** Every visit in the period with its dates and partner, each opening its page. */
export function VisitList({ visits }: { visits: readonly ReportVisit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = (value: string) => (/^[A-Z]{2}$/.test(value) ? format.country(value) : value);
  const status = (value: string) => (isStatus(value) ? t(`visit.status.${value}`) : value);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reports-visit-list">
      <Stack gap="sm">
        <Title order={3} size="h4" id="reports-visit-list">
          {t('reports.visits.title')}
        </Title>
        {visits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.visits.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('reports.visits.count', { count: visits.length })}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table
                striped
                withTableBorder
                fz="sm"
                aria-labelledby="reports-visit-list"
                data-testid="report-visits"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.visits.name')}</Table.Th>
                    <Table.Th scope="col">{t('reports.visits.partner')}</Table.Th>
                    <Table.Th scope="col">{t('reports.visits.country')}</Table.Th>
                    <Table.Th scope="col">{t('reports.visits.dates')}</Table.Th>
                    <Table.Th scope="col">{t('reports.visits.status')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('reports.visits.guests')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visits.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <Anchor href={routeHref({ name: 'visit', id: v.id })} size="sm">
                          {v.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{v.partner}</Table.Td>
                      <Table.Td>{country(v.country)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {format.dateRange(v.arrivalDate, v.departureDate)}
                      </Table.Td>
                      <Table.Td>{status(v.status)}</Table.Td>
                      <Table.Td ta="right">{v.guests}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
}
