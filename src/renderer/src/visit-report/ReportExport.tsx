import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { LetterIcon } from '../icons';
import { saveFiles } from '../letters/save-files';
import { useAppStatus } from '../queries';
import { readRefusal, type ReportRefusal, type ReportValues } from './report-values';

/**
 * "Export report .docx" in a chosen language: downloaded in a browser, saved to a folder the officer
 * picks in the desktop app. A refusal for texts not written in that language is handed to the section,
 * which shows where each is to be written.
 */
export function ReportExport({
  visitId,
  values,
  onRefused,
}: {
  visitId: string;
  values: ReportValues;
  onRefused: (refusal: ReportRefusal | null) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const file = await api['visitReport.docx']({ visitId, language });
      onRefused(null);
      const outcome = await saveFiles(host, [{ name: file.fileName, base64: file.base64 }]);
      if (outcome.kind === 'folder')
        notifications.show({ color: 'teal', message: t('print.toolbar.saved', { folder: outcome.folder }) });
      if (outcome.kind === 'downloaded')
        notifications.show({ color: 'teal', message: t('visitReport.ui.exported') });
    } catch (error) {
      const refusal = readRefusal(error, values);
      if (refusal) onRefused(refusal);
      else notifications.show({ color: 'red', message: errorMessage(t, error, uiLanguage) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="sm" align="flex-end">
      <Select
        w={220}
        label={t('visitReport.ui.language')}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`texts.languageName.${l}`) }))}
        value={language}
        allowDeselect={false}
        onChange={(v) => v && isLanguage(v) && setLanguage(v)}
        comboboxProps={{ withinPortal: true }}
      />
      <Button variant="default" leftSection={<LetterIcon />} loading={busy} onClick={() => void run()}>
        {t('visitReport.ui.export')}
      </Button>
    </Group>
  );
}
