import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { PageStyle } from './PageStyle';
import { PrintError, PrintLoading, PrintView } from './PrintView';
import { PrintToolbar } from './PrintToolbar';
import { ProgrammeSheet } from './ProgrammeSheet';
import { ProgrammeTextsNotice } from './ProgrammeTextsNotice';
import { usePrintActions } from './use-print-actions';

/** A visit's programme for its guests in az, en or ru (`#/print/visit/ID`). */
export function PrintProgrammePage({ id }: { id: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const [chosen, setLanguage] = useState<Language | null>(null);
  const language = chosen ?? uiLanguage;
  const [landscape, setLandscape] = useState(false);
  // The sheet speaks the guests' language, whatever the app's.
  const t = i18n.getFixedT(language);
  const programme = useQuery(queryOptions('print.programme', { visitId: id, language }));
  const institution = useInstitution();
  const inst = institution.data ?? null;
  const visit = programme.data?.visit;
  const actions = usePrintActions({
    pdfName: t('print.programme.fileName', { title: visit?.title ?? id, language: language.toUpperCase() }),
    landscape,
    docx: () => api['print.programmeDocx']({ visitId: id, language, landscape }),
  });

  let content;
  if (programme.isPending || institution.isPending) content = <PrintLoading />;
  else if (programme.isError)
    content = <PrintError message={errorMessage(uiT, programme.error, uiLanguage)} />;
  else content = <ProgrammeSheet t={t} programme={programme.data} institution={inst} />;

  return (
    <PrintView
      landscape={landscape}
      toolbar={
        <>
          <PrintToolbar
            backHref={routeHref({ name: 'visit', id })}
            language={language}
            onLanguage={setLanguage}
            landscape={landscape}
            onLandscape={setLandscape}
            actions={actions}
          />
          <ProgrammeTextsNotice
            missing={programme.data?.missingTexts ?? []}
            visitId={id}
            language={language}
            landscape={landscape}
          />
        </>
      }
    >
      <PageStyle
        landscape={landscape}
        headerLeft={inst?.name[language] ?? ''}
        headerRight={
          visit ? `${visit.title} · ${formatDateRange(language, visit.arrivalDate, visit.departureDate)}` : ''
        }
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
