import type { TFunction } from 'i18next';
import { formatLetterDate, weekdayName } from '../../../shared/dates';
import type { RunSheet, RunSheetRun } from '../../../shared/run-sheet';
import classes from '../print/print.module.css';

/** The cells of a drive, as the .docx has them (see `runCells` in the core). */
function cells(t: TFunction, run: RunSheetRun): string[][] {
  const kind = t(`itinerary.runSheet.${run.kind === 'item' ? 'item' : run.kind}`);
  return [
    [run.time || '—', run.scheduled ? t('itinerary.runSheet.scheduled', { time: run.scheduled }) : ''],
    [run.pickup || '—'],
    [run.dropOff || '—'],
    [`${kind}: ${run.trip}`, run.visit],
    [...run.guests, run.escort ? t('itinerary.runSheet.escort', { name: run.escort }) : ''],
    run.phones,
  ];
}

/** The drivers' run sheet of a day: a part per driver and car, each starting a page when printed. */
export function RunSheetSheet({ t, sheet }: { t: TFunction; sheet: RunSheet }) {
  const { language } = sheet;
  const headers = ['time', 'pickup', 'dropOff', 'trip', 'guests', 'phone'].map((k) =>
    t(`itinerary.runSheet.${k}`),
  );
  return (
    <article lang={language} data-testid="print-run-sheet">
      <h1 className={classes.title}>
        {t('itinerary.runSheet.heading', { date: formatLetterDate(language, sheet.date) })}
      </h1>
      <div className={classes.subtitle}>{weekdayName(language, sheet.date)}</div>
      {sheet.drivers.length === 0 && <p className={classes.empty}>{t('itinerary.runSheet.nothing')}</p>}
      {sheet.drivers.map((d, i) => {
        const who = d.driver
          ? t('itinerary.runSheet.driver', { name: d.driver })
          : t('itinerary.runSheet.noDriver');
        return (
          <section
            key={`${d.driver}-${d.vehicle}`}
            className={classes.section}
            style={i > 0 ? { breakBefore: 'page' } : undefined}
            data-testid="run-sheet-driver"
          >
            <h2>{d.vehicle ? `${who} · ${t('itinerary.runSheet.vehicle', { vehicle: d.vehicle })}` : who}</h2>
            <table className={classes.table}>
              <thead>
                <tr>
                  {headers.map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.runs.map((run) => (
                  <tr key={run.id} data-testid="run-sheet-run">
                    {cells(t, run).map((lines, k) => (
                      <td key={k} className={k === 0 ? classes.time : undefined}>
                        {lines.filter(Boolean).map((l, n) => (
                          <div key={n} className={k === 3 && n === 0 ? classes.strong : undefined}>
                            {l}
                          </div>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </article>
  );
}
