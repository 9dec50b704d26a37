import type { TFunction } from 'i18next';
import { memo, type SyntheticEvent } from 'react';
import { once } from '../../../shared/once';
import type { CalendarEntry } from '../../../shared/planning';
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

/** An entry's words, translated once per change of the calendar's data or language, not per drawing. */
export interface EntryText {
  label: string;
  /** The tooltip: everything about the entry in a few lines, worked out when first asked for. */
  details: () => string;
  /** What the conflict mark says to a screen reader, when the entry has one. */
  conflict: string;
}

/** A function giving an entry its words; what all entries share is translated once. */
export function entryTexts(
  t: TFunction,
  visitTitles: ReadonlyMap<string, string>,
): (entry: CalendarEntry) => EntryText {
  const conflict = t('calendar.entry.conflict');
  return (entry) => ({
    label: entryLabel(t, entry),
    details: once(() => entryDetails(t, entry, visitTitles.get(entry.visitId) ?? '')),
    conflict: entry.conflict ? conflict : '',
  });
}

/**
 * The tooltip is written into the box when the pointer reaches it (or focus lands inside it): a busy
 * week draws hundreds of boxes, and translating every tooltip up front held the new week back.
 */
function tooltipOn(details: () => string) {
  return (event: SyntheticEvent<HTMLElement>) => {
    if (!event.currentTarget.title) event.currentTarget.title = details();
  };
}

/**
 * The inside of an event box: a mark for conflicts, the time, what it is, and where. A busy week has
 * hundreds of these, so it is plain markup with words handed in, icons drawn by the stylesheet (as
 * pseudo-elements: no element of their own), and the native tooltip.
 */
export const EntryContent = memo(function EntryContent({
  entry,
  layout,
  timed,
  text,
}: {
  entry: CalendarEntry;
  /** `row` in the list; `short` for an hour or less in the time grid, where one line is all there is room for. */
  layout: 'block' | 'short' | 'row';
  /** Drawn in a column of the time grid, whose width the box takes. */
  timed: boolean;
  text: EntryText;
}) {
  const showTooltip = tooltipOn(text.details);
  return (
    <div
      className={`qonaq-event qonaq-event--${layout}${timed ? ' qonaq-event--timed' : ''}`}
      onPointerEnter={showTooltip}
      onFocus={showTooltip}
      data-testid="calendar-entry"
      data-entry-id={entry.id}
      data-kind={entry.kind}
      data-conflict={entry.conflict ? 'true' : undefined}
    >
      {entry.conflict && <span className="qonaq-event-badge" role="img" aria-label={text.conflict} />}
      {!entry.allDay && (
        <span className="qonaq-event-time">
          {entry.startTime}
          {/* Dropped by the stylesheet when the box is too narrow for both times. */}
          {entry.endTime !== entry.startTime && <span className="qonaq-event-end">–{entry.endTime}</span>}
        </span>
      )}
      <span
        className={
          entry.kind === 'transfer'
            ? `qonaq-event-title qonaq-event-title--${entry.direction}`
            : 'qonaq-event-title'
        }
      >
        {text.label}
      </span>
      {layout !== 'short' && entry.venue && <span className="qonaq-event-venue">{entry.venue}</span>}
    </div>
  );
});
