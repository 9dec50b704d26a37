import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecordConflictView } from '../../../shared/sharing-contract';
import type { SyncConflict } from '../../../shared/sync-conflicts';
import { api } from '../../api/client';
import { queryClient, queryKey } from '../queries';
import { ConflictCard } from './ConflictCard';
import { recordConflictSubject, recordName } from './conflict-words';

function Conflict({ docId, conflict }: { docId: string; conflict: SyncConflict }) {
  const { t } = useTranslation();
  const settle = useMutation({
    mutationFn: (choice: 'mine' | 'theirs') =>
      api['sharing.resolveRecordConflict']({ docId, path: conflict.path, choice }),
    onSuccess: async (status) => {
      notifications.show({ color: 'green', message: t('sharing.conflict.settled') });
      queryClient.setQueryData(queryKey('sharing.status', {}), status);
      // The record changed may be on any page: partners, agreements, hotels, the institution.
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'sharing.status' && query.queryKey[0] !== 'app.status',
      });
    },
  });
  return (
    <ConflictCard
      subject={recordConflictSubject(t, conflict)}
      conflict={conflict}
      settle={(choice) => settle.mutate(choice)}
      pending={settle.isPending}
      error={settle.error}
    />
  );
}

/**
 * In Settings → Office sharing while a partner, an agreement, a hotel or the institution has two
 * versions: each record by name, each of its conflicts with both values, and a choice.
 */
export function RecordConflictsPanel({ records }: { records: RecordConflictView[] }) {
  const { t } = useTranslation();
  if (records.length === 0) return null;
  return (
    <Alert
      color="orange"
      title={t('sharing.records.title')}
      data-testid="record-conflicts"
      id="record-conflicts"
    >
      <Text size="sm" mb="sm">
        {t('sharing.records.body')}
      </Text>
      <Stack gap="md">
        {records.map((record) => (
          <Stack key={record.docId} gap="xs" data-testid="record-conflict">
            <Text size="sm" fw={700}>
              {recordName(t, record.kind, record.label)}
            </Text>
            {record.conflicts.map((conflict) => (
              <Conflict key={conflict.path} docId={record.docId} conflict={conflict} />
            ))}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
