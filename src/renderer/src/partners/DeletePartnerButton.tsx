import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/partners';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { TrashIcon } from '../icons';
import { navigate } from '../route';
import { partnersChanged } from './links/partner-data';

/** Brings a deleted partner (and its agreements) back from the trash and opens its page. */
async function undoDelete(partner: Partner, noticeId: string, t: TFunction, language: string) {
  try {
    await api['partners.restore']({ id: partner.id });
    await partnersChanged();
    notifications.hide(noticeId);
    navigate({ name: 'partner', id: partner.id });
  } catch (error) {
    notifications.update({
      id: noticeId,
      color: 'red',
      message: errorMessage(t, error, language),
      autoClose: 8000,
    });
  }
}

function DeletedNotice({ partner, noticeId }: { partner: Partner; noticeId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" data-testid="partner-deleted">
      <Text size="sm" style={{ flex: 1 }}>
        {t('partners.delete.done', { name: partner.officialName })}
      </Text>
      <Button
        size="compact-sm"
        variant="light"
        style={{ flexShrink: 0 }}
        onClick={() => void undoDelete(partner, noticeId, t, i18n.language)}
      >
        {t('common.undo')}
      </Button>
    </Group>
  );
}

/** Deleting asks first; afterwards a notice offers to undo, since the core keeps the partner in its trash. */
export function DeletePartnerButton({ partner, agreements }: { partner: Partner; agreements: number }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  // The page is left before the lists are asked again: asked on it, the partner's page would flash "not found".
  const remove = useMutation({
    mutationFn: () => api['partners.delete']({ id: partner.id }),
    onSuccess: async () => {
      setAsking(false);
      navigate({ name: 'partners' });
      const noticeId = `partner-deleted-${partner.id}`;
      notifications.show({
        id: noticeId,
        message: <DeletedNotice partner={partner} noticeId={noticeId} />,
        autoClose: 12_000,
        withCloseButton: true,
      });
      await partnersChanged();
    },
  });
  const confirm = () => remove.mutate();
  return (
    <>
      <Button variant="default" color="red" leftSection={<TrashIcon />} onClick={() => setAsking(true)}>
        {t('common.delete')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('partners.delete.title')}
        centered
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('partners.delete.question', { name: partner.officialName, count: agreements })}
          </Text>
          {remove.isError && <Alert color="red">{errorMessage(t, remove.error, i18n.language)}</Alert>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)} disabled={remove.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              {t('partners.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
