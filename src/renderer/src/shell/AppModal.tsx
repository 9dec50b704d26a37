import type { KeyboardEvent } from 'react';
import { Button, Group, Modal, Text, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangesProvider, useConfirmClose } from './use-confirm-close';

/** Marks the button Ctrl/Cmd+Enter presses in a dialog; without one, the form's submit button. */
export const SAVE_BUTTON = { 'data-dialog-save': true } as const;

function pressSave(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
  const dialog = event.currentTarget;
  const button =
    dialog.querySelector<HTMLButtonElement>('[data-dialog-save]') ??
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) return;
  event.preventDefault();
  // A disabled or busy button is not pressed: the dialog is not ready to save.
  if (!button.disabled && button.dataset.loading === undefined) button.click();
}

/**
 * Qonaq's dialog: Mantine's `Modal` whose × is named in the interface's language, whose Esc, × and
 * click outside ask before throwing away edits (forms inside report them with `useUnsavedChanges`),
 * and where Ctrl/Cmd+Enter saves.
 */
export function AppModal({
  onClose,
  closeButtonProps,
  closeOnEscape = true,
  trapFocus = true,
  changed = false,
  children,
  ...props
}: ModalProps & {
  /** Changes of a form held by the dialog's own component, out of reach of `useUnsavedChanges`. */
  changed?: boolean;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmClose(onClose, changed);
  return (
    <ChangesProvider value={confirm.report}>
      <Modal
        {...props}
        onClose={confirm.requestClose}
        // While the question is open it has the keys and the focus: its Esc answers it, and this
        // dialog's focus trap must not pull the focus back from its "Keep editing".
        closeOnEscape={closeOnEscape && !confirm.asking}
        trapFocus={trapFocus && !confirm.asking}
        closeButtonProps={{ 'aria-label': t('common.close'), ...closeButtonProps }}
        onKeyDown={pressSave}
      >
        {children}
      </Modal>
      {/* A sibling, not a child: keys pressed in the question do not reach the dialog behind it. */}
      <Modal
        opened={confirm.asking}
        onClose={confirm.dismiss}
        title={t('common.discard.title')}
        // Wide enough for both answers on one line in every language.
        size={480}
        centered
        zIndex={400}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="discard-changes"
      >
        <Text size="sm">{t('common.discard.body')}</Text>
        <Group justify="flex-end" gap="sm" mt="lg">
          <Button variant="light" color="red" onClick={confirm.discard}>
            {t('common.discard.confirm')}
          </Button>
          <Button onClick={confirm.keepEditing} data-autofocus>
            {t('common.discard.keep')}
          </Button>
        </Group>
      </Modal>
    </ChangesProvider>
  );
}
