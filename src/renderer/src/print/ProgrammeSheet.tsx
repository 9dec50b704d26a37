import type { TFunction } from 'i18next';
import { formatLetterDate, formatLetterDateRange, weekdayName } from '../../../shared/dates';
import type { Institution } from '../../../shared/institution';
import { dayNumber, describeLine, type ProgrammeDay, type VisitProgramme } from '../../../shared/print';
import { Letterhead } from './Letterhead';
import classes from './print.module.css';

export function Day({
  t,
  day,
  n,
  language,
}: {
  t: TFunction;
  day: ProgrammeDay;
  n: number;
  language: VisitProgramme['language'];
}) {
  // Dates as the letters write them (`15 марта 2027 г.`), each whole on one line.
  const date = (iso: string) => formatLetterDate(language, iso);
  const say = (key: string, params?: Record<string, string>) => t(key, params ?? {});
  return (
    <section className={classes.day} data-testid="programme-day">
      <h2 className={classes.dayHead}>
        {t('print.programme.day', { nth: dayNumber(language, n) })} · {weekdayName(language, day.date)},{' '}
        {date(day.date)}
      </h2>
      {day.lines.length === 0 ? (
        <p className={classes.empty}>{t('print.programme.freeDay')}</p>
      ) : (
        <table className={classes.table}>
          <colgroup>
            <col style={{ width: '14%' }} />
            <col style={{ width: '58%' }} />
            <col style={{ width: '28%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('print.column.time')}</th>
              <th>{t('print.column.item')}</th>
              <th>{t('print.column.venue')}</th>
            </tr>
          </thead>
          <tbody>
            {day.lines.map((line) => {
              const d = describeLine(line, say, date);
              return (
                <tr key={line.id} data-testid="programme-line">
                  <td className={classes.time}>{d.time}</td>
                  <td>
                    <div className={classes.strong}>{d.title}</div>
                    {d.details.map((detail, i) => (
                      <div key={i} className={classes.muted}>
                        {detail}
                      </div>
                    ))}
                  </td>
                  <td>{line.venue}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A visit's programme for its guests, day by day, on the institution's letterhead. */
export function ProgrammeSheet({
  t,
  programme,
  institution,
}: {
  t: TFunction;
  programme: VisitProgramme;
  institution: Institution | null;
}) {
  const { language, visit, officer } = programme;
  const date = (iso: string) => formatLetterDate(language, iso);
  return (
    <article lang={language} data-testid="print-programme-sheet">
      {institution && <Letterhead institution={institution} language={language} />}
      <h1 className={classes.title}>{t('print.programme.title')}</h1>
      <div className={classes.strong} style={{ fontSize: '12pt' }}>
        {visit.title}
      </div>
      <div className={classes.subtitle}>
        {formatLetterDateRange(language, visit.arrivalDate, visit.departureDate)}
      </div>
      <div className={`${classes.facts} ${classes.section}`}>
        {visit.partnerName && (
          <>
            <span className={classes.muted}>{t('print.programme.partner')}</span>
            <span>{visit.partnerName}</span>
          </>
        )}
        {programme.guests.length > 0 && (
          <>
            <span className={classes.muted}>{t('print.programme.delegation')}</span>
            <span>{programme.guests.join(', ')}</span>
          </>
        )}
      </div>
      {programme.days.map((day, i) => (
        <Day key={day.date} t={t} day={day} n={i + 1} language={language} />
      ))}
      {programme.hotels.length > 0 && (
        <section className={`${classes.section} ${classes.keep}`} data-testid="programme-hotels">
          <h2>{t('print.programme.accommodation')}</h2>
          {programme.hotels.map((hotel) => (
            <div key={`${hotel.name}-${hotel.checkIn}`} className={classes.keep} style={{ marginBottom: 6 }}>
              <div className={classes.strong}>{hotel.name}</div>
              <div>{[hotel.address, hotel.city, hotel.phone].filter(Boolean).join(', ')}</div>
              <div className={classes.muted}>
                {t('print.programme.stay', { checkIn: date(hotel.checkIn), checkOut: date(hotel.checkOut) })}
              </div>
              {hotel.guests.length > 0 && (
                <div className={classes.muted}>
                  {t('print.programme.for', { names: hotel.guests.join(', ') })}
                </div>
              )}
            </div>
          ))}
        </section>
      )}
      {(officer.name || officer.phone || officer.email) && (
        <section className={`${classes.section} ${classes.keep}`} data-testid="programme-contact">
          <h2>{t('print.programme.contact')}</h2>
          {officer.name && <div className={classes.strong}>{officer.name}</div>}
          {officer.phone && <div>{t('print.programme.phone', { phone: officer.phone })}</div>}
          {officer.email && <div>{t('print.programme.email', { email: officer.email })}</div>}
        </section>
      )}
    </article>
  );
}
