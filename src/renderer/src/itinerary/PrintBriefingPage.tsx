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
import { BriefingSheet } from './BriefingSheet';

/** A host's briefing card for one programme item (`#/print/visit/ID/item/ITEM`). */
export function PrintBriefingPage({ visitId, itemId }: { visitId: string; itemId: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const [chosen, setLanguage] = useState<Language | null>(null);
  const language = chosen ?? uiLanguage;
  const [landscape, setLandscape] = useState(false);
  const t = i18n.getFixedT(language);
  const card = useQuery(queryOptions('briefing.get', { visitId, itemId, language }));
  const institution = useInstitution();
  const item = card.data?.item;
  const actions = usePrintActions({
    pdfName: t('itinerary.briefing.fileName', { title: item?.title ?? itemId, date: item?.startDate ?? '' }),
    landscape,
    docx: () => api['briefing.docx']({ visitId, itemId, language }),
  });

  let content;
  if (card.isPending) content = <PrintLoading />;
  else if (card.isError) content = <PrintError message={errorMessage(uiT, card.error, uiLanguage)} />;
  else content = <BriefingSheet t={t} card={card.data} />;

  return (
    <PrintView
      landscape={landscape}
      toolbar={
        <PrintToolbar
          backHref={routeHref({ name: 'visit', id: visitId })}
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
        headerRight={
          item ? `${t('itinerary.briefing.title')} · ${formatLetterDate(language, item.startDate)}` : ''
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
