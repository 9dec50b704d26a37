import type { LocaleInput } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import { formatDateLong, weekdayName } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import { dayTitle, isoDateOf } from './calendar-format';

/**
 * FullCalendar's whole locale, written by Qonaq for each UI language: FullCalendar's own `az` has
 * typos ("Il", "Bu Gün") and its defaults leave English in the screen-reader texts ("Timed",
 * "Week 9"). Weeks start on Monday through the calendar's `firstDay`.
 */
export function calendarLocale(language: Language, t: TFunction): LocaleInput {
  const unit = (key: string) => (_text: string, name: string) => t(`calendar.fc.${key}.${name}`);
  return {
    code: language,
    direction: 'ltr',
    prevText: t('calendar.fc.prev'),
    nextText: t('calendar.fc.next'),
    prevYearText: t('calendar.fc.prevYear'),
    nextYearText: t('calendar.fc.nextYear'),
    todayText: t('calendar.today'),
    yearText: t('calendar.fc.year'),
    monthText: t('calendar.view.dayGridMonth'),
    weekTextLong: t('calendar.fc.weekLong'),
    weekTextShort: t('calendar.fc.weekShort'),
    dayText: t('calendar.view.timeGridDay'),
    listText: t('calendar.view.listWeek'),
    todayHint: unit('current'),
    prevHint: unit('previous'),
    nextHint: unit('following'),
    viewHint: (text: string) => t('calendar.fc.viewHint', { view: text }),
    viewChangeHint: t('calendar.view.label'),
    navLinkHint: (text: string) => t('calendar.fc.navLinkHint', { date: text }),
    allDayText: t('calendar.allDay'),
    timedText: t('calendar.fc.timed'),
    moreLinkText: (n: number) => t('calendar.more', { count: n }),
    moreLinkHint: (n: number) => t('calendar.more', { count: n }),
    noEventsText: t('calendar.noEvents'),
    closeHint: t('common.close'),
    eventsHint: t('calendar.events'),
  };
}

/**
 * What a screen reader hears for a day, in place of the text FullCalendar formats through Intl with
 * a fixed English-shaped pattern ("March 15, 2027"; Chromium has no Azerbaijani data at all): a
 * column heading names the weekday and date, a month cell its date, a heading of weekdays only the
 * weekday.
 */
export function dayA11yText(language: Language, kind: 'heading' | 'cell' | 'weekday', date: Date): string {
  const iso = isoDateOf(date);
  if (kind === 'weekday') return weekdayName(language, iso);
  return kind === 'heading' ? dayTitle(language, iso) : formatDateLong(language, iso);
}

/**
 * Puts Qonaq's words into the screen-reader-only text FullCalendar writes first in a day heading or
 * cell (the element not hidden from screen readers and without children of its own), and into the
 * label of a list day.
 */
export function relabelDay(el: HTMLElement, text: string, as: 'text' | 'label'): void {
  if (as === 'label') {
    el.closest('[role="listitem"]')?.setAttribute('aria-label', text);
    return;
  }
  const hidden = [...el.querySelectorAll<HTMLElement>('div')].find(
    (d) => d.childElementCount === 0 && !d.closest('[aria-hidden="true"]') && d.textContent !== '',
  );
  if (hidden && hidden.textContent !== text) hidden.textContent = text;
}
