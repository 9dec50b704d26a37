import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../shared/dates';
import { api } from '../../api/client';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { PrintPage, usePrintChoices } from './PrintPage';
import { ProgrammeSheet } from './ProgrammeSheet';
import { ProgrammeTextsNotice } from './ProgrammeTextsNotice';
import { usePrintActions } from './use-print-actions';

/** A visit's programme for its guests in az, en or ru (`#/print/visit/ID`). */
export function PrintProgrammePage({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const { chosen, landscape, toolbar } = usePrintChoices();
  const language = chosen ?? uiLanguage;
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

  return (
    <PrintPage
      backHref={routeHref({ name: 'visit', id })}
      {...toolbar}
      language={language}
      actions={actions}
      notice={
        <ProgrammeTextsNotice
          missing={programme.data?.missingTexts ?? []}
          visitId={id}
          language={language}
          landscape={landscape}
        />
      }
      headerRight={
        visit ? `${visit.title} · ${formatDateRange(language, visit.arrivalDate, visit.departureDate)}` : ''
      }
      query={programme}
      waiting={institution.isPending}
    >
      {(data) => <ProgrammeSheet t={t} programme={data} institution={inst} />}
    </PrintPage>
  );
}
