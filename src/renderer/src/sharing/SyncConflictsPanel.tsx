import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import type { SyncConflict } from '../../../shared/sync-conflicts';
import { api } from '../../api/client';
import { methodKey, queryClient, visitChanged } from '../queries';
import { navigate } from '../route';
import { ConflictCard } from './ConflictCard';
import { conflictSubject } from './conflict-words';

function Conflict({ visit, conflict }: { visit: Visit; conflict: SyncConflict }) {
  const { t } = useTranslation();
  const settle = useMutation({
    mutationFn: (choice: 'mine' | 'theirs') =>
      api['visits.resolveConflict']({ id: visit.id, path: conflict.path, choice }),
    onSuccess: async (result) => {
      if (result.deleted) {
        notifications.show({ color: 'green', message: t('sharing.conflict.settledDeleted') });
        navigate({ name: 'visits' });
        await visitChanged();
      } else {
        notifications.show({ color: 'green', message: t('sharing.conflict.settled') });
        await visitChanged(result.visit);
      }
      await queryClient.invalidateQueries({ queryKey: methodKey('sharing.status') });
    },
  });
  return (
    <ConflictCard
      subject={conflictSubject(t, conflict)}
      conflict={conflict}
      settle={(choice) => settle.mutate(choice)}
      pending={settle.isPending}
      error={settle.error}
    />
  );
}

/** Above a visit's sections while two officers' versions of it differ: each conflict, both values, a choice. */
export function SyncConflictsPanel({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const conflicts = visit.syncConflicts ?? [];
  if (conflicts.length === 0) return null;
  return (
    <Alert color="orange" title={t('sharing.conflict.title')} data-testid="sync-conflicts">
      <Text size="sm" mb="sm">
        {t('sharing.conflict.body')}
      </Text>
      <Stack gap="xs">
        {conflicts.map((conflict) => (
          <Conflict key={conflict.path} visit={visit} conflict={conflict} />
        ))}
      </Stack>
    </Alert>
  );
}
