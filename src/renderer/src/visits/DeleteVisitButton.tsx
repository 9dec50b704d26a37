import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useOnceOpened } from '../once-opened';
import { TrashIcon } from '../icons';
import { useCall, visitChanged } from '../queries';
import { navigate } from '../route';

/** Brings a deleted visit back from the trash and opens it; said in the language of the moment. */
async function undoDelete(visit: Visit, noticeId: string, t: TFunction, language: string) {
  try {
    const detail = await api['visits.restore']({ id: visit.id });
    await visitChanged(detail);
    notifications.hide(noticeId);
    navigate({ name: 'visit', id: visit.id });
  } catch (error) {
    notifications.update({
      id: noticeId,
      color: 'red',
      message: errorMessage(t, error, language),
      autoClose: 8000,
    });
  }
}

function DeletedNotice({ visit, noticeId }: { visit: Visit; noticeId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" style={{ flex: 1 }}>
        {t('visit.delete.done', { title: visit.title })}
      </Text>
      <Button
        size="compact-sm"
        variant="light"
        style={{ flexShrink: 0 }}
        onClick={() => void undoDelete(visit, noticeId, t, i18n.language)}
      >
        {t('common.undo')}
      </Button>
    </Group>
  );
}

/** The question before deleting, and the deletion: drawn from the first time it is asked. */
function DeleteVisitDialog({
  visit,
  opened,
  onClose,
}: {
  visit: Visit;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useCall('visits.delete');

  const confirm = () =>
    remove.mutate(
      { id: visit.id },
      {
        onSuccess: () => {
          onClose();
          navigate({ name: 'visits' });
          const noticeId = `visit-deleted-${visit.id}`;
          notifications.show({
            id: noticeId,
            message: <DeletedNotice visit={visit} noticeId={noticeId} />,
            autoClose: 12_000,
            withCloseButton: true,
          });
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('visit.delete.title')}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('visit.delete.question', { title: visit.title })}</Text>
        {remove.isError && <Alert color="red">{errorMessage(t, remove.error, i18n.language)}</Alert>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={remove.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            {t('visit.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Deleting asks first; afterwards a notice offers to undo, since the core keeps the file in its trash. */
export function DeleteVisitButton({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askedOnce = useOnceOpened(asking);
  return (
    <>
      <Button variant="default" color="red" leftSection={<TrashIcon />} onClick={() => setAsking(true)}>
        {t('common.delete')}
      </Button>
      {askedOnce && <DeleteVisitDialog visit={visit} opened={asking} onClose={() => setAsking(false)} />}
    </>
  );
}
