import type { TFunction } from 'i18next';
import { formatDateLong } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import type { Conflict, EntryRef } from '../../../shared/planning';

/** `24 noyabr 2026, 14:00`: a date with its time where there is one. */
function when(language: Language, date: unknown, time: unknown): string {
  if (typeof date !== 'string' || !date) return '';
  const day = formatDateLong(language, date);
  return typeof time === 'string' && time ? `${day}, ${time}` : day;
}

const startOf = (ref: EntryRef) => `${ref.startDate} ${ref.startTime}`;

/** An entry named in a sentence, with its visit when the two entries belong to different visits. */
function entryLabel(t: TFunction, ref: EntryRef, withVisit: boolean): string {
  return withVisit
    ? t('calendar.conflict.entryInVisit', { title: ref.title, visit: ref.visitTitle })
    : t('calendar.conflict.entry', { title: ref.title });
}

/** The sentence that tells the officer what clashes, with whom or what, and when. */
export function conflictSentence(t: TFunction, language: Language, conflict: Conflict): string {
  const { params } = conflict;
  // The sentence names the two entries in the order they happen.
  const swap = conflict.other !== undefined && startOf(conflict.other) < startOf(conflict.entry);
  const entry = swap && conflict.other ? conflict.other : conflict.entry;
  const other = swap ? conflict.entry : conflict.other;
  const acrossVisits = other !== undefined && other.visitId !== entry.visitId;
  const first = entryLabel(t, entry, acrossVisits);
  switch (conflict.code) {
    case 'outsideGuestStay':
      return t('calendar.conflict.outsideGuestStay', {
        name: params.name,
        first,
        when: when(language, entry.startDate, entry.startTime),
        stay: `${when(language, params.arrival, params.arrivalTime)} – ${when(language, params.departure, params.departureTime)}`,
      });
    case 'transferAfterFlight':
      return t('calendar.conflict.transferAfterFlight', {
        name: params.name,
        time: params.time,
        flightTime: params.flightTime,
        date: when(language, entry.startDate, ''),
      });
    default: {
      // An overlap begins when the later of the two entries starts.
      const later = other ?? entry;
      return t(`calendar.conflict.${conflict.code}`, {
        name: params.name,
        first,
        second: other ? entryLabel(t, other, acrossVisits) : '',
        when: when(language, later.startDate, later.startTime),
      });
    }
  }
}
