import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { navigate, routeHref } from '../route';
import { translatedName } from './partner-values';
import { plainClick } from '../plain-click';

/** The directory: a row a partner, its name as the organisation writes it first; a click opens its page. */
export function PartnersTable({ partners }: { partners: readonly PartnerSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-label={t('partners.table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('partners.table.name')}</Table.Th>
            <Table.Th>{t('partners.table.shortName')}</Table.Th>
            <Table.Th>{t('partners.table.country')}</Table.Th>
            <Table.Th>{t('partners.table.city')}</Table.Th>
            <Table.Th>{t('partners.table.kind')}</Table.Th>
            <Table.Th ta="right">{t('partners.table.visits')}</Table.Th>
            <Table.Th ta="right">{t('partners.table.agreements')}</Table.Th>
            <Table.Th>{t('partners.table.nextEnd')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => {
            const beneath = translatedName(partner, format.language);
            const href = routeHref({ name: 'partner', id: partner.id });
            return (
              <Table.Tr
                key={partner.id}
                data-testid="partner-row"
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  if (!plainClick(event)) return;
                  event.preventDefault();
                  navigate({ name: 'partner', id: partner.id });
                }}
              >
                <Table.Td>
                  <Anchor href={href} fw={600} c="inherit" size="sm">
                    {partner.officialName}
                  </Anchor>
                  {beneath && (
                    <Text size="xs" c="dimmed">
                      {beneath}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{partner.shortName}</Table.Td>
                <Table.Td>{format.country(partner.country)}</Table.Td>
                <Table.Td>{partner.city}</Table.Td>
                <Table.Td>{t(`partners.kind.${partner.kind}`)}</Table.Td>
                <Table.Td ta="right">{partner.visitCount}</Table.Td>
                <Table.Td ta="right">{partner.agreementCount}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {partner.nextEnd ? format.date(partner.nextEnd) : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
