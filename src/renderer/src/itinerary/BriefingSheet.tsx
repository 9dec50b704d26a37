import type { TFunction } from 'i18next';
import type { BriefingCard } from '../../../shared/briefing';
import { formatLetterDate } from '../../../shared/dates';
import { endTimeOn } from '../../../shared/print';
import classes from '../print/print.module.css';

/** A host's briefing card for a meeting, as its .docx has it. */
export function BriefingSheet({ t, card }: { t: TFunction; card: BriefingCard }) {
  const { language, item, visit } = card;
  const when = t('itinerary.briefing.when', {
    date: formatLetterDate(language, item.startDate),
    from: item.startTime,
    to: endTimeOn(item.startDate, item),
  });
  return (
    <article lang={language} data-testid="print-briefing">
      <h1 className={classes.title}>{`${t('itinerary.briefing.title')}: ${item.title}`}</h1>
      <div className={classes.strong}>{when}</div>
      {item.venue && <div>{t('itinerary.briefing.venue', { venue: item.venue })}</div>}
      {item.hosts.length > 0 && <div>{t('itinerary.briefing.hosts', { names: item.hosts.join(', ') })}</div>}
      <div className={classes.muted}>{t('itinerary.briefing.visit', { title: visit.title })}</div>
      {visit.partnerName && (
        <div className={classes.muted}>{t('itinerary.briefing.partner', { name: visit.partnerName })}</div>
      )}
      <section className={classes.section}>
        <h2>{t('itinerary.briefing.guests')}</h2>
        {card.guests.length === 0 ? (
          <p className={classes.empty}>{t('itinerary.briefing.noGuests')}</p>
        ) : (
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('itinerary.briefing.name')}</th>
                <th>{t('itinerary.briefing.position')}</th>
              </tr>
            </thead>
            <tbody>
              {card.guests.map((g, i) => (
                <tr key={i} data-testid="briefing-guest">
                  <td>
                    <div className={classes.strong}>{g.name}</div>
                    {g.head && <div className={classes.muted}>{t('itinerary.briefing.head')}</div>}
                  </td>
                  <td>
                    <div>{g.position}</div>
                    <div className={classes.muted}>{g.organisation}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {visit.purpose && (
        <section className={classes.section}>
          <h2>{t('itinerary.briefing.purpose')}</h2>
          <div style={{ whiteSpace: 'pre-wrap' }}>{visit.purpose}</div>
        </section>
      )}
      {item.notes && (
        <section className={classes.section}>
          <h2>{t('itinerary.briefing.notes')}</h2>
          <div style={{ whiteSpace: 'pre-wrap' }}>{item.notes}</div>
        </section>
      )}
    </article>
  );
}
