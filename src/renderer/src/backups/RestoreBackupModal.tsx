import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups-contract';
import { errorMessage } from '../errors';
import { SharingReplaceWarning } from '../sharing/SharingReplaceWarning';

interface RestoreBackupModalProps {
  backup: BackupInfo | null;
  when: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Restoring replaces everything, so it is said plainly that the current state is kept first. */
export function RestoreBackupModal({
  backup,
  when,
  pending,
  error,
  onConfirm,
  onClose,
}: RestoreBackupModalProps) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={t('backups.restore.title')}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('backups.restore.question', { when })}</Text>
        <Text size="sm" c="dimmed">
          {t('backups.restore.safety')}
        </Text>
        <SharingReplaceWarning from="backup" />
        {error !== null && <Alert color="red">{errorMessage(t, error, i18n.language)}</Alert>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={onConfirm} loading={pending}>
            {t('backups.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
