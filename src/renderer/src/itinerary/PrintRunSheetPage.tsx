import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatLetterDate } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { PageStyle } from '../print/PageStyle';
import { PrintError, PrintLoading, PrintView } from '../print/PrintView';
import { PrintToolbar } from '../print/PrintToolbar';
import { usePrintActions } from '../print/use-print-actions';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { RunSheetSheet } from './RunSheetSheet';

/** The drivers' run sheet of a day (`#/print/runs/DATE`): landscape by default, for its six columns. */
export function PrintRunSheetPage({ date }: { date: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const [chosen, setLanguage] = useState<Language | null>(null);
  const language = chosen ?? uiLanguage;
  const [landscape, setLandscape] = useState(true);
  const t = i18n.getFixedT(language);
  const sheet = useQuery(queryOptions('runSheet.get', { date, language }));
  const institution = useInstitution();
  const actions = usePrintActions({
    pdfName: t('itinerary.runSheet.fileName', { date }),
    landscape,
    docx: () => api['runSheet.docx']({ date, language, landscape }),
  });

  let content;
  if (sheet.isPending) content = <PrintLoading />;
  else if (sheet.isError) content = <PrintError message={errorMessage(uiT, sheet.error, uiLanguage)} />;
  else content = <RunSheetSheet t={t} sheet={sheet.data} />;

  return (
    <PrintView
      landscape={landscape}
      toolbar={
        <PrintToolbar
          backHref={routeHref({ name: 'today', date })}
          language={language}
          onLanguage={setLanguage}
          landscape={landscape}
          onLandscape={setLandscape}
          actions={actions}
        />
      }
    >
      <PageStyle
        landscape={landscape}
        headerLeft={institution.data?.name[language] ?? ''}
        headerRight={`${t('itinerary.runSheet.title')} · ${formatLetterDate(language, date)}`}
        pagePhrase={t('print.page', {
          interpolation: { skipOnVariables: true },
          page: '{{page}}',
          pages: '{{pages}}',
        })}
      />
      {content}
    </PrintView>
  );
}
