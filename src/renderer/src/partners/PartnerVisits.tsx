import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerVisit } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { routeHref } from '../route';
import { statusBadge } from '../visits/status-badge';

/** Visits of the partner (one year's, latest first), each opening its visit, with guests, head and letters. */
export function PartnerVisitsTable({ visits, label }: { visits: readonly PartnerVisit[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table withTableBorder verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('partners.visits.dates')}</Table.Th>
            <Table.Th>{t('partners.visits.visit')}</Table.Th>
            <Table.Th>{t('partners.visits.status')}</Table.Th>
            <Table.Th ta="right">{t('partners.visits.guests')}</Table.Th>
            <Table.Th>{t('partners.visits.head')}</Table.Th>
            <Table.Th ta="right">{t('partners.visits.letters')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.id} data-testid="partner-visit">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.dateRange(visit.arrivalDate, visit.departureDate)}
              </Table.Td>
              <Table.Td>
                <Anchor href={routeHref({ name: 'visit', id: visit.id })} size="sm" fw={600}>
                  {visit.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <span {...statusBadge(visit.status)}>{t(`visit.status.${visit.status}`)}</span>
              </Table.Td>
              <Table.Td ta="right">{visit.guestCount}</Table.Td>
              <Table.Td>{visit.headName}</Table.Td>
              <Table.Td ta="right">{visit.letterCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
