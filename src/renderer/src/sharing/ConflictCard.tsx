import { Alert, Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../shared/sync-conflicts';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { conflictValue } from './conflict-words';

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

/**
 * One conflict, of a visit or of a record: what it is about, this computer's value and the office's,
 * each with who gave it and when, and the choice of one. `settle` runs the choice; while it runs both
 * buttons wait, and a refusal is said under the values.
 */
export function ConflictCard(props: {
  subject: string;
  conflict: SyncConflict;
  settle: (choice: 'mine' | 'theirs') => void;
  pending: boolean;
  error: unknown;
}) {
  const { subject, conflict, settle, pending, error } = props;
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="sync-conflict">
      <Text size="sm" fw={600} mb="xs">
        {subject}
      </Text>
      <SimpleGrid cols={2} spacing="md">
        <Side conflict={conflict} side="mine" />
        <Side conflict={conflict} side="theirs" />
      </SimpleGrid>
      {conflict.others && conflict.others.length > 0 && <Others conflict={conflict} />}
      {error !== null && error !== undefined && (
        <Alert color="red" mt="xs" role="alert">
          {errorMessage(t, error, language)}
        </Alert>
      )}
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="default" onClick={() => settle('mine')} loading={pending}>
          {t('sharing.conflict.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={() => settle('theirs')} loading={pending}>
          {t('sharing.conflict.keepTheirs')}
        </Button>
      </Group>
    </Paper>
  );
}
