import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { ArchiveIcon } from '../icons';
import { saveFiles } from '../letters/save-files';
import { useAppStatus } from '../queries';
import { refusedPaths, type RefusedText } from './refused-texts';
import { ReportTextsModal } from './ReportTextsModal';

type FileKind = 'docx' | 'xlsx';

/**
 * The report as .docx or its tables as .xlsx, in a language chosen here (the UI's at first). The
 * desktop shell asks for a folder; a browser downloads. A refusal for texts not yet written in that
 * language opens them to write, then the same export runs again.
 */
export function ExportBar({
  from,
  to,
  compare,
  reportVisits,
  disabled,
}: {
  from: string;
  to: string;
  compare: boolean;
  reportVisits: readonly string[];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [refused, setRefused] = useState<{ kind: FileKind; texts: RefusedText[]; language: Language } | null>(
    null,
  );
  const exporting = useMutation({
    mutationFn: async (request: { kind: FileKind; language: Language }) => {
      const query = { from, to, compare, language: request.language };
      const file =
        request.kind === 'docx' ? await api['reports.docx'](query) : await api['reports.xlsx'](query);
      return saveFiles(host, [{ name: file.fileName, base64: file.base64 }]);
    },
    onSuccess: (outcome) => {
      setRefused(null);
      if (outcome.kind === 'cancelled') return;
      notifications.show({
        color: 'teal',
        message:
          outcome.kind === 'folder'
            ? t('reports.export.saved', { folder: outcome.folder })
            : t('reports.export.downloaded'),
      });
    },
    onError: (error, request) => {
      const texts = refusedPaths(error);
      if (texts) setRefused({ ...request, texts });
      else notifications.show({ color: 'red', message: errorMessage(t, error, uiLanguage) });
    },
  });
  const running = exporting.isPending ? exporting.variables.kind : null;

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('reports.export.language')}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`guest.languages.${l}`) }))}
        value={language}
        onChange={(value) => {
          if (value && isLanguage(value)) setLanguage(value);
        }}
        allowDeselect={false}
        w={150}
      />
      {(['docx', 'xlsx'] as const).map((kind) => (
        <Button
          key={kind}
          variant="default"
          leftSection={<ArchiveIcon />}
          onClick={() => exporting.mutate({ kind, language })}
          loading={running === kind}
          disabled={disabled || (running !== null && running !== kind)}
        >
          {t(`reports.export.${kind}`)}
        </Button>
      ))}
      {refused && (
        <ReportTextsModal
          refused={refused.texts}
          language={refused.language}
          reportVisits={reportVisits}
          retrying={exporting.isPending}
          onRetry={() => exporting.mutate({ kind: refused.kind, language: refused.language })}
          onClose={() => setRefused(null)}
        />
      )}
    </Group>
  );
}
