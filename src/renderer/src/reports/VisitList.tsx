import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportVisit } from '../../../shared/reports';
import { useFormat } from '../format';
import { routeHref } from '../route-address';
import { isStatus } from '../visits/statuses';

/**
 * Rows drawn at first: a year holds hundreds of visits, and drawing them all took the page over a second
 * (ten years of bench data: 1.9 s for a year, 0.6 s without the list); the rest on request.
 */
export const FIRST_ROWS = 50;

/** Every visit in the period with its dates and partner, each opening its page. */
export function VisitList({ visits }: { visits: readonly ReportVisit[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? visits : visits.slice(0, FIRST_ROWS);
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
                  {shown.map((v) => (
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
            {shown.length < visits.length && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setAll(true)}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('reports.visits.showAll', { count: visits.length })}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
