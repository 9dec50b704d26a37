import { useEffect } from 'react';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { useLatest } from '../stable-handler';

/**
 * Any date in one step: type it (`15.03.2027`, `15 mart 2027`) or pick it from the calendar that
 * opens under the field, in Qonaq's own month and weekday names.
 */
export function GoToDate({ value, onPick }: { value: string; onPick: (date: string) => void }) {
  const { t } = useTranslation();
  const labels = useDatePickerLabels();
  const format = useDateInputFormat();
  return (
    <DateInput
      {...labels}
      {...format}
      value={value || null}
      onChange={(next) => {
        if (next && next.slice(0, 10) !== value) onPick(next.slice(0, 10));
      }}
      aria-label={t('calendar.goTo.label')}
      placeholder={t('calendar.goTo.placeholder')}
      ariaLabels={{
        previousMonth: t('calendar.goTo.previousMonth'),
        nextMonth: t('calendar.goTo.nextMonth'),
        previousYear: t('calendar.goTo.previousYear'),
        nextYear: t('calendar.goTo.nextYear'),
        previousDecade: t('calendar.goTo.previousDecade'),
        nextDecade: t('calendar.goTo.nextDecade'),
        monthLevelControl: t('calendar.goTo.monthLevel'),
        yearLevelControl: t('calendar.goTo.yearLevel'),
      }}
      allowDeselect={false}
      size="xs"
      w={170}
      data-testid="go-to-date"
    />
  );
}

/** Whether a key press lands in something the officer types into, where `T` is a letter. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * `T` goes to today, on any keyboard layout (the key, not the letter: `е` on a Russian one), unless
 * the officer is typing or a dialog is open over the page.
 */
export function useTodayKey(onToday: () => void, enabled = true) {
  const latest = useLatest(onToday);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyT' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, latest]);
}
