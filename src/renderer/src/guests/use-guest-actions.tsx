import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Guest } from '../../../shared/domain';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { changed, useCall } from '../queries';
import { offerUndo } from '../shell/undo';
import { guestName } from '../../../shared/guest-name';
import { guestData } from './form-values';

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
async function restoreGuest(visitId: string, guest: Guest, index: number, t: TFunction) {
  const detail = await api['guests.add']({ visitId, guest: guestData(guest), index });
  await changed('guests.add', detail);
  notifications.show({
    color: 'green',
    message: t('guest.notify.restored', { name: guestName(guest) }),
  });
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
        onSuccess: () =>
          offerUndo(
            t('guest.notify.removed', { name: guestName(guest) }),
            () => restoreGuest(visitId, guest, Math.max(index, 0), t),
            t,
            language,
          ),
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
