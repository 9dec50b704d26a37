import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../shared/dates';
import { api } from '../../api/client';
import { useFormat } from '../format';
import { MissingTextsPanel } from '../letters/MissingTextsPanel';
import { PrintPage, usePrintChoices } from '../print/PrintPage';
import { usePrintActions } from '../print/use-print-actions';
import notice from '../print/missing-texts.module.css';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { ItinerarySheet } from './ItinerarySheet';

/**
 * One guest's itinerary (`#/print/visit/ID/guest/GUEST`), in the guest's letter language unless
 * another is chosen. While a text it prints is not written in that language, the officer is asked
 * for it in place of the sheet: nothing is printed in another language's words.
 */
export function PrintItineraryPage({ visitId, guestId }: { visitId: string; guestId: string }) {
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const { chosen, landscape, toolbar } = usePrintChoices();
  const itinerary = useQuery(
    queryOptions('itinerary.get', { visitId, guestId, ...(chosen ? { language: chosen } : {}) }),
  );
  const data = itinerary.data;
  const language = chosen ?? data?.language ?? uiLanguage;
  // The sheet speaks the guest's language, whatever the app's.
  const t = i18n.getFixedT(language);
  const institution = useInstitution();
  const inst = institution.data ?? null;
  const actions = usePrintActions({
    pdfName: t('itinerary.doc.fileName', {
      name: data?.guest.name ?? guestId,
      language: language.toUpperCase(),
    }),
    landscape,
    // The .docx is A4 portrait, as a letter: the orientation is the printed page's.
    docx: () => api['itinerary.docx']({ visitId, guestId, language }),
  });
  const missing = data?.missingTexts ?? [];

  return (
    <PrintPage
      backHref={routeHref({ name: 'visit', id: visitId })}
      {...toolbar}
      language={language}
      actions={actions}
      notice={
        missing.length > 0 && (
          <div
            className={`${notice.notice} ${landscape ? notice.landscape : ''}`}
            data-testid="print-missing-texts"
          >
            <MissingTextsPanel
              missing={missing}
              visitId={visitId}
              intro={uiT('itinerary.ui.missing', { inLanguage: uiT(`letters.texts.in.${language}`) })}
            />
          </div>
        )
      }
      headerRight={
        data
          ? `${data.guest.name} · ${formatDateRange(language, data.visit.arrivalDate, data.visit.departureDate)}`
          : ''
      }
      query={itinerary}
      waiting={institution.isPending}
    >
      {(sheet) => missing.length === 0 && <ItinerarySheet t={t} itinerary={sheet} institution={inst} />}
    </PrintPage>
  );
}
