import { useState } from 'react';
import { Alert, Button, FileButton, Fieldset, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import { ATTACHMENT_MEDIA_TYPES } from '../../../shared/partner-constants';
import type { Agreement, Attachment } from '../../../shared/partners';
import { api } from '../../api/client';
import { formatBytes } from '../backups/format-bytes';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { saveFiles } from '../letters/save-files';
import { useAppStatus } from '../queries';
import { fileToBase64 } from '../read-file';
import { PaperclipIcon } from './PaperclipIcon';
import { ATTACHMENT_LIMIT_MB, fitsAttachmentLimit } from './partner-values';
import { usePartnerCall } from './use-partner-call';

export const readBase64 = fileToBase64;

/** A file past the limit, refused as the core refuses it, before a byte of it is read. */
export const tooLarge = () => new AppError('attachmentTooLarge', { limitMb: ATTACHMENT_LIMIT_MB });

interface AttachmentFieldProps {
  /** The saved agreement; null while a new one is being written (the file is then kept until it is saved). */
  agreementId: string | null;
  attachment: Attachment | undefined;
  /** The file chosen for a new agreement, sent once it is saved. */
  pending: File | null;
  onPending: (file: File | null) => void;
  /** The agreement as the core now holds it, after a file was attached or removed. */
  onChanged: (agreement: Agreement) => void;
  /** A refusal met when the form saved a new agreement and then sent its file. */
  error: unknown;
  onError: (error: unknown) => void;
}

/** The signed copy: chosen from disk, kept with the data, downloaded again or removed. */
export function AttachmentField(props: AttachmentFieldProps) {
  const { agreementId, attachment, pending, onPending, onChanged, error, onError } = props;
  const { t } = useTranslation();
  const { language } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [reading, setReading] = useState(false);
  const attach = usePartnerCall('agreements.attach');
  const detach = usePartnerCall('agreements.detach');
  const download = useMutation({
    mutationFn: async (id: string) => {
      const file = await api['agreements.file']({ id });
      return saveFiles(host, [{ name: file.fileName, base64: file.base64 }]);
    },
    onError: (caught) => notifications.show({ color: 'red', message: errorMessage(t, caught, language) }),
  });
  const choose = async (file: File | null) => {
    if (!file) return;
    onError(null);
    if (!fitsAttachmentLimit(file.size)) return onError(tooLarge());
    if (!agreementId) return onPending(file);
    setReading(true);
    try {
      const saved = await attach.mutateAsync({
        id: agreementId,
        fileName: file.name,
        base64: await readBase64(file),
      });
      onChanged(saved);
    } catch (caught) {
      onError(caught);
    } finally {
      setReading(false);
    }
  };
  const remove = () => {
    if (!agreementId) return onPending(null);
    onError(null);
    detach.mutate({ id: agreementId }, { onSuccess: onChanged, onError });
  };
  const shown = pending
    ? { name: pending.name, size: pending.size }
    : attachment && { name: attachment.fileName, size: attachment.size };
  return (
    <Fieldset
      legend={t('partners.attachment.label')}
      variant="filled"
      data-testid="agreement-attachment-field"
    >
      {error !== null && error !== undefined && (
        <Alert color="red" variant="light" mb="sm" data-testid="attachment-error">
          {errorMessage(t, error, language)}
        </Alert>
      )}
      {shown ? (
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <PaperclipIcon />
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="attachment-name">
              {shown.name}
            </Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatBytes(t, shown.size)}
            </Text>
            {pending && (
              <Text size="xs" c="dimmed">
                {t('partners.attachment.pending')}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {agreementId && attachment && !pending && (
              <Button
                size="compact-sm"
                variant="default"
                loading={download.isPending}
                onClick={() => download.mutate(agreementId)}
              >
                {t('partners.attachment.download')}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={detach.isPending}
              onClick={remove}
            >
              {t('partners.attachment.remove')}
            </Button>
          </Group>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('partners.attachment.none', { limitMb: ATTACHMENT_LIMIT_MB })}
        </Text>
      )}
      <FileButton onChange={(file) => void choose(file)} accept={ATTACHMENT_MEDIA_TYPES.join(',')}>
        {(buttonProps) => (
          <Button {...buttonProps} mt="sm" size="xs" variant="default" loading={reading}>
            {shown ? t('partners.attachment.replace') : t('partners.attachment.choose')}
          </Button>
        )}
      </FileButton>
    </Fieldset>
  );
}
