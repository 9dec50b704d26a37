import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerVisit } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { routeHref } from '../route';
import { SectionTitle } from '../SectionTitle';
import { statusBadge } from '../visits/status-badge';

/** Every visit of the partner, planned and past, as the core orders them, each opening its visit. */
export function PartnerVisits({ visits }: { visits: readonly PartnerVisit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="section" gap="md" aria-labelledby="partner-visits-title">
      <SectionTitle id="partner-visits-title" title={t('partners.visits.title')} count={visits.length} />
      {visits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partners.visits.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table withTableBorder verticalSpacing="xs" aria-labelledby="partner-visits-title">
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
      )}
    </Stack>
  );
}
