import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';
import { TrashIcon } from '../icons';
import { useOnceOpened } from '../once-opened';
import { offerUndo, type UndoOptions } from './undo';

export interface DeleteWithUndoProps {
  /** The dialog's title, its question and its red button. */
  title: string;
  question: string;
  confirm: string;
  /** Deletes (into the core's trash). */
  remove: () => Promise<unknown>;
  /** Once deleted: leaves the deleted thing's page, before the lists are asked again (it would flash "not found"). */
  leave: () => void;
  /** The lists and pages the deletion changed, asked for again. */
  changed: () => Promise<unknown>;
  /** What the notice says was deleted, and how it comes back (restoring, opening its page). */
  done: string;
  undo: () => Promise<unknown>;
  undoOptions?: UndoOptions;
}

function DeleteDialog({
  opened,
  onClose,
  ...props
}: DeleteWithUndoProps & { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const remove = useMutation({
    mutationFn: props.remove,
    onSuccess: async () => {
      onClose();
      props.leave();
      offerUndo(props.done, props.undo, t, i18n.language, props.undoOptions);
      await props.changed();
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.title}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{props.question}</Text>
        {remove.isError && <Alert color="red">{errorMessage(t, remove.error, i18n.language)}</Alert>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={remove.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
            {props.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A Delete button for what the core keeps in its trash (a visit, a partner): it asks first, and
 * afterwards a notice offers to undo. The dialog is drawn from the first time it is asked.
 */
export function DeleteWithUndo(props: DeleteWithUndoProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askedOnce = useOnceOpened(asking);
  return (
    <>
      <Button variant="default" color="red" leftSection={<TrashIcon />} onClick={() => setAsking(true)}>
        {t('common.delete')}
      </Button>
      {askedOnce && <DeleteDialog {...props} opened={asking} onClose={() => setAsking(false)} />}
    </>
  );
}
