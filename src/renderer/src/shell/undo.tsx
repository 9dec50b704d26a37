import { useEffect } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from '../errors';

/**
 * The one way a change is offered back: a notice saying what was done, with an Undo button; on the
 * calendar Ctrl+Z presses it too (`useUndoShortcut`), elsewhere the shortcut presses the visible button.
 * One offer at a time: a newer change replaces the offer, as its notice replaces the older one.
 */
let pending: { noticeId: string; run: () => Promise<void> } | null = null;
let counter = 0;

export interface UndoOptions {
  /** The notice's test id, where a test tells one kind of notice from another; `undo-notice` if not given. */
  testId?: string;
}

/**
 * Shows `message` with an Undo button that runs `undo` once: a second press, or Ctrl+Z after the
 * button, does nothing (taking a removal back twice would add it twice). The notice goes once `undo`
 * has succeeded; whatever follows (opening the restored page, saying it is back) is `undo`'s own.
 * When it fails, the notice says why, in the words of `errors`.
 */
export function offerUndo(
  message: string,
  undo: () => Promise<unknown>,
  t: TFunction,
  language: string,
  { testId = 'undo-notice' }: UndoOptions = {},
): void {
  const noticeId = `undo-${++counter}`;
  let started = false;
  const run = async () => {
    if (pending?.noticeId === noticeId) pending = null;
    if (started) return;
    started = true;
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
      <Group justify="space-between" wrap="nowrap" gap="md" data-testid={testId}>
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

/** Ctrl+Z (Cmd+Z) takes back the change on offer, unless the officer is typing in a field. */
export function useUndoShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !typing &&
        undoLast()
      ) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
