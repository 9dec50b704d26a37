import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import classes from './VisitPage.module.css';
import { VisitPartners } from './VisitPartners';

function Detail({
  label,
  value,
  missing,
  wide,
}: {
  label: string;
  value: string;
  missing: string;
  wide?: boolean;
}) {
  return (
    <div className={wide ? `${classes.detail} ${classes.wide}` : classes.detail}>
      <div className={classes.label}>{label}</div>
      {value ? (
        <div className={classes.value}>{value}</div>
      ) : (
        <div className={classes.missing}>{missing}</div>
      )}
    </div>
  );
}

/** The visit's own facts, as the officer entered them; partner and dates are in the header above. */
export function VisitDetails({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const missing = t('common.notGiven');
  return (
    <div className={classes.card} data-testid="visit-details">
      <div className={classes.grid}>
        <VisitPartners ids={visit.partnerIds} />
        <Detail label={t('visit.field.hostUnit')} value={visit.hostUnit} missing={missing} />
        <Detail
          label={t('visit.field.responsibleOfficer')}
          value={visit.responsibleOfficer}
          missing={missing}
        />
        <Detail label={t('visit.field.purpose')} value={visit.purpose} missing={missing} wide />
        {visit.notes && <Detail label={t('visit.field.notes')} value={visit.notes} missing={missing} wide />}
      </div>
    </div>
  );
}
