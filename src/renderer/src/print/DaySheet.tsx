import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { formatLetterDate, weekdayName } from '../../../shared/dates';
import type { DaySchedule, HotelMove, ScheduleRow, Transfer } from '../../../shared/planning';
import { endTimeOn, rowTitle, transferNumber } from '../../../shared/print';
import { transferPlace } from '../format';
import classes from './print.module.css';

export type DayOrder = 'time' | 'visit';

interface Props {
  t: TFunction;
  schedule: DaySchedule;
  institutionName: string;
  order: DayOrder;
}

function Table({
  widths,
  head,
  children,
  testId,
}: {
  widths: number[];
  head: string[];
  children: ReactNode;
  testId: string;
}) {
  return (
    <table className={classes.table} data-testid={testId}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className={classes.section} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function VisitName({ schedule, visitId }: { schedule: DaySchedule; visitId: string }) {
  const visit = schedule.visits.find((v) => v.id === visitId);
  if (!visit) return null;
  return (
    <div className={classes.muted}>
      <span className={classes.dot} style={{ background: visit.colour }} />
      {visit.title}
    </div>
  );
}

function TransferTable({
  t,
  schedule,
  transfers,
  testId,
}: {
  t: TFunction;
  schedule: DaySchedule;
  transfers: Transfer[];
  testId: string;
}) {
  const c = (key: string) => t(`print.column.${key}`);
  return (
    <Table
      testId={testId}
      widths={[8, 16, 15, 24, 9, 16, 12]}
      head={[
        c('time'),
        c('flight'),
        c('place'),
        c('guests'),
        c('pickup'),
        `${c('vehicle')} / ${c('driver')}`,
        c('escort'),
      ]}
    >
      {transfers.map((tr) => (
        <tr key={tr.id}>
          <td className={classes.time}>{tr.time || '—'}</td>
          <td>
            <div className={classes.strong}>{transferNumber(tr)}</div>
            <VisitName schedule={schedule} visitId={tr.visitId} />
          </td>
          <td>{transferPlace(tr.place, tr.terminal, (terminal) => t('print.terminal', { terminal }))}</td>
          <td>
            {tr.guestIds
              .map((id) => schedule.guestNames[`${tr.visitId}:${id}`] ?? '')
              .filter(Boolean)
              .join(', ')}
          </td>
          <td className={classes.time}>{tr.leaveAt}</td>
          <td>
            <div>{tr.vehicle}</div>
            <div className={classes.muted}>{tr.driver}</div>
          </td>
          <td>{tr.escort}</td>
        </tr>
      ))}
    </Table>
  );
}

function RowsTable({
  t,
  schedule,
  rows,
  showVisit,
}: {
  t: TFunction;
  schedule: DaySchedule;
  rows: ScheduleRow[];
  showVisit: boolean;
}) {
  const c = (key: string) => t(`print.column.${key}`);
  const say = (key: string, params?: Record<string, string>) => t(key, params ?? {});
  return (
    <Table
      testId="print-programme-table"
      widths={[12, 23, 13, 15, 13, 14, 10]}
      head={[c('time'), c('item'), c('venue'), c('guests'), c('hosts'), c('staff'), c('vehicle')]}
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="print-row">
          <td>
            <div className={classes.time}>
              {row.startTime}–{endTimeOn(schedule.date, row)}
            </div>
            {row.continuesFromPreviousDay && (
              <div className={classes.muted}>{t('print.fromPreviousDay')}</div>
            )}
            {row.continuesToNextDay && <div className={classes.muted}>{t('print.toNextDay')}</div>}
            {row.conflict && <div className={classes.clash}>⚠ {t('print.conflict')}</div>}
          </td>
          <td>
            <div className={classes.strong}>{rowTitle(row, say)}</div>
            <div className={classes.muted}>{t(`print.types.${row.itemType}`)}</div>
            {showVisit && <VisitName schedule={schedule} visitId={row.visitId} />}
          </td>
          <td>{row.venue}</td>
          <td>{row.allGuests ? t('print.allGuests') : row.guests.join(', ')}</td>
          <td>{row.hosts.join(', ')}</td>
          <td>{row.staff}</td>
          <td>{row.vehicle}</td>
        </tr>
      ))}
    </Table>
  );
}

