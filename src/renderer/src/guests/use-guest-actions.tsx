import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Guest } from '../../../shared/domain';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useCall, visitChanged } from '../queries';
import { guestData, guestDisplayName } from './form-values';

function showFailure(t: TFunction, error: unknown, language: string) {
  notifications.show({
    color: 'red',
    title: t('guest.notify.failed'),
    message: errorMessage(t, error, language),
  });
}

/**
 * Undo puts the same guest back at the same place. It talks to the api directly rather than through
 * a hook, because the notification may outlive the panel that removed the guest.
 */
async function restoreGuest(visitId: string, guest: Guest, index: number, t: TFunction, language: string) {
  try {
    const detail = await api['guests.add']({ visitId, guest: guestData(guest), index });
    await visitChanged(detail);
    notifications.show({
      color: 'green',
      message: t('guest.notify.restored', { name: guestDisplayName(guest) }),
    });
  } catch (error) {
    showFailure(t, error, language);
  }
}

/** Removing (with undo) and reordering the guests of one visit. */
export function useGuestActions(visitId: string, guests: readonly Guest[]) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const remove = useCall('guests.remove');
  const reorder = useCall('guests.reorder');

  const removeGuest = (guest: Guest) => {
    const index = guests.findIndex((g) => g.id === guest.id);
    remove.mutate(
      { visitId, guestId: guest.id },
      {
        onSuccess: () => {
          const id = `guest-removed-${guest.id}`;
          const name = guestDisplayName(guest);
          notifications.show({
            id,
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{t('guest.notify.removed', { name })}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    // Hidden first, so a second click cannot add the guest twice.
                    notifications.hide(id);
                    void restoreGuest(visitId, guest, Math.max(index, 0), t, language);
                  }}
                >
                  {t('guest.notify.undo')}
                </Button>
              </Group>
            ),
          });
        },
        onError: (error) => showFailure(t, error, language),
      },
    );
  };

  const move = (guest: Guest, step: -1 | 1) => {
    const ids = guests.map((g) => g.id);
    const from = ids.indexOf(guest.id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= ids.length) return;
    const [moved] = ids.splice(from, 1);
    if (moved === undefined) return;
    ids.splice(to, 0, moved);
    reorder.mutate({ visitId, guestIds: ids }, { onError: (error) => showFailure(t, error, language) });
  };

  return { removeGuest, move, busy: remove.isPending || reorder.isPending };
}
