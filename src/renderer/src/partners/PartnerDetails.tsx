import type { ReactNode } from 'react';
import { Anchor, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../shared/languages';
import type { Partner } from '../../../shared/partners';
import { SectionTitle } from '../SectionTitle';

function Detail({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Stack gap={2} style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** A web address as a link that opens outside the app; a bare host name is taken as https. */
const websiteHref = (site: string) => (/^https?:\/\//i.test(site) ? site : `https://${site}`);

/** Who the partner is, in each language, and the people to write to there. */
export function PartnerDetails({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const missing = (
    <Text span size="sm" c="dimmed">
      {t('common.notGiven')}
    </Text>
  );
  return (
    <Stack component="section" gap="md" aria-labelledby="partner-details-title">
      <SectionTitle id="partner-details-title" title={t('partners.page.details')} />
      <Paper withBorder radius="md" p="lg" data-testid="partner-details">
        <SimpleGrid cols={3} spacing="lg" verticalSpacing="md">
          {LANGUAGES.map((l) => (
            <Detail key={l} label={t(`partners.form.name.${l}`)}>
              {partner.names[l] ? <span lang={l}>{partner.names[l]}</span> : missing}
            </Detail>
          ))}
          <Detail label={t('partners.form.website')}>
            {partner.website ? (
              <Anchor href={websiteHref(partner.website)} target="_blank" rel="noreferrer" size="sm">
                {partner.website}
              </Anchor>
            ) : (
              missing
            )}
          </Detail>
          {partner.notes && (
            <Detail label={t('partners.form.notes')} wide>
              {partner.notes}
            </Detail>
          )}
        </SimpleGrid>
      </Paper>
      <Text fw={600} id="partner-contacts-title">
        {t('partners.form.contacts')}
      </Text>
      {partner.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partners.page.noContacts')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs" aria-labelledby="partner-contacts-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partners.form.contact.name')}</Table.Th>
              <Table.Th>{t('partners.form.contact.position')}</Table.Th>
              <Table.Th>{t('partners.form.contact.email')}</Table.Th>
              <Table.Th>{t('partners.form.contact.phone')}</Table.Th>
              <Table.Th>{t('partners.form.contact.language')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partner.contacts.map((contact, index) => (
              <Table.Tr key={index} data-testid="partner-contact">
                <Table.Td fw={500}>{contact.name}</Table.Td>
                <Table.Td>{contact.position}</Table.Td>
                <Table.Td>
                  {contact.email && (
                    <Anchor href={`mailto:${contact.email}`} size="sm">
                      {contact.email}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{contact.phone}</Table.Td>
                <Table.Td>{contact.language ? LANGUAGE_NAMES[contact.language] : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
