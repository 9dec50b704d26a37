import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VOID_REASON_MAX } from '../../../shared/letter-constants';
import type { RegisterEntry } from '../../../shared/letters';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useVoidLetter } from '../letters/use-letter-file';

/** Asks why a letter is withdrawn before its number is voided; the number itself stays taken. */
export function VoidLetterModal({ entry, onClose }: { entry: RegisterEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { voidLetter } = useVoidLetter();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const empty = reason.trim() === '';
  return (
    <Modal opened onClose={onClose} title={t('register.void.title', { number: entry.number })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (empty) return;
          voidLetter.mutate({ entry, reason: reason.trim() }, { onSuccess: onClose });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('register.void.intro')}</Text>
          <Text size="sm" fw={600}>
            {entry.guestName} · {t(`letters.kind.${entry.kind}`)} · {t(`guest.languages.${entry.language}`)}
          </Text>
          <Textarea
            label={t('register.void.reason')}
            description={t('register.void.reasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={VOID_REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={touched && empty ? t('errors.field.required') : undefined}
            data-autofocus
          />
          {voidLetter.isError && <Alert color="red">{errorMessage(t, voidLetter.error, language)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={voidLetter.isPending}>
              {t('register.void.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
