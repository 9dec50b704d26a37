import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from '../errors';

/**
 * The last change that can be taken back, by the notice's button or by Ctrl+Z on the calendar.
 * One at a time: a newer change replaces the offer, as its notice replaces the older one.
 */
let pending: { noticeId: string; run: () => Promise<void> } | null = null;
let counter = 0;

/** Shows `message` with an Undo button that runs `undo` once. */
export function offerUndo(
  message: string,
  undo: () => Promise<unknown>,
  t: TFunction,
  language: string,
): void {
  const noticeId = `calendar-undo-${++counter}`;
  const run = async () => {
    if (pending?.noticeId === noticeId) pending = null;
    try {
      await undo();
      notifications.hide(noticeId);
    } catch (error) {
      notifications.update({
        id: noticeId,
        color: 'red',
        message: errorMessage(t, error, language),
        autoClose: 8000,
      });
    }
  };
  if (pending) notifications.hide(pending.noticeId);
  pending = { noticeId, run };
  notifications.show({
    id: noticeId,
    autoClose: 12_000,
    withCloseButton: true,
    onClose: () => {
      if (pending?.noticeId === noticeId) pending = null;
    },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="md" data-testid="undo-notice">
        <Text size="sm" style={{ flex: 1 }}>
          {message}
        </Text>
        <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => void run()}>
          {t('common.undo')}
        </Button>
      </Group>
    ),
  });
}

/** Takes back the last change still on offer; false when there is none. */
export function undoLast(): boolean {
  if (!pending) return false;
  void pending.run();
  return true;
}
