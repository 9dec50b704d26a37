import { useRef, useState } from 'react';
import { Alert, Button, Card, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { saveFiles } from '../letters/save-files';
import { fileToBase64 } from '../read-file';
import { useAppStatus } from '../queries';
import { ArchiveImportModal } from './ArchiveImportModal';

/** All data as one file, to move to another laptop; and the way back in. */
export function ArchiveCard() {
  const { t, i18n } = useTranslation();
  const status = useAppStatus();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);

  const exportAll = useMutation({
    mutationFn: async () => {
      const file = await api['backups.exportArchive']({});
      return saveFiles(status.data?.host ?? 'browser', [{ name: file.fileName, base64: file.base64 }]);
    },
    onSuccess: (outcome) => {
      if (outcome.kind !== 'cancelled')
        notifications.show({ color: 'teal', message: t('backups.archive.exported') });
    },
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="xs">
        {t('backups.archive.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('backups.archive.body')}
      </Text>
      <Group gap="sm">
        <Button variant="default" onClick={() => exportAll.mutate()} loading={exportAll.isPending}>
          {t('backups.archive.export')}
        </Button>
        <Button variant="default" onClick={() => input.current?.click()}>
          {t('backups.archive.import')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".qonaq,application/json"
          hidden
          data-testid="archive-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0] ?? null;
            event.currentTarget.value = '';
            setChosen(file);
          }}
        />
      </Group>
      {exportAll.isError && (
        <Alert color="red" mt="md">
          {errorMessage(t, exportAll.error, i18n.language)}
        </Alert>
      )}
      <ArchiveImportModal
        archive={chosen && { name: chosen.name, base64: () => fileToBase64(chosen) }}
        onClose={() => setChosen(null)}
      />
    </Card>
  );
}
