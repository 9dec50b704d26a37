import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatLetterDate } from '../../../shared/dates';
import { api } from '../../api/client';
import { useFormat } from '../format';
import { PrintPage, usePrintChoices } from '../print/PrintPage';
import { usePrintActions } from '../print/use-print-actions';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { BriefingSheet } from './BriefingSheet';

/** A host's briefing card for one programme item (`#/print/visit/ID/item/ITEM`). */
export function PrintBriefingPage({ visitId, itemId }: { visitId: string; itemId: string }) {
  const { i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const { chosen, landscape, toolbar } = usePrintChoices();
  const language = chosen ?? uiLanguage;
  const t = i18n.getFixedT(language);
  const card = useQuery(queryOptions('briefing.get', { visitId, itemId, language }));
  const item = card.data?.item;
  const actions = usePrintActions({
    pdfName: t('itinerary.briefing.fileName', { title: item?.title ?? itemId, date: item?.startDate ?? '' }),
    landscape,
    docx: () => api['briefing.docx']({ visitId, itemId, language }),
  });

  return (
    <PrintPage
      backHref={routeHref({ name: 'visit', id: visitId })}
      {...toolbar}
      language={language}
      actions={actions}
      headerRight={
        item ? `${t('itinerary.briefing.title')} · ${formatLetterDate(language, item.startDate)}` : ''
      }
      query={card}
    >
      {(data) => <BriefingSheet t={t} card={data} />}
    </PrintPage>
  );
}
