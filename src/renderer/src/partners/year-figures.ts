import { useTranslation } from 'react-i18next';
import type { PartnerYear } from '../../../shared/partners-years';

/** A year's figures as one line: visits, guests, letters, agreements signed (the last only when any). */
export function useYearFigures() {
  const { t } = useTranslation();
  return (y: Pick<PartnerYear, 'visits' | 'guests' | 'letters' | 'agreements'>) =>
    [
      t('partners.history.visits', { count: y.visits }),
      t('partners.history.guests', { count: y.guests }),
      t('partners.history.letters', { count: y.letters }),
      ...(y.agreements > 0 ? [t('partners.history.agreements', { count: y.agreements })] : []),
    ].join(' · ');
}
