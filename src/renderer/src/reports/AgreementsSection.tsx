import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_GROUPS, EXPIRING_DAYS } from '../../../shared/report-constants';
import type { Figures } from '../../../shared/reports';

/** The agreements signed, renewed, ending soon and ended, each group a list with its number. */
export function AgreementsSection({ agreements }: { agreements: Figures['agreements'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reports-agreements">
      <Stack gap="sm">
        <Title order={3} size="h4" id="reports-agreements">
          {t('reports.agreements.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {AGREEMENT_GROUPS.map((group) => {
            const items = agreements[group];
            const headingId = `reports-agreements-${group}`;
            return (
              <div key={group} data-testid={`agreements-${group}`}>
                <Text fw={600} size="sm" id={headingId}>
                  {t(`reports.agreements.${group}`, { count: EXPIRING_DAYS })}: {items.length}
                </Text>
                {items.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('reports.agreements.none')}
                  </Text>
                ) : (
                  <List size="sm" spacing={2} aria-labelledby={headingId}>
                    {items.map((item) => (
                      <List.Item key={item.key}>{item.label}</List.Item>
                    ))}
                  </List>
                )}
              </div>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
