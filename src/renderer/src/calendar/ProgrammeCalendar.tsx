import { memo, useMemo, useState } from 'react';
import FullCalendar, {
  type CalendarController,
  type DateSelectInfo,
  type EventChangeInfo,
  type EventClickInfo,
  type EventDisplayInfo,
  type DatesSetInfo,
  type DayCellInfo,
  type DayHeaderInfo,
  type ListDayHeaderInfo,
  type MountInfo,
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
import { formatDateLong, onBakuClock, weekdayName } from '../../../shared/dates';
import { minutesOf, type CalendarEntry, type Span } from '../../../shared/planning';
import { useFormat } from '../format';
import { useLatest } from '../stable-handler';
import { once } from '../../../shared/once';
import { entryPropsOf, toEvent } from './calendar-events';
import { calendarLocale, dayA11yText, relabelDay } from './calendar-locale';
import {
  dayHeading,
  dayTitle,
  isoDateOf,
  monthCellLabel,
  timeOf,
  type CalendarView,
} from './calendar-format';
import { EntryContent, entryTexts } from './EntryContent';

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

/** The calendar's clock is Baku's, whatever the computer's time zone. */
const bakuNow = () => onBakuClock(new Date());

const PLUGINS = [timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin, classicTheme];
// The title already names the day of a day view.
const VIEWS = { timeGridDay: { dayHeaders: false, eventMaxStack: 12 } };

/**
 * FullCalendar's own title is not shown (the toolbar writes Qonaq's), nor used as a label without its
 * header: an empty one spares formatting it through Intl on every move.
 */
const NO_TITLE = () => '';

const hourMinute = (f: { date: { hour: number; minute: number } }) =>
  `${String(f.date.hour).padStart(2, '0')}:${String(f.date.minute).padStart(2, '0')}`;

/**
 * The inside of an event box, from what the event carries: the same function for every event and
 * every drawing, so that FullCalendar never sees its options change and redraws only what did.
 */
function eventContent(info: EventDisplayInfo) {
  const { entry, text } = entryPropsOf(info.event);
  if (!entry || !text) return true;
  const view = info.view.type;
  return (
    <EntryContent
      entry={entry}
      layout={layoutOf(entry, view)}
      timed={!entry.allDay && view.startsWith('timeGrid')}
      text={text()}
    />
  );
}

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
 *
 * Every option but the events is the same object from one drawing to the next (until the language
 * changes): a new function among FullCalendar's options makes it redraw every entry, and a busy week
 * has hundreds.
 */
export const ProgrammeCalendar = memo(function ProgrammeCalendar(props: ProgrammeCalendarProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { entries, highlighted, visitTitles } = props;
  const handlers = useLatest({
    onOpen: props.onOpen,
    onMove: props.onMove,
    onSelect: props.onSelect,
    onRange: props.onRange,
    highlighted,
  });
  // An entry's words are worked out when it is first drawn, then kept until the data or the language changes.
  const events = useMemo(() => {
    const textOf = entryTexts(t, visitTitles);
    return entries.map((entry) =>
      toEvent(
        entry,
        highlighted,
        once(() => textOf(entry)),
      ),
    );
  }, [t, entries, visitTitles, highlighted]);

  // Made once: each reads the latest props when FullCalendar calls it.
  const [calls] = useState(() => ({
    changed: (info: EventChangeInfo) => {
      const { entry } = entryPropsOf(info.event);
      const start = info.event.start;
      if (!entry || !start) {
        info.revert();
        return;
      }
      handlers.current.onMove(entry, spanOf(start, info.event.end, false), info.revert);
    },
    datesSet: (info: DatesSetInfo) =>
      handlers.current.onRange(isoDateOf(info.start), isoDateOf(info.end), info.view.type),
    select: (info: DateSelectInfo) => {
      handlers.current.onSelect(spanOf(info.start, info.end, info.allDay));
      info.view.calendar.unselect();
    },
    eventClick: (info: EventClickInfo) => {
      const { entry } = entryPropsOf(info.event);
      if (entry) handlers.current.onOpen(entry);
    },
    eventDidMount: (info: MountInfo<EventDisplayInfo>) => {
      // An entry opened from a link is brought into view, wherever the day's scroll stands.
      const { highlighted } = handlers.current;
      if (highlighted && entryPropsOf(info.event).entry?.id === highlighted)
        info.el.scrollIntoView({ block: 'center' });
    },
  }));
  // What depends on the language changes with it, and only then.
  const words = useMemo(() => {
    // A crowded week has dozens of "+N" links, mostly with the same few numbers.
    const more = new Map<number, string>();
    return {
      dayHeaderContent: (info: { date: Date; view: { type: string } }) => {
        const heading = dayHeading(language, info.view.type, isoDateOf(info.date));
        return (
          <span className="qonaq-day-heading">
            <span>{heading.weekday}</span>
            {heading.day && <strong>{heading.day}</strong>}
          </span>
        );
      },
      // The column's own words, for what FullCalendar writes besides the heading drawn above.
      dayHeaderFormat: (f: { date: { marker: Date } }) => dayTitle(language, isoDateOf(f.date.marker)),
      dayCellFormat: (f: { date: { marker: Date } }) => monthCellLabel(language, isoDateOf(f.date.marker)),
      popoverFormat: (f: { date: { marker: Date } }) => dayTitle(language, isoDateOf(f.date.marker)),
      listDayFormat: (f: { date: { marker: Date } }) => weekdayName(language, isoDateOf(f.date.marker)),
      listDayAltFormat: (f: { date: { marker: Date } }) => formatDateLong(language, isoDateOf(f.date.marker)),
      moreLinkText: (n: number) => {
        let text = more.get(n);
        if (text === undefined) more.set(n, (text = t('calendar.more', { count: n })));
        return text;
      },
      locale: calendarLocale(language, t),
      // FullCalendar's screen-reader texts for days come from a fixed Intl pattern: Qonaq's words instead.
      dayHeaderDidMount: (info: MountInfo<DayHeaderInfo>) =>
        relabelDay(
          info.el,
          dayA11yText(language, info.el.dataset['date'] ? 'heading' : 'weekday', info.date),
          'text',
        ),
      dayCellDidMount: (info: MountInfo<DayCellInfo>) =>
        relabelDay(info.el, dayA11yText(language, 'cell', info.date), 'text'),
      listDayHeaderDidMount: (info: MountInfo<ListDayHeaderInfo>) =>
        relabelDay(info.el, dayA11yText(language, 'heading', info.date), 'label'),
    };
  }, [language, t]);

  // A new language draws the calendar anew, on the day and view it showed: the texts FullCalendar wrote
  // for screen readers are set once, when a day is first drawn.
  const shown = props.controller.getDate();
  return (
    <FullCalendar
      key={language}
      controller={props.controller}
      plugins={PLUGINS}
      initialView={props.controller.view?.type ?? props.initialView}
      initialDate={shown ? isoDateOf(shown) : props.initialDate}
      headerToolbar={false}
      timeZone="UTC"
      now={bakuNow}
      firstDay={1}
      contentHeight={props.contentHeight}
      slotMinTime="00:00"
      slotMaxTime="24:00"
      scrollTime="07:00"
      // Paging through weeks keeps the hours the officer was looking at (and spares a forced layout).
      scrollTimeReset={false}
      // Hour lines, 15-minute steps: 07:00 to 22:00 fit on screen and the night is a scroll away.
      slotDuration="01:00"
      slotMinHeight={34}
      slotEventOverlap={false}
      snapDuration="00:15"
      nowIndicator
      editable
      selectable
      selectMirror
      // A crowded hour shows three entries side by side and a "+N" that opens the others: in a week
      // column three boxes still show their times and the start of their titles, where four showed
      // "0…" (and a busy week once had fifty slivers side by side, each one costing time to draw).
      dayMaxEvents={4}
      eventMaxStack={3}
      // The entry a link points at first, so it is drawn rather than counted in a "+N".
      eventOrder="-highlight,start,-duration,allDay,title"
      events={events}
      eventDisplay="block"
      datesSet={calls.datesSet}
      select={calls.select}
      eventClick={calls.eventClick}
      eventDrop={calls.changed}
      eventResize={calls.changed}
      eventContent={eventContent}
      eventDidMount={calls.eventDidMount}
      titleFormat={NO_TITLE}
      dayHeaderFormat={words.dayHeaderFormat}
      dayHeaderContent={words.dayHeaderContent}
      slotHeaderFormat={hourMinute}
      eventTimeFormat={hourMinute}
      dayCellFormat={words.dayCellFormat}
      monthStartFormat={words.dayCellFormat}
      popoverFormat={words.popoverFormat}
      listDayFormat={words.listDayFormat}
      listDayAltFormat={words.listDayAltFormat}
      locale={words.locale}
      moreLinkText={words.moreLinkText}
      moreLinkHint={words.moreLinkText}
      dayHeaderDidMount={words.dayHeaderDidMount}
      dayCellDidMount={words.dayCellDidMount}
      listDayHeaderDidMount={words.listDayHeaderDidMount}
      navLinks={false}
      views={VIEWS}
    />
  );
});
