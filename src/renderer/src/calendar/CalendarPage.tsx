import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCalendarController } from '@fullcalendar/react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/dates';
import type {
  CalendarEntry,
  Conflict,
  ProgrammeItem,
  ProgrammeItemInput,
  Span,
} from '../../../shared/planning';
import { afterNextPaint } from '../after-paint';
import { useStableHandler } from '../stable-handler';
import { useOnceOpened } from '../once-opened';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useVisits } from '../queries';
import { routeHref } from '../route';
import { isoDateOf, viewTitle, type CalendarView } from './calendar-format';
import { CalendarToolbar } from './CalendarToolbar';
import { useTodayKey } from './GoToDate';
import { ConflictList } from './ConflictList';
import { EntryDetailsModal } from './EntryDetailsModal';
import { calendarKey, visitsOn, type VisitChoice } from './item-values';
import { ItemModal } from './ItemModal';
import { ProgrammeCalendar } from './ProgrammeCalendar';
import { useUndoShortcut } from '../shell/undo';
import { prefetchAround, rangeOptions, storedView, useOpeningScroll, VIEW_KEY } from './calendar-range';
import { itemOf, useMoveItem } from './use-entry-actions';

const NO_ENTRIES: CalendarEntry[] = [];
const NO_CONFLICTS: Conflict[] = [];

interface Editing {
  visitId?: string;
  initial?: Partial<ProgrammeItemInput>;
  item?: ProgrammeItem;
}

/**
 * The programme of every visit on one calendar: items, transfers and hotel nights in the visit's
 * colour, conflicts marked and listed. `date` and `entry` come from the address `#/calendar/DATE/ENTRY`.
 */
