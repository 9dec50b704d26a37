import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { missingFieldLabel } from './missing-fields';
import { refusedTexts } from './missing-texts';
import type { BulkOutcome } from './use-bulk-issue';

/** What a batch wrote and what it refused, and why, so the officer knows whom to chase for data. */
export function BulkSummary({ outcomes, visit }: { outcomes: readonly BulkOutcome[]; visit?: Visit }) {
  const { t, i18n } = useTranslation();
  const { language } = useFormat();
  const written = outcomes.flatMap((o) => (o.ok ? [o] : []));
  const refused = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const exists = (key: string) => i18n.exists(key);
  const reason = (o: Extract<BulkOutcome, { ok: false }>) => {
    if (o.missing) {
      return t('letters.bulk.missing', {
        fields: o.missing.map((path) => missingFieldLabel(t, path, exists)).join(', '),
      });
    }
    const texts = refusedTexts(t, o.error, { visit, guestId: o.job.guest.id }, language);
    if (texts) {
      return t('letters.bulk.notInLanguage', {
        inLanguage: t(`letters.texts.in.${o.job.language}`),
        fields: texts.join(', '),
      });
    }
    return errorMessage(t, o.error, language);
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={4}>{t('letters.bulk.writtenTitle', { count: written.length })}</Title>
        {written.length > 0 && (
          <Table withTableBorder verticalSpacing={6} aria-label={t('letters.bulk.writtenLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letters.bulk.number')}</Table.Th>
                <Table.Th>{t('letters.bulk.guest')}</Table.Th>
                <Table.Th>{t('letters.bulk.language')}</Table.Th>
                <Table.Th>{t('letters.bulk.file')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {written.map((o) => (
                <Table.Tr key={`${o.job.guest.id}-${o.job.language}`} data-testid="bulk-written">
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {o.number}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{guestName(o.job.guest)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t(`guest.languages.${o.job.language}`)}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm" ff="monospace">
                      {o.fileName}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {refused.length > 0 && (
        <Stack gap="xs">
          <Title order={4} c="red.8">
            {t('letters.bulk.refusedTitle', { count: refused.length })}
          </Title>
          <Table withTableBorder verticalSpacing={6} aria-label={t('letters.bulk.refusedLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letters.bulk.guest')}</Table.Th>
                <Table.Th>{t('letters.bulk.language')}</Table.Th>
                <Table.Th>{t('letters.bulk.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {refused.map((o) => (
                <Table.Tr key={`${o.job.guest.id}-${o.job.language}`} data-testid="bulk-refused">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{guestName(o.job.guest)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t(`guest.languages.${o.job.language}`)}
                  </Table.Td>
                  <Table.Td>{reason(o)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
