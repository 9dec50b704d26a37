import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Code,
  CopyButton,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups-contract';
import { bakuTime, todayInBaku } from '../../../shared/dates';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { ArchiveIcon, FolderIcon } from '../icons';
import { keys, methodKey, queryOptions, useAppStatus } from '../queries';
import { RestoreBackupModal } from './RestoreBackupModal';
import { ArchiveCard } from './ArchiveCard';
import { BackupSpaceCard } from './BackupSpaceCard';

/** Backups are stamped as instants; the office reads them on Baku's clock, whatever the laptop says. */
function useBakuDateTime() {
  const format = useFormat();
  return (instant: string) => {
    const at = new Date(instant);
    if (Number.isNaN(at.getTime())) return instant;
    return `${format.date(todayInBaku(at))}, ${bakuTime(at)}`;
  };
}

function DataFolder() {
  const { t } = useTranslation();
  const status = useAppStatus();
  const dataDir = status.data?.dataDir;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group gap="sm" mb="xs">
        <FolderIcon />
        <Title order={4}>{t('backups.folder.title')}</Title>
      </Group>
      <Text size="sm" mb="sm">
        {t('backups.folder.body')}
      </Text>
      {dataDir && (
        <Group gap="sm" wrap="nowrap">
          <Code data-testid="data-dir" style={{ flex: 1, wordBreak: 'break-all' }} py={6} px="sm">
            {dataDir}
          </Code>
          <CopyButton value={dataDir}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
    </Card>
  );
}

export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const when = useBakuDateTime();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const backups = useQuery(queryOptions('backups.list', {}));
  const create = useMutation({
    mutationFn: () => api['backups.create']({}),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.backups });
      await client.invalidateQueries({ queryKey: methodKey('backups.space') });
      notifications.show({ color: 'teal', message: t('backups.created') });
    },
  });
  const restore = useMutation({
    mutationFn: (backup: BackupInfo) => api['backups.restore']({ id: backup.id }),
    onSuccess: async (_result, backup) => {
      setRestoring(null);
      // Every screen may now show other data: fetch everything anew.
      await client.invalidateQueries();
      notifications.show({
        color: 'teal',
        message: t('backups.restore.done', { when: when(backup.createdAt) }),
      });
    },
  });

  const list = backups.data ?? [];
  return (
    <Stack gap="lg" maw={1080}>
      <Group justify="space-between" align="center">
        <div>
          <Title order={2}>{t('backups.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('backups.intro')}
          </Text>
        </div>
        <Button leftSection={<ArchiveIcon />} onClick={() => create.mutate()} loading={create.isPending}>
          {t('backups.createNow')}
        </Button>
      </Group>
      {create.isError && <Alert color="red">{errorMessage(t, create.error, i18n.language)}</Alert>}
      {backups.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {backups.isError && <Alert color="red">{errorMessage(t, backups.error, i18n.language)}</Alert>}
      {backups.isSuccess && list.length === 0 && <Text c="dimmed">{t('backups.empty')}</Text>}
      {list.length > 0 && (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('backups.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.column.createdAt')}</Table.Th>
                <Table.Th>{t('backups.column.reason')}</Table.Th>
                <Table.Th>{t('backups.column.visits')}</Table.Th>
                <Table.Th aria-label={t('backups.column.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((backup) => (
                <Table.Tr key={backup.id} data-testid="backup-row">
                  <Table.Td>{when(backup.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={backup.reason === 'manual' ? 'blue' : 'gray'} tt="none">
                      {t(`backups.reason.${backup.reason}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t('backups.visitCount', { count: backup.visitCount })}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="default" onClick={() => setRestoring(backup)}>
                      {t('backups.restore.action')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <BackupSpaceCard />
      <ArchiveCard />
      <DataFolder />
      <RestoreBackupModal
        backup={restoring}
        when={restoring ? when(restoring.createdAt) : ''}
        pending={restore.isPending}
        error={restore.isError ? restore.error : null}
        onConfirm={() => restoring && restore.mutate(restoring)}
        onClose={() => {
          setRestoring(null);
          restore.reset();
        }}
      />
    </Stack>
  );
}
