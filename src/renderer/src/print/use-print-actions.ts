import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/print';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { saveFiles } from '../letters/save-files';
import { useAppStatus } from '../queries';

/**
 * Print, save as PDF and export .docx for a print view. The desktop shell prints the page to PDF
 * and asks for a folder; a browser can only offer its print dialog, where "Save as PDF" is a choice.
 */
export function usePrintActions(options: {
  pdfName: string;
  landscape: boolean;
  docx: () => Promise<ExportedFile>;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [busy, setBusy] = useState<'pdf' | 'docx' | null>(null);

  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(t, error, language) });
  const saved = (
    outcome: { kind: 'folder'; folder: string } | { kind: 'downloaded' } | { kind: 'cancelled' },
  ) => {
    if (outcome.kind === 'folder')
      notifications.show({ color: 'teal', message: t('print.toolbar.saved', { folder: outcome.folder }) });
    if (outcome.kind === 'downloaded')
      notifications.show({ color: 'teal', message: t('print.toolbar.downloaded') });
  };

  const print = () => window.print();

  const savePdf = async () => {
    if (host === 'browser') {
      window.print();
      return;
    }
    setBusy('pdf');
    try {
      const result = await api['print.savePdf']({ fileName: options.pdfName, landscape: options.landscape });
      saved('cancelled' in result ? { kind: 'cancelled' } : { kind: 'folder', folder: result.folder });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const exportDocx = async () => {
    setBusy('docx');
    try {
      const file = await options.docx();
      saved(await saveFiles(host, [{ name: file.fileName, base64: file.base64 }]));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  return { host, busy, print, savePdf: () => void savePdf(), exportDocx: () => void exportDocx() };
}
