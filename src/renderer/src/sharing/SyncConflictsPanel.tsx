import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import type { SyncConflict } from '../../../shared/sync-conflicts';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { methodKey, queryClient, visitChanged } from '../queries';
import { navigate } from '../route';
import { conflictSubject, conflictValue } from './conflict-words';

function Side({ conflict, side }: { conflict: SyncConflict; side: 'mine' | 'theirs' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const by = side === 'mine' ? conflict.mineBy : conflict.theirsBy;
  const at = side === 'mine' ? conflict.mineAt : conflict.theirsAt;
  const when = at ? format.moment(at) : '';
  return (
    <div data-testid={`conflict-${side}`}>
      <Text size="xs" c="dimmed">
        {t(`sharing.conflict.${side}`)}
        {by ? ` · ${t('sharing.conflict.by', { by, when })}` : ''}
      </Text>
      <Text size="sm" fw={600}>
        {conflictValue(t, conflict, side)}
      </Text>
    </div>
  );
}

/** Values of the field a third officer (or more) gave: shown, so that none is lost from sight. */
function Others({ conflict }: { conflict: SyncConflict }) {
  const { t } = useTranslation();
  const values = (conflict.others ?? []).map((other) =>
    other.by
      ? `${conflictValue(t, { ...conflict, mine: other.value }, 'mine')} (${other.by})`
      : conflictValue(t, { ...conflict, mine: other.value }, 'mine'),
  );
  return (
    <Text size="xs" c="dimmed" mt="xs" data-testid="conflict-others">
      {t('sharing.conflict.also', { values: values.join('; ') })}
    </Text>
  );
}

function Conflict({ visit, conflict }: { visit: Visit; conflict: SyncConflict }) {
  const { t } = useTranslation();
  const { language } = useFormat();
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
    <Paper withBorder p="sm" radius="md" data-testid="sync-conflict">
      <Text size="sm" fw={600} mb="xs">
        {conflictSubject(t, conflict)}
      </Text>
      <SimpleGrid cols={2} spacing="md">
        <Side conflict={conflict} side="mine" />
        <Side conflict={conflict} side="theirs" />
      </SimpleGrid>
      {conflict.others && conflict.others.length > 0 && <Others conflict={conflict} />}
      {settle.isError && (
        <Alert color="red" mt="xs" role="alert">
          {errorMessage(t, settle.error, language)}
        </Alert>
      )}
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="default" onClick={() => settle.mutate('mine')} loading={settle.isPending}>
          {t('sharing.conflict.keepMine')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => settle.mutate('theirs')}
          loading={settle.isPending}
        >
          {t('sharing.conflict.keepTheirs')}
        </Button>
      </Group>
    </Paper>
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
