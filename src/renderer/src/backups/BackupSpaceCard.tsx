import { Alert, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';
import { ArchiveIcon } from '../icons';
import { queryOptions } from '../queries';
import { formatBytes } from './format-bytes';

/** Which backups are kept, in words, and the space they take against the budget. */
export function BackupSpaceCard() {
  const { t, i18n } = useTranslation();
  const space = useQuery(queryOptions('backups.space', {}));
  if (space.isError) return <Alert color="red">{errorMessage(t, space.error, i18n.language)}</Alert>;
  if (!space.data) return null;
  const { policy, usedBytes, budgetBytes } = space.data;
  const share = budgetBytes > 0 ? Math.min(100, (usedBytes / budgetBytes) * 100) : 100;
  const used = t('backups.space.used', {
    used: formatBytes(t, usedBytes),
    budget: formatBytes(t, budgetBytes),
  });
  return (
    <Card withBorder radius="md" padding="lg" data-testid="backup-space">
      <Group gap="sm" mb="xs">
        <ArchiveIcon />
        <Title order={4}>{t('backups.space.title')}</Title>
      </Group>
      <Stack gap="sm">
        <List size="sm" spacing={4}>
          <List.Item>{t('backups.space.recent', { count: policy.keepAllHours })}</List.Item>
          <List.Item>{t('backups.space.daily', { count: policy.dailyDays })}</List.Item>
          <List.Item>{t('backups.space.monthly')}</List.Item>
          <List.Item>{t('backups.space.always')}</List.Item>
        </List>
        <Text size="sm">
          {t('backups.space.budget', {
            budget: formatBytes(t, policy.budgetBytes),
            count: policy.budgetDataMultiple,
          })}
        </Text>
        <Progress value={share} color={share >= 90 ? 'orange' : 'teal'} aria-label={used} />
        <Text size="sm" fw={500} data-testid="backup-space-used">
          {used}
        </Text>
      </Stack>
    </Card>
  );
}
