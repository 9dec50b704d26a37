import type { CalendarExport } from '../../shared/calendar-export';
import { addDays } from '../../shared/dates';
import type { Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { sameName } from '../../shared/fold';
import type { Language } from '../../shared/languages';
import { itemMissingTexts, minutesOf, type ProgrammeItem, type Span } from '../../shared/planning';
import { missingKey, missingTexts, TRANSLATED_FIELDS, type MissingText } from '../../shared/texts';
import { activeVisitsBetween } from '../planning/conflicts';
import type { RemovedEvent } from '../../shared/calendar-memory';
import { visitJourneys, type JourneyEntry } from './journeys';

/** A programme item with the visit it belongs to: one event of a calendar file. */
export interface CalendarEntry {
  visit: Visit;
  item: ProgrammeItem;
}

/** An event taken off a visit since an earlier file: the next file cancels it. */
export interface RemovedEntry {
  visit: Visit;
  event: RemovedEvent;
}

/** The items, journeys and removed events, with their visits, that a calendar file for `request` holds. */
export interface CalendarSelection {
  entries: CalendarEntry[];
  journeys: JourneyEntry[];
  removed: RemovedEntry[];
  /** The visit the file is about (visit and guest files; a host's file of one visit). */
  visit?: Visit;
  /** The guest a guest's file is for. */
  guestId?: string;
}

/**
 * A host as the items name them: case, accents and spaces (doubled, no-break, at the ends) do not make
 * another person, as Today's conflicts and the calendar export's list of hosts read them (shared/fold.ts).
 */
export const sameHost = sameName;

function visitOf(visits: ReadonlyMap<string, Visit>, id: string): Visit {
  const visit = visits.get(id);
  if (!visit) throw new AppError('notFound', { id });
  return visit;
}

const inOrder = (a: CalendarEntry, b: CalendarEntry) =>
  `${a.item.startDate} ${a.item.startTime}`.localeCompare(`${b.item.startDate} ${b.item.startTime}`) ||
  a.visit.id.localeCompare(b.visit.id) ||
  a.item.id.localeCompare(b.item.id);

const removedOf = (visit: Visit, keep: (event: RemovedEvent) => boolean): RemovedEntry[] =>
  (visit.removedEvents ?? []).filter(keep).map((event) => ({ visit, event }));

/** Chooses the events of a calendar file; an unknown visit or guest is `notFound`. */
export function selectEntries(all: readonly Visit[], request: CalendarExport): CalendarSelection {
  const visits = new Map(all.map((v) => [v.id, v]));
  const of = (visit: Visit, keep: (item: ProgrammeItem) => boolean) =>
    visit.programme.filter(keep).map((item) => ({ visit, item }));
  switch (request.scope) {
    case 'visit': {
      const visit = visitOf(visits, request.visitId);
      return {
        visit,
        entries: of(visit, () => true).sort(inOrder),
        journeys: visitJourneys(visit),
        removed: removedOf(visit, () => true),
      };
    }
    case 'guest': {
      const visit = visitOf(visits, request.visitId);
      const { guestId } = request;
      if (!visit.guests.some((g) => g.id === guestId)) throw new AppError('notFound', { id: guestId });
      const attends = (item: Pick<ProgrammeItem, 'allGuests' | 'guestIds'>) =>
        item.allGuests || item.guestIds.includes(guestId);
      return {
        visit,
        guestId,
        entries: of(visit, attends).sort(inOrder),
        journeys: visitJourneys(visit, (g) => g.id === guestId),
        removed: removedOf(visit, attends),
      };
    }
    case 'host': {
      // Hosts receive at programme items; journeys are the drivers' and escorts'.
      const chosen = request.visitId === undefined ? [...all] : [visitOf(visits, request.visitId)];
      const receives = (item: Pick<ProgrammeItem, 'hosts'>) =>
        item.hosts.some((h) => sameHost(h, request.host));
      const entries = chosen.flatMap((visit) => of(visit, receives)).sort(inOrder);
      const removed = chosen.flatMap((visit) => removedOf(visit, receives));
      return request.visitId === undefined
        ? { entries, journeys: [], removed }
        : { visit: visitOf(visits, request.visitId), entries, journeys: [], removed };
    }
    case 'day': {
      // As the day's schedule gathers them: visits not cancelled, items that overlap the day.
      const next = addDays(request.date, 1);
      const from = minutesOf(request.date, '00:00');
      const to = minutesOf(next, '00:00');
      const overlaps = (span: Span) =>
        span.startTime === ''
          ? span.startDate === request.date
          : minutesOf(span.startDate, span.startTime) < to && minutesOf(span.endDate, span.endTime) > from;
      const active = activeVisitsBetween(all, request.date, next);
      return {
        entries: active.flatMap((v) => of(v, overlaps)).sort(inOrder),
        journeys: active.flatMap((v) => visitJourneys(v).filter((j) => overlaps(j.transfer))),
        removed: active.flatMap((v) => removedOf(v, overlaps)),
      };
    }
  }
}

/**
 * The texts a calendar file in `language` prints and does not have: each item's title, venue and
 * hosts, and the title of its visit (a journey's visit too). Removed events print the titles kept
 * when they were removed, so they ask for nothing. A file is refused until the officer writes them.
 */
export function calendarMissingTexts(
  { entries, journeys }: Pick<CalendarSelection, 'entries' | 'journeys'>,
  language: Language,
): MissingText[] {
  const seen = new Set<string>();
  const out: MissingText[] = [];
  const add = (m: MissingText) => {
    const key = missingKey(m);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const { visit, item } of entries) {
    missingTexts('visit', visit, TRANSLATED_FIELDS.visit, language, { id: visit.id }, ['title']).forEach(add);
    itemMissingTexts(item, language, visit.id).forEach(add);
  }
  // A journey's event names its visit too.
  for (const { visit } of journeys) {
    missingTexts('visit', visit, TRANSLATED_FIELDS.visit, language, { id: visit.id }, ['title']).forEach(add);
  }
  return out;
}
