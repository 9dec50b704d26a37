import { memo } from 'react';
import { Anchor, Badge, Group, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharingStatus } from '../../../shared/sharing-contract';
import { useFormat } from '../format';
import { routeHref } from '../route';
import { useSharing } from './use-sharing';
import { recordName } from './conflict-words';

const COLOURS = {
  synced: 'green',
  syncing: 'blue',
  offline: 'gray',
  signIn: 'orange',
  failed: 'red',
} as const;

/** The sharing's state in words, as the frame and Settings show it. */
export function useSharingWords(): (status: SharingStatus) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (status) => {
    if (status.state === 'offline' && status.offlineSince) {
      return t('sharing.state.offline', { when: format.moment(status.offlineSince) });
    }
    if (status.state === 'off') return t('sharing.settings.title');
    if (
      status.state === 'syncing' &&
      status.progress &&
      status.progress.sent + status.progress.received > 0
    ) {
      return t('sharing.state.syncingProgress', status.progress);
    }
    if (status.state === 'synced' && status.pending > 0)
      return t('sharing.state.waiting', { count: status.pending });
    return t(`sharing.state.${status.state === 'offline' ? 'synced' : status.state}`);
  };
}

/**
 * In the app's header while sharing is on: synced, syncing, offline since when, or sign in again, as a
 * link to Settings; and the conflicts to settle, with a menu of the visits and records that have them.
 */
export const SharingIndicator = memo(function SharingIndicator() {
  const { t } = useTranslation();
  const words = useSharingWords();
  const status = useSharing().data;
  if (!status || status.state === 'off') return null;
  return (
    <Group gap="xs" data-testid="sharing-indicator">
      <Anchor href={routeHref({ name: 'settings' })} underline="never">
        <Badge variant="light" color={COLOURS[status.state]} data-state={status.state}>
          {/* The progress of a long exchange is told in Settings; the header stays short. */}
          {words({ ...status, progress: undefined })}
        </Badge>
      </Anchor>
      {status.conflicts > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton aria-label={t('sharing.state.conflicts', { count: status.conflicts })}>
              <Badge variant="filled" color="red" style={{ cursor: 'pointer' }}>
                {t('sharing.state.conflicts', { count: status.conflicts })}
              </Badge>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown data-testid="sharing-conflict-visits">
            {status.conflictVisits.map((visit) => (
              <Menu.Item key={visit.id} component="a" href={routeHref({ name: 'visit', id: visit.id })}>
                {visit.title}
              </Menu.Item>
            ))}
            {/* The office's other records are settled in Settings → Office sharing. */}
            {status.recordConflicts.map((record) => (
              <Menu.Item key={record.docId} component="a" href={routeHref({ name: 'settings' })}>
                {recordName(t, record.kind, record.label)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
});
