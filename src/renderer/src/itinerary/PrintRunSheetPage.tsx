import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatLetterDate } from '../../../shared/dates';
import { api } from '../../api/client';
import { useFormat } from '../format';
import { PrintPage, usePrintChoices } from '../print/PrintPage';
import { usePrintActions } from '../print/use-print-actions';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { RunSheetSheet } from './RunSheetSheet';

/** The drivers' run sheet of a day (`#/print/runs/DATE`): landscape by default, for its six columns. */
export function PrintRunSheetPage({ date }: { date: string }) {
  const { i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const { chosen, landscape, toolbar } = usePrintChoices(true);
  const language = chosen ?? uiLanguage;
  const t = i18n.getFixedT(language);
  const sheet = useQuery(queryOptions('runSheet.get', { date, language }));
  const actions = usePrintActions({
    pdfName: t('itinerary.runSheet.fileName', { date }),
    landscape,
    docx: () => api['runSheet.docx']({ date, language, landscape }),
  });

  return (
    <PrintPage
      backHref={routeHref({ name: 'today', date })}
      {...toolbar}
      language={language}
      actions={actions}
      headerRight={`${t('itinerary.runSheet.title')} · ${formatLetterDate(language, date)}`}
      query={sheet}
    >
      {(data) => <RunSheetSheet t={t} sheet={data} />}
    </PrintPage>
  );
}
