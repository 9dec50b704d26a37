import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCalendarController } from '@fullcalendar/react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/dates';
import type { CalendarEntry, ProgrammeItem, ProgrammeItemInput, Span } from '../../../shared/planning';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useVisits } from '../queries';
import { routeHref } from '../route';
import { isCalendarView, isoDateOf, viewTitle, type CalendarView } from './calendar-format';
import { CalendarToolbar } from './CalendarToolbar';
import { ConflictList } from './ConflictList';
import { EntryDetailsModal } from './EntryDetailsModal';
import { calendarKey, visitsOn, type VisitChoice } from './item-values';
import { ItemModal } from './ItemModal';
import { ProgrammeCalendar } from './ProgrammeCalendar';
import { undoLast } from './undo';
import { itemOf, useMoveItem } from './use-entry-actions';

const VIEW_KEY = 'qonaq.calendar.view';

/** The view last used survives a reload; the date lives in the address. */
function storedView(): CalendarView {
  const saved = window.localStorage.getItem(VIEW_KEY);
  return isCalendarView(saved) ? saved : 'timeGridWeek';
}

interface Editing {
  visitId?: string;
  initial?: Partial<ProgrammeItemInput>;
  item?: ProgrammeItem;
}

/** Ctrl+Z (Cmd+Z) takes back the last move or removal, unless the officer is typing in a field. */
function useUndoShortcut(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !typing &&
        undoLast()
      ) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
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
  useUndoShortcut(editing === null && derived === null);

  const query = { from: range?.from ?? '', to: range?.to ?? '', visitIds: filter, language };
  const data = useQuery({
    queryKey: [...calendarKey, query],
    queryFn: () => api['calendar.range'](query),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
  // With a filter the answer names only the chosen visits; the choice offers every visit of the days.
  const unfiltered = useQuery({
    queryKey: [...calendarKey, { ...query, visitIds: [] }],
    queryFn: () => api['calendar.range']({ ...query, visitIds: [] }),
    enabled: range !== null && filter.length > 0,
    placeholderData: keepPreviousData,
  });
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

  // A link to a day (and an entry) moves the calendar there.
  useEffect(() => {
    if (date) controller.gotoDate(date);
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

  const changeView = (next: CalendarView) => {
    setView(next);
    window.localStorage.setItem(VIEW_KEY, next);
    controller.changeView(next);
  };

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

  const title = range ? viewTitle(language, view, range.from, range.to) : '';
  return (
    <Stack gap="md" className="qonaq-calendar" data-testid="calendar-page">
      <CalendarToolbar
        title={title}
        view={view}
        onView={changeView}
        onToday={() => controller.gotoDate(todayInBaku())}
        onPrev={() => controller.prev()}
        onNext={() => controller.next()}
        visits={allVisits}
        filter={filter}
        onFilter={setFilter}
      />
      {data.error && <Alert color="red">{errorMessage(t, data.error, language)}</Alert>}
      <ProgrammeCalendar
        controller={controller}
        initialView={view}
        initialDate={date ?? todayInBaku()}
        entries={data.data?.entries ?? []}
        highlighted={entry}
        visitTitles={visitTitles}
        contentHeight={view.startsWith('timeGrid') ? 640 : 'auto'}
        onRange={onRange}
        onSelect={startNew}
        onOpen={(picked) => void open(picked)}
        onMove={(picked, span, revert) => void moveItem(picked, span, revert)}
      />
      <ConflictList conflicts={data.data?.conflicts ?? []} />
      <EntryDetailsModal
        entry={derived}
        visitTitle={derived ? (visitTitles.get(derived.visitId) ?? '') : ''}
        onClose={() => setDerived(null)}
      />
      <ItemModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        visits={choices}
        {...(editing?.visitId ? { visitId: editing.visitId } : {})}
        {...(editing?.initial ? { initial: editing.initial } : {})}
        {...(editing?.item ? { item: editing.item } : {})}
      />
    </Stack>
  );
}
