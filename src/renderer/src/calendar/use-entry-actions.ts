import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import type { CalendarEntry, ProgrammeItem, Span } from '../../../shared/planning';
import { errorMessage, fieldMessage } from '../errors';
import { useFormat } from '../format';
import { queryClient, queryOptions } from '../queries';
import { timeRange } from './calendar-format';
import { saveItem } from './item-values';
import { offerUndo } from '../shell/undo';

/** The programme item behind a calendar entry, as the core has it now. */
export async function itemOf(entry: Pick<CalendarEntry, 'visitId' | 'id'>): Promise<ProgrammeItem | null> {
  const detail = await queryClient.fetchQuery(queryOptions('visits.get', { id: entry.visitId }));
  return detail.visit.programme.find((p) => p.id === entry.id) ?? null;
}

/**
 * Moving or resizing an item on the calendar: saved at once with an Undo on offer; when the core
 * refuses (say, a day outside the visit), the item goes back and the reason is shown.
 */
export function useMoveItem() {
  const { t } = useTranslation();
  const { language, date } = useFormat();
  return useCallback(
    async (entry: CalendarEntry, span: Span, revert: () => void) => {
      try {
        const item = await itemOf(entry);
        if (!item) throw new AppError('notFound', { id: entry.id });
        const when = `${date(span.startDate)}, ${timeRange(span.startTime, span.endTime)}`;
        // Offered once the core has the move, not after the calendar has been fetched again: Ctrl+Z
        // pressed straight after dropping takes it back.
        // Only the time is the officer's move (and its undoing): the rest stays as the item now is.
        const moved = { ...item, ...span };
        await saveItem(
          entry.visitId,
          moved,
          () =>
            offerUndo(
              t('calendar.notify.moved', { title: item.title, when }),
              () => saveItem(entry.visitId, item, undefined, moved),
              t,
              language,
            ),
          item,
        );
      } catch (error) {
        revert();
        // A refused field says why in its own words ("outside the visit, 12–15 May"), not "check the form".
        const field = error instanceof AppError ? error.fields?.[0] : undefined;
        notifications.show({
          color: 'red',
          title: t('calendar.notify.notMoved'),
          message: field ? fieldMessage(t, field, language) : errorMessage(t, error, language),
          autoClose: 8000,
        });
      }
    },
    [t, language, date],
  );
}
