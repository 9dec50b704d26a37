import { useState } from 'react';
import { SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateLong, todayInBaku } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { DaySheet, type DayOrder } from './DaySheet';
import { PageStyle } from './PageStyle';
import { PrintError, PrintLoading, PrintView } from './PrintView';
import { PrintToolbar } from './PrintToolbar';
import { usePrintActions } from './use-print-actions';

/** The daily schedule across all visits, to print for the team (`#/print/day/DATE`). */
export function PrintDayPage({ date }: { date: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const [chosen, setLanguage] = useState<Language | null>(null);
  const language = chosen ?? uiLanguage;
  const [landscape, setLandscape] = useState(false);
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

  const toolbar = (
    <PrintToolbar
      backHref={routeHref({ name: 'today', ...(date === todayInBaku() ? {} : { date }) })}
      language={language}
      onLanguage={setLanguage}
      landscape={landscape}
      onLandscape={setLandscape}
      actions={actions}
    >
      <SegmentedControl
        aria-label={uiT('print.toolbar.order')}
        value={order}
        onChange={(value) => setOrder(value === 'visit' ? 'visit' : 'time')}
        data={[
          { value: 'time', label: uiT('print.toolbar.byTime') },
          { value: 'visit', label: uiT('print.toolbar.byVisit') },
        ]}
      />
    </PrintToolbar>
  );

  let content;
  if (schedule.isPending) content = <PrintLoading />;
  else if (schedule.isError) content = <PrintError message={errorMessage(uiT, schedule.error, uiLanguage)} />;
  else content = <DaySheet t={t} schedule={schedule.data} institutionName={institutionName} order={order} />;

  return (
    <PrintView toolbar={toolbar} landscape={landscape}>
      <PageStyle
        landscape={landscape}
        headerLeft={institutionName}
        headerRight={`${t('print.day.title')} · ${formatDateLong(language, date)}`}
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