function MovesTable({
  t,
  schedule,
  moves,
  testId,
}: {
  t: TFunction;
  schedule: DaySchedule;
  moves: HotelMove[];
  testId: string;
}) {
  const c = (key: string) => t(`print.column.${key}`);
  return (
    <Table testId={testId} widths={[25, 30, 10, 35]} head={[c('hotel'), c('visit'), c('room'), c('guests')]}>
      {moves.map((m, i) => (
        <tr key={i}>
          <td className={classes.strong}>{m.hotel}</td>
          <td>
            <VisitName schedule={schedule} visitId={m.visitId} />
          </td>
          <td>{m.roomNumber}</td>
          <td>{m.guests.join(', ')}</td>
        </tr>
      ))}
    </Table>
  );
}

function Programme({ t, schedule, order }: { t: TFunction; schedule: DaySchedule; order: DayOrder }) {
  if (schedule.rows.length === 0) return <p className={classes.empty}>{t('print.day.nothing')}</p>;
  if (order === 'time') return <RowsTable t={t} schedule={schedule} rows={schedule.rows} showVisit />;
  return (
    <>
      {schedule.visits.map((visit) => {
        const rows = schedule.rows.filter((r) => r.visitId === visit.id);
        if (rows.length === 0) return null;
        return (
          <div key={visit.id} data-testid="print-visit-group">
            <h3>
              <span className={classes.dot} style={{ background: visit.colour }} />
              {visit.title}
              {visit.responsibleOfficer && (
                <span className={classes.muted}> · {visit.responsibleOfficer}</span>
              )}
            </h3>
            <RowsTable t={t} schedule={schedule} rows={rows} showVisit={false} />
          </div>
        );
      })}
    </>
  );
}

/** The day's schedule for the team, as printed: every visit of the day, hour by hour. */
export function DaySheet({ t, schedule, institutionName, order }: Props) {
  const language = schedule.language;
  // Written as a letter writes it (`15 марта 2027 г.`), whole on one line.
  const date = formatLetterDate(language, schedule.date);
  const c = (key: string) => t(`print.column.${key}`);
  return (
    <article lang={language} data-testid="print-day">
      <header className={classes.head}>
        {institutionName && <div className={classes.institution}>{institutionName}</div>}
        <h1 className={classes.title}>{t('print.day.heading', { date })}</h1>
        <div className={classes.subtitle}>{weekdayName(language, schedule.date)}</div>
      </header>
      {schedule.visits.length === 0 ? (
        <p className={classes.empty}>{t('print.day.noVisits')}</p>
      ) : (
        <Section title={t('print.day.visits')} testId="print-visits">
          <Table
            testId="print-visits-table"
            widths={[46, 27, 27]}
            head={[c('visit'), c('partner'), c('officer')]}
          >
            {schedule.visits.map((v) => (
              <tr key={v.id}>
                <td className={classes.strong}>
                  <span className={classes.dot} style={{ background: v.colour }} />
                  {v.title}
                </td>
                <td>{v.partnerName}</td>
                <td>{v.responsibleOfficer}</td>
              </tr>
            ))}
          </Table>
        </Section>
      )}
      {schedule.arrivals.length > 0 && (
        <Section title={t('print.day.arrivals')} testId="print-arrivals">
          <TransferTable
            t={t}
            schedule={schedule}
            transfers={schedule.arrivals}
            testId="print-arrivals-table"
          />
        </Section>
      )}
      {schedule.departures.length > 0 && (
        <Section title={t('print.day.departures')} testId="print-departures">
          <TransferTable
            t={t}
            schedule={schedule}
            transfers={schedule.departures}
            testId="print-departures-table"
          />
        </Section>
      )}
      <Section title={t('print.day.programme')} testId="print-programme">
        <Programme t={t} schedule={schedule} order={order} />
      </Section>
      {schedule.checkIns.length > 0 && (
        <Section title={t('print.day.checkIns')} testId="print-check-ins">
          <MovesTable t={t} schedule={schedule} moves={schedule.checkIns} testId="print-check-ins-table" />
        </Section>
      )}
      {schedule.checkOuts.length > 0 && (
        <Section title={t('print.day.checkOuts')} testId="print-check-outs">
          <MovesTable t={t} schedule={schedule} moves={schedule.checkOuts} testId="print-check-outs-table" />
        </Section>
      )}
    </article>
  );
}
