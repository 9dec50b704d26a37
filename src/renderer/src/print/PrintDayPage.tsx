import { useState } from 'react';
import { SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateLong, todayInBaku } from '../../../shared/dates';
import { api } from '../../api/client';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { DaySheet, type DayOrder } from './DaySheet';
import { PrintPage, usePrintChoices } from './PrintPage';
import { usePrintActions } from './use-print-actions';

/** The daily schedule across all visits, to print for the team (`#/print/day/DATE`). */
export function PrintDayPage({ date }: { date: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const { chosen, landscape, toolbar } = usePrintChoices();
  const language = chosen ?? uiLanguage;
  const [order, setOrder] = useState<DayOrder>('time');
  // The sheet speaks the chosen language, whatever the app's.
  const t = i18n.getFixedT(language);
  const schedule = useQuery(queryOptions('planning.day', { date, language }));
  const institution = useInstitution();
  const institutionName = institution.data?.name[language] ?? '';
  const actions = usePrintActions({
    pdfName: t('print.day.fileName', { date }),
    landscape,
    docx: () => api['print.dayDocx']({ date, language, landscape }),
  });

  return (
    <PrintPage
      backHref={routeHref({ name: 'today', ...(date === todayInBaku() ? {} : { date }) })}
      {...toolbar}
      language={language}
      actions={actions}
      controls={
        <SegmentedControl
          aria-label={uiT('print.toolbar.order')}
          value={order}
          onChange={(value) => setOrder(value === 'visit' ? 'visit' : 'time')}
          data={[
            { value: 'time', label: uiT('print.toolbar.byTime') },
            { value: 'visit', label: uiT('print.toolbar.byVisit') },
          ]}
        />
      }
      headerRight={`${t('print.day.title')} · ${formatDateLong(language, date)}`}
      query={schedule}
    >
      {(data) => <DaySheet t={t} schedule={data} institutionName={institutionName} order={order} />}
    </PrintPage>
  );
}
