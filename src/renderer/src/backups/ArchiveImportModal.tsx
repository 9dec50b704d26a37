import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { SharingReplaceWarning } from '../sharing/SharingReplaceWarning';
import { AppModal } from '../shell/AppModal';

/** An archive about to replace all data: one the user chose, or one the system opened Qonaq with. */
export interface ArchiveToImport {
  name: string;
  /** Where it lies, for an archive Qonaq was opened with: the user sees which file it is before saying yes. */
  path?: string;
  base64: () => Promise<string>;
}

/**
 * Asks before an archive replaces every visit and setting, and imports it only when the user says so
 * (`backups.importArchive`, which keeps the state before it as a backup).
 */
export function ArchiveImportModal({
  archive,
  onClose,
}: {
  archive: ArchiveToImport | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const importAll = useMutation({
    mutationFn: async (chosen: ArchiveToImport) =>
      api['backups.importArchive']({ base64: await chosen.base64() }),
    onSuccess: async ({ visitCount }) => {
      close();
      await client.invalidateQueries();
      notifications.show({ color: 'teal', message: t('backups.archive.imported', { count: visitCount }) });
    },
  });
  function close() {
    importAll.reset();
    onClose();
  }

  return (
    <AppModal
      opened={archive !== null}
      onClose={close}
      title={t('backups.archive.confirmTitle')}
      closeOnClickOutside={false}
    >
      <Stack>
        {archive?.path && (
          <Stack gap={4}>
            <Text size="sm">{t('backups.archive.openedWith')}</Text>
            <Code
              block
              data-testid="opened-archive-path"
              style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            >
              {archive.path}
            </Code>
          </Stack>
        )}
        <Text size="sm">{t('backups.archive.confirmBody', { file: archive?.name ?? '' })}</Text>
        <SharingReplaceWarning from="archive" />
        {importAll.isError && <Alert color="red">{errorMessage(t, importAll.error, i18n.language)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={importAll.isPending}
            onClick={() => archive && importAll.mutate(archive)}
          >
            {t('backups.archive.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