export function CalendarPage({ date, entry }: { date?: string; entry?: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const controller = useCalendarController();
  const [view, setView] = useState<CalendarView>(storedView);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [filter, setFilter] = useState<string[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [derived, setDerived] = useState<CalendarEntry | null>(null);
  const moveItem = useMoveItem();
  // Until they first open, moving through weeks does not draw the dialogs again with each week's visits.
  const itemUsed = useOnceOpened(editing !== null);
  const detailsUsed = useOnceOpened(derived !== null);
  useUndoShortcut(editing === null && derived === null);

  const client = useQueryClient();
  // What an earlier visit to the page fetched may predate changes made elsewhere since: asked again.
  useState(() => void client.invalidateQueries({ queryKey: calendarKey, refetchType: 'none' }));
  const query = useMemo(
    () => ({ from: range?.from ?? '', to: range?.to ?? '', visitIds: filter, language }),
    [range, filter, language],
  );
  const data = useQuery({
    ...rangeOptions(query),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
  // With a filter the answer names only the chosen visits; the choice offers every visit of the days.
  const unfiltered = useQuery({
    ...rangeOptions({ ...query, visitIds: [] }),
    enabled: range !== null && filter.length > 0,
    placeholderData: keepPreviousData,
  });
  // Once the days on screen are painted, the days either side are fetched, ready for the next click.
  const loaded = data.isSuccess && !data.isPlaceholderData;
  useEffect(() => {
    if (loaded && query.from) return afterNextPaint(() => prefetchAround(client, view, query));
  }, [client, loaded, view, query]);
  useOpeningScroll(controller, view, range, loaded && !entry ? data.data?.entries : undefined);
  const shownVisits = useMemo(() => data.data?.visits ?? [], [data.data]);
  const allVisits = useMemo(
    () => (filter.length > 0 ? (unfiltered.data?.visits ?? shownVisits) : shownVisits),
    [filter.length, unfiltered.data, shownVisits],
  );
  const visitTitles = useMemo(() => new Map(allVisits.map((v) => [v.id, v.title])), [allVisits]);
  const summaries = useVisits({});
  const choices: VisitChoice[] = useMemo(() => {
    const shown = new Set(shownVisits.map((v) => v.id));
    return (summaries.data ?? []).filter((v) => shown.has(v.id));
  }, [summaries.data, shownVisits]);

  /** The dates the calendar shows now, read straight after it moved, before it has drawn them. */
  const showRange = useCallback(() => {
    const shown = controller.view;
    if (!shown) return;
    const from = isoDateOf(shown.activeStart);
    const to = isoDateOf(shown.activeEnd);
    setRange((r) => (r?.from === from && r.to === to ? r : { from, to }));
  }, [controller]);

  // A link to a day (and an entry) moves the calendar there, unless it is there already.
  useEffect(() => {
    const current = controller.getDate();
    if (!date || (current && isoDateOf(current) === date)) return;
    controller.gotoDate(date);
  }, [controller, date, entry]);

  const onRange = useCallback(
    (from: string, to: string) => {
      setRange((r) => (r?.from === from && r.to === to ? r : { from, to }));
      const current = controller.getDate();
      if (!current) return;
      const anchor = isoDateOf(current);
      const href = routeHref({
        name: 'calendar',
        date: anchor,
        ...(entry && anchor === date ? { entry } : {}),
      });
      if (window.location.hash !== href) {
        // Replaced, not pushed: paging through weeks should not fill the Back button's history.
        window.history.replaceState(null, '', href);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
    },
    [controller, date, entry],
  );

  // The calendar moves and the range it asks for follow in one drawing, with the entries of the new
  // days when they were fetched ahead: not a drawing of empty days first, then another with entries.
  const changeView = useCallback(
    (next: CalendarView) => {
      setView(next);
      window.localStorage.setItem(VIEW_KEY, next);
      controller.changeView(next);
      showRange();
    },
    [controller, showRange],
  );
  const onToday = useCallback(() => {
    controller.gotoDate(todayInBaku());
    showRange();
  }, [controller, showRange]);
  const onGoTo = useCallback(
    (day: string) => {
      controller.gotoDate(day);
      showRange();
    },
    [controller, showRange],
  );
  useTodayKey(onToday, editing === null && derived === null);
  const onPrev = useCallback(() => {
    controller.prev();
    showRange();
  }, [controller, showRange]);
  const onNext = useCallback(() => {
    controller.next();
    showRange();
  }, [controller, showRange]);
  const [initialDate] = useState(() => date ?? todayInBaku());
  const [initialView] = useState(view);

  const startNew = (span: Span) => {
    const day = span.startDate;
    if (visitsOn(choices, day).length === 0) {
      notifications.show({ color: 'orange', message: t('calendar.notify.noVisitThatDay') });
      return;
    }
    // A click on a whole day (month view, all-day row) proposes an hour in the morning.
    const timed = span.startTime !== '';
    const endDate = timed ? span.endDate : day;
    setEditing({
      initial: {
        startDate: day,
        startTime: timed ? span.startTime : '10:00',
        endDate,
        endTime: timed ? span.endTime : '11:00',
      },
    });
  };

  const open = async (picked: CalendarEntry) => {
    if (picked.kind !== 'item') {
      setDerived(picked);
      return;
    }
    try {
      const item = await itemOf(picked);
      if (item) setEditing({ item, visitId: picked.visitId });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error, language) });
    }
  };

  // The calendar is drawn again only when what it shows changes, not with each drawing of the page.
  const onRangeStable = useStableHandler(onRange);
  const onSelect = useStableHandler(startNew);
  const onOpen = useStableHandler((picked: CalendarEntry) => void open(picked));
  const onMove = useStableHandler((picked: CalendarEntry, span: Span, revert: () => void) => {
    void moveItem(picked, span, revert);
  });

  const title = range ? viewTitle(language, view, range.from, range.to) : '';
  return (
    <Stack gap="md" className="qonaq-calendar" data-testid="calendar-page">
      <CalendarToolbar
        title={title}
        date={date ?? range?.from ?? ''}
        onGoTo={onGoTo}
        view={view}
        onView={changeView}
        onToday={onToday}
        onPrev={onPrev}
        onNext={onNext}
        visits={allVisits}
        filter={filter}
        onFilter={setFilter}
      />
      {data.error && <Alert color="red">{errorMessage(t, data.error, language)}</Alert>}
      <ProgrammeCalendar
        controller={controller}
        initialView={initialView}
        initialDate={initialDate}
        entries={data.data?.entries ?? NO_ENTRIES}
        highlighted={entry}
        visitTitles={visitTitles}
        contentHeight={view.startsWith('timeGrid') ? 640 : 'auto'}
        onRange={onRangeStable}
        onSelect={onSelect}
        onOpen={onOpen}
        onMove={onMove}
      />
      <ConflictList conflicts={data.data?.conflicts ?? NO_CONFLICTS} />
      {detailsUsed && (
        <EntryDetailsModal
          entry={derived}
          visitTitle={derived ? (visitTitles.get(derived.visitId) ?? '') : ''}
          onClose={() => setDerived(null)}
        />
      )}
      {itemUsed && (
        <ItemModal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          visits={choices}
          {...(editing?.visitId ? { visitId: editing.visitId } : {})}
          {...(editing?.initial ? { initial: editing.initial } : {})}
          {...(editing?.item ? { item: editing.item } : {})}
        />
      )}
    </Stack>
  );
}
