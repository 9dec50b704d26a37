import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../shared/planning';
import { PlaneLandingIcon, PlaneTakeoffIcon, WarningIcon } from '../icons';
import { timeRange } from './calendar-format';

/** What an entry is called on the calendar: an item's title, "Arrival SU 1850", "Hotel: Qafqaz". */
export function entryLabel(t: TFunction, entry: CalendarEntry): string {
  if (entry.kind === 'transfer') {
    return t(entry.direction === 'departure' ? 'calendar.entry.departure' : 'calendar.entry.arrival', {
      number: entry.title,
    });
  }
  if (entry.kind === 'hotelNight') return t('calendar.entry.hotelNight', { hotel: entry.title });
  return entry.title;
}

/** Everything about an entry in a few lines, for the tooltip. */
export function entryDetails(t: TFunction, entry: CalendarEntry, visitTitle: string): string {
  const lines = [entryLabel(t, entry)];
  if (!entry.allDay) lines.push(timeRange(entry.startTime, entry.endTime));
  if (entry.venue) lines.push(t('calendar.entry.venue', { venue: entry.venue }));
  lines.push(
    entry.kind === 'item' && entry.guests.length === 0
      ? t('calendar.entry.allGuests')
      : t('calendar.entry.guests', { names: entry.guests.join(', ') }),
  );
  if (visitTitle) lines.push(t('calendar.entry.visit', { title: visitTitle }));
  if (entry.conflict) lines.push(t('calendar.entry.conflict'));
  return lines.join('\n');
}

/** The inside of an event box: a mark for conflicts, the time, what it is, and where. */
export function EntryContent({
  entry,
  layout,
  timed,
  visitTitle,
}: {
  entry: CalendarEntry;
  /** `row` in the list; `short` for an hour or less in the time grid, where one line is all there is room for. */
  layout: 'block' | 'short' | 'row';
  /** Drawn in a column of the time grid, whose width the box takes. */
  timed: boolean;
  visitTitle: string;
}) {
  const { t } = useTranslation();
  const icon =
    entry.kind === 'transfer' ? (
      entry.direction === 'departure' ? (
        <PlaneTakeoffIcon size={12} />
      ) : (
        <PlaneLandingIcon size={12} />
      )
    ) : null;
  return (
    <div
      className={`qonaq-event qonaq-event--${layout}${timed ? ' qonaq-event--timed' : ''}`}
      title={entryDetails(t, entry, visitTitle)}
      data-testid="calendar-entry"
      data-entry-id={entry.id}
      data-kind={entry.kind}
      data-conflict={entry.conflict ? 'true' : undefined}
    >
      {entry.conflict && (
        <span className="qonaq-event-badge" aria-label={t('calendar.entry.conflict')}>
          <WarningIcon size={11} />
        </span>
      )}
      {!entry.allDay && (
        <span className="qonaq-event-time">
          {entry.startTime}
          {/* Dropped by the stylesheet when the box is too narrow for both times. */}
          {entry.endTime !== entry.startTime && <span className="qonaq-event-end">–{entry.endTime}</span>}
        </span>
      )}
      <span className="qonaq-event-title">
        {icon}
        {entryLabel(t, entry)}
      </span>
      {layout !== 'short' && entry.venue && <span className="qonaq-event-venue">{entry.venue}</span>}
    </div>
  );
}
