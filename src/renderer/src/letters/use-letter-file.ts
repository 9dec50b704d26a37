import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import type { RegisterEntry } from '../../../shared/letters';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useAppStatus } from '../queries';
import { saveFiles } from './save-files';
import { registerKey } from './use-issue-letter';

/**
 * Hands an issued letter out again, byte for byte as it was issued (decision 0012). A letter issued
 * before files were kept has none: `missing` then names it, and the page offers to re-issue it.
 */
export function useLetterFile() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const download = useMutation({
    mutationFn: async (entry: RegisterEntry) => {
      const file = await api['letters.file']({ entryId: entry.id });
      return saveFiles(host, [{ name: file.fileName, base64: file.base64 }]);
    },
    onSuccess: (outcome, entry) => {
      if (outcome.kind === 'cancelled') return;
      notifications.show({
        color: 'green',
        message:
          outcome.kind === 'folder'
            ? t('register.saved', { number: entry.number, folder: outcome.folder })
            : t('register.downloaded', { number: entry.number }),
      });
    },
    onError: (error, entry) => {
      if (error instanceof AppError && error.code === 'notFound') {
        setMissing((old) => new Set(old).add(entry.id));
        return;
      }
      notifications.show({ color: 'red', message: errorMessage(t, error, language) });
    },
  });
  return { download, missing: (entry: RegisterEntry) => missing.has(entry.id) };
}

/** Voids a number with a reason, or restores it; the register everywhere is asked again after. */
export function useVoidLetter() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: registerKey });
  const voidLetter = useMutation({
    mutationFn: (input: { entry: RegisterEntry; reason: string }) =>
      api['letters.void']({ entryId: input.entry.id, reason: input.reason }),
    onSuccess: async (entry) => {
      notifications.show({ color: 'green', message: t('register.void.done', { number: entry.number }) });
      await refresh();
    },
  });
  const restore = useMutation({
    mutationFn: (entry: RegisterEntry) => api['letters.unvoid']({ entryId: entry.id }),
    onSuccess: async (entry) => {
      notifications.show({ color: 'green', message: t('register.void.restored', { number: entry.number }) });
      await refresh();
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error, language) }),
  });
  return { voidLetter, restore };
}
