import { Fragment } from 'react';
import { Anchor, Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../shared/contract';
import { useFormat } from '../format';
import { navigate, routeHref } from '../route';
import { StatusBadge } from './StatusBadge';

const COLUMNS = 7;

function VisitRow({ visit }: { visit: VisitSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = format.country(visit.partnerCountry);
  return (
    <Table.Tr
      data-testid="visit-row"
      style={{ cursor: 'pointer' }}
      onClick={(event) => {
        // The title is a real link; let it do its own navigation (and open-in-new-tab) untouched.
        if (!(event.target instanceof HTMLElement && event.target.closest('a')))
          navigate({ name: 'visit', id: visit.id });
      }}
    >
      <Table.Td w={28} pr={0}>
        <Box w={12} h={12} bg={visit.colour} style={{ borderRadius: '50%' }} aria-hidden="true" />
      </Table.Td>
      <Table.Td>
        <Anchor
          href={routeHref({ name: 'visit', id: visit.id })}
          size="sm"
          fw={600}
          c="inherit"
          underline="hover"
        >
          {visit.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{visit.partnerName || country || '—'}</Text>
        {visit.partnerName && country && (
          <Text size="xs" c="dimmed">
            {country}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {format.dateRange(visit.arrivalDate, visit.departureDate)}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={visit.status} />
      </Table.Td>
      <Table.Td ta="right" aria-label={t('visit.list.guestCount', { count: visit.guestCount })}>
        {visit.guestCount}
      </Table.Td>
      <Table.Td>{visit.headName || <Text c="dimmed">—</Text>}</Table.Td>
    </Table.Tr>
  );
}

/** Visits in the order the core gives: upcoming and current first, then past ones under their own heading. */
export function VisitTable({ visits, today }: { visits: VisitSummary[]; today: string }) {
  const { t } = useTranslation();
  const firstPast = visits.findIndex((visit) => visit.departureDate < today);
  return (
    <Table
      highlightOnHover
      verticalSpacing="sm"
      horizontalSpacing="md"
      aria-label={t('visit.list.tableLabel')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th aria-label={t('visit.field.colour')} />
          <Table.Th>{t('visit.list.visit')}</Table.Th>
          <Table.Th>{t('visit.list.partner')}</Table.Th>
          <Table.Th>{t('visit.list.dates')}</Table.Th>
          <Table.Th>{t('visit.field.status')}</Table.Th>
          <Table.Th ta="right">{t('visit.list.guests')}</Table.Th>
          <Table.Th>{t('visit.list.head')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.map((visit, index) => (
          <Fragment key={visit.id}>
            {index === firstPast && (
              <Table.Tr data-testid="past-divider">
                <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-gray-0)" py={6}>
                  <Text size="xs" fw={700} c="dimmed" role="heading" aria-level={3}>
                    {t('visit.list.past')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            <VisitRow visit={visit} />
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
