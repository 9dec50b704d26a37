import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/app-contract';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import type { LetterKind, LetterRequest } from '../../../shared/letters';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { keys, methodKey, queryOptions, useAppStatus } from '../queries';
import { saveFiles, type OutgoingFile } from './save-files';

export const registerKey = methodKey('letters.register');

/** Tells what became of an issued letter's file, offering to save it again when nothing was written. */
export async function saveAndReport(
  t: TFunction,
  language: string,
  host: AppStatus['host'],
  file: OutgoingFile,
  number: string,
): Promise<void> {
  const id = `letter-${number}-${Date.now()}`;
  const retry = (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => {
        notifications.hide(id);
        void saveAndReport(t, language, host, file, number);
      }}
    >
      {t('letters.issue.saveAgain')}
    </Button>
  );
  try {
    const outcome = await saveFiles(host, [file]);
    const saved = outcome.kind !== 'cancelled';
    notifications.show({
      id,
      closeButtonProps: { 'aria-label': t('common.close') },
      color: saved ? 'green' : 'orange',
      autoClose: saved ? 8000 : false,
      title: t('letters.issue.issuedTitle', { number }),
      message: saved ? (
        t(outcome.kind === 'folder' ? 'letters.issue.savedTo' : 'letters.issue.downloaded', {
          file: file.name,
          folder: outcome.kind === 'folder' ? outcome.folder : '',
        })
      ) : (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{t('letters.issue.notSaved', { file: file.name })}</Text>
          {retry}
        </Group>
      ),
    });
  } catch (error) {
    notifications.show({
      id,
      closeButtonProps: { 'aria-label': t('common.close') },
      color: 'red',
      autoClose: false,
      title: t('letters.issue.issuedTitle', { number }),
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{errorMessage(t, error, language)}</Text>
          {retry}
        </Group>
      ),
    });
  }
}

/**
 * The calls behind the letter dialog: what the guest still lacks, a preview from the same bytes the
 * letter would have, and issuing (which takes the number) followed by saving the file.
 */
export function useIssueLetter(
  visitId: string,
  guestId: string,
  kind: LetterKind,
  letterLanguage: Language,
  reissueOf?: string,
) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const client = useQueryClient();
  const host = useAppStatus().data?.host ?? 'browser';
  const [previewedRequest, setPreviewedRequest] = useState('');

  const check = useQuery(queryOptions('letters.check', { visitId, guestId, kind, language: letterLanguage }));
  // Texts taken away in the letter's language since the check (another window) show in the panel.
  const recheckOnTexts = (error: Error) => {
    if (error instanceof AppError && error.code === 'textsMissing') void check.refetch();
  };
  const preview = useMutation({
    mutationFn: (request: LetterRequest) => api['letters.preview']({ request }),
    onSuccess: (_file, request) => setPreviewedRequest(JSON.stringify(request)),
    onError: recheckOnTexts,
  });
  const issue = useMutation({
    mutationFn: (request: LetterRequest) =>
      api['letters.issue']({ request, ...(reissueOf ? { reissueOf } : {}) }),
    onSuccess: async (file) => {
      await client.invalidateQueries({ queryKey: registerKey });
      // The first letter after a start reads the register from disk; a repair then shows in the status.
      void client.invalidateQueries({ queryKey: keys.status });
      // Not awaited: the dialog closes while the desktop shell asks for a folder.
      void saveAndReport(t, language, host, { name: file.fileName, base64: file.base64 }, file.entry.number);
    },
    onError: recheckOnTexts,
  });

  return {
    check,
    preview,
    issue,
    /** Whether the preview on screen was made from other choices than `request`. */
    isStale: (request: LetterRequest) =>
      previewedRequest !== '' && previewedRequest !== JSON.stringify(request),
  };
}
