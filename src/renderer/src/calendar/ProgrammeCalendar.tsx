import { useMemo } from 'react';
import FullCalendar, {
  type CalendarController,
  type DateSelectInfo,
  type EventChangeInfo,
  type EventClickInfo,
  type EventDisplayInfo,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import classicTheme from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import { useTranslation } from 'react-i18next';
import { formatDateLong, weekdayName } from '../../../shared/dates';
import { minutesOf, type CalendarEntry, type Span } from '../../../shared/planning';
import { useFormat } from '../format';
import { eventId, toEvent } from './calendar-events';
import {
  dayHeading,
  dayTitle,
  isoDateOf,
  monthCellLabel,
  timeOf,
  type CalendarView,
} from './calendar-format';
import { EntryContent, entryTexts } from './EntryContent';

const BAKU_OFFSET_MS = 4 * 60 * 60 * 1000;

/** A FullCalendar date (its UTC fields are the Baku wall clock) as a Baku date and time. */
const spanOf = (start: Date, end: Date | null, allDay: boolean): Span => {
  const last = end ?? start;
  return {
    startDate: isoDateOf(start),
    startTime: allDay ? '' : timeOf(start),
    endDate: isoDateOf(last),
    endTime: allDay ? '' : timeOf(last),
  };
};

/** How much room an entry has: a row in the list, one line for an hour or less on the time grid. */
function layoutOf(entry: CalendarEntry, view: string): 'block' | 'short' | 'row' {
  if (view.startsWith('list')) return 'row';
  const short =
    !entry.allDay &&
    view.startsWith('timeGrid') &&
    minutesOf(entry.endDate, entry.endTime) - minutesOf(entry.startDate, entry.startTime) <= 60;
  return short ? 'short' : 'block';
}

export interface ProgrammeCalendarProps {
  controller: CalendarController;
  initialView: CalendarView;
  initialDate: string;
  entries: CalendarEntry[];
  highlighted: string | undefined;
  /** Visit titles by id, for the tooltips. */
  visitTitles: ReadonlyMap<string, string>;
  contentHeight: number | 'auto';
  onRange: (from: string, to: string, view: string) => void;
  onSelect: (span: Span) => void;
  onOpen: (entry: CalendarEntry) => void;
  /** A programme item dragged or resized to `span`; `revert` puts it back if the core refuses. */
  onMove: (entry: CalendarEntry, span: Span, revert: () => void) => void;
}

/**
 * The calendar itself. Every text it prints comes from Qonaq's tables or translations, never from
 * FullCalendar's locales (its Azerbaijani one has typos) or Intl (no Azerbaijani data in Chromium).
 */
export function ProgrammeCalendar(props: ProgrammeCalendarProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { entries, highlighted, onOpen, onMove, onSelect, onRange } = props;
  const byId = useMemo(() => new Map(entries.map((e) => [eventId(e), e])), [entries]);
  const events = useMemo(() => entries.map((e) => toEvent(e, highlighted)), [entries, highlighted]);
  // Every entry's words at once, when the data or the language changes: drawing them only looks them up.
  const texts = useMemo(
    () => entryTexts(t, entries, props.visitTitles, eventId),
    [t, entries, props.visitTitles],
  );
  const conflictLabel = t('calendar.entry.conflict');

  const changed = (info: EventChangeInfo) => {
    const entry = byId.get(info.event.id);
    const start = info.event.start;
    if (!entry || !start) {
      info.revert();
      return;
    }
    onMove(entry, spanOf(start, info.event.end, false), info.revert);
  };

  return (
    <FullCalendar
      controller={props.controller}
      plugins={[timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin, classicTheme]}
      initialView={props.initialView}
      initialDate={props.initialDate}
      headerToolbar={false}
      timeZone="UTC"
      // The calendar's clock is Baku's, whatever the computer's time zone.
      now={() => new Date(Date.now() + BAKU_OFFSET_MS)}
      firstDay={1}
      contentHeight={props.contentHeight}
      slotMinTime="00:00"
      slotMaxTime="24:00"
      scrollTime="07:00"
      // Hour lines, 15-minute steps: 07:00 to 22:00 fit on screen and the night is a scroll away.
      slotDuration="01:00"
      slotMinHeight={34}
      slotEventOverlap={false}
      snapDuration="00:15"
      nowIndicator
      editable
      selectable
      selectMirror
      dayMaxEvents={4}
      events={events}
      eventDisplay="block"
      datesSet={(info) => onRange(isoDateOf(info.start), isoDateOf(info.end), info.view.type)}
      select={(info: DateSelectInfo) => {
        onSelect(spanOf(info.start, info.end, info.allDay));
        info.view.calendar.unselect();
      }}
      eventClick={(info: EventClickInfo) => {
        const entry = byId.get(info.event.id);
        if (entry) onOpen(entry);
      }}
      eventDrop={changed}
      eventResize={changed}
      eventContent={(info: EventDisplayInfo) => {
        const entry = byId.get(info.event.id);
        const text = texts.get(info.event.id);
        if (!entry || !text) return true;
        return (
          <EntryContent
            entry={entry}
            layout={layoutOf(entry, info.view.type)}
            timed={!entry.allDay && info.view.type.startsWith('timeGrid')}
            text={text}
            conflictLabel={conflictLabel}
          />
        );
      }}
      eventDidMount={(info) => {
        // An entry opened from a link is brought into view, wherever the day's scroll stands.
        if (highlighted && byId.get(info.event.id)?.id === highlighted)
          info.el.scrollIntoView({ block: 'center' });
      }}
      dayHeaderContent={(info) => {
        const date = isoDateOf(info.date);
        const heading = dayHeading(language, info.view.type, date);
        return (
          <span className="qonaq-day-heading">
            <span>{heading.weekday}</span>
            {heading.day && <strong>{heading.day}</strong>}
          </span>
        );
      }}
      slotHeaderFormat={(f) =>
        `${String(f.date.hour).padStart(2, '0')}:${String(f.date.minute).padStart(2, '0')}`
      }
      eventTimeFormat={(f) =>
        `${String(f.date.hour).padStart(2, '0')}:${String(f.date.minute).padStart(2, '0')}`
      }
      dayCellFormat={(f) => monthCellLabel(language, isoDateOf(f.date.marker))}
      monthStartFormat={(f) => monthCellLabel(language, isoDateOf(f.date.marker))}
      popoverFormat={(f) => dayTitle(language, isoDateOf(f.date.marker))}
      listDayFormat={(f) => weekdayName(language, isoDateOf(f.date.marker))}
      listDayAltFormat={(f) => formatDateLong(language, isoDateOf(f.date.marker))}
      allDayText={t('calendar.allDay')}
      noEventsText={t('calendar.noEvents')}
      moreLinkText={(n) => t('calendar.more', { count: n })}
      moreLinkHint={(n) => t('calendar.more', { count: n })}
      closeHint={t('common.close')}
      eventsHint={t('calendar.events')}
      navLinks={false}
      // The title already names the day of a day view.
      views={{ timeGridDay: { dayHeaders: false } }}
    />
  );
}
