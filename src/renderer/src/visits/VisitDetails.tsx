import type { ReactNode } from 'react';
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';

function Detail({ label, children, span }: { label: string; children: string; span?: boolean }): ReactNode {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={span ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      {children ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.notGiven')}
        </Text>
      )}
    </Stack>
  );
}

/** The visit's own facts, as the officer entered them; partner and dates are in the header above. */
export function VisitDetails({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="visit-details">
      <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
        <Detail label={t('visit.field.hostUnit')}>{visit.hostUnit}</Detail>
        <Detail label={t('visit.field.responsibleOfficer')}>{visit.responsibleOfficer}</Detail>
        <Detail label={t('visit.field.purpose')} span>
          {visit.purpose}
        </Detail>
        {visit.notes && (
          <Detail label={t('visit.field.notes')} span>
            {visit.notes}
          </Detail>
        )}
      </SimpleGrid>
    </Card>
  );
}
