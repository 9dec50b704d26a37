import type { TFunction } from 'i18next';
import { formatLetterDate, formatLetterDateRange } from '../../../shared/dates';
import type { Institution } from '../../../shared/institution';
import type { GuestItinerary } from '../../../shared/itinerary';
import { Day } from '../print/ProgrammeSheet';
import { Letterhead } from '../print/Letterhead';
import classes from '../print/print.module.css';

/** One guest's itinerary on the institution's letterhead: the same as its .docx, for print and PDF. */
export function ItinerarySheet({
  t,
  itinerary,
  institution,
}: {
  t: TFunction;
  itinerary: GuestItinerary;
  institution: Institution | null;
}) {
  const { language, visit, guest, stays, contact } = itinerary;
  const date = (iso: string) => formatLetterDate(language, iso);
  const role = [guest.position, guest.organisation].filter(Boolean).join(', ');
  return (
    <article lang={language} data-testid="print-itinerary-sheet">
      {institution && <Letterhead institution={institution} language={language} />}
      <h1 className={classes.title}>{t('itinerary.doc.title')}</h1>
      <div className={classes.strong} style={{ fontSize: '12pt' }}>
        {t('itinerary.doc.guest', { name: guest.name })}
      </div>
      {role && <div className={classes.muted}>{role}</div>}
      <div>{t('itinerary.doc.visit', { title: visit.title })}</div>
      <div className={classes.subtitle}>
        {formatLetterDateRange(language, visit.arrivalDate, visit.departureDate)}
      </div>
      {itinerary.days.map((day, i) => (
        <Day key={day.date} t={t} day={day} n={i + 1} language={language} />
      ))}
      {stays.length > 0 && (
        <section className={`${classes.section} ${classes.keep}`} data-testid="itinerary-hotel">
          <h2>{t('itinerary.doc.hotel')}</h2>
          {stays.map((stay) => (
            <div key={`${stay.hotel}-${stay.checkIn}`} className={classes.keep} style={{ marginBottom: 6 }}>
              <div className={classes.strong}>{stay.hotel}</div>
              <div>{[stay.address, stay.city, stay.phone].filter(Boolean).join(', ')}</div>
              <div>
                {t('print.programme.stay', { checkIn: date(stay.checkIn), checkOut: date(stay.checkOut) })}
              </div>
              {stay.room && <div>{t('itinerary.doc.room', { room: stay.room })}</div>}
              {stay.confirmation && (
                <div>{t('itinerary.doc.confirmation', { number: stay.confirmation })}</div>
              )}
            </div>
          ))}
        </section>
      )}
      {(contact.name || contact.phone || contact.email) && (
        <section className={`${classes.section} ${classes.keep}`} data-testid="itinerary-contact">
          <h2>{t('itinerary.doc.contact')}</h2>
          <div className={classes.muted}>{t('itinerary.doc.contactNote')}</div>
          {contact.name && <div className={classes.strong}>{contact.name}</div>}
          {contact.phone && <div>{t('print.programme.phone', { phone: contact.phone })}</div>}
          {contact.email && <div>{t('print.programme.email', { email: contact.email })}</div>}
        </section>
      )}
    </article>
  );
}
