import { eventUid, MAX_REMOVED_EVENTS } from '../../shared/calendar-constants';
import type { RemovedEvent } from '../../shared/calendar-memory';
import type { Visit } from '../../shared/domain';
import { LANGUAGES, type Language } from '../../shared/languages';
import { itemTextIn, type ProgrammeItem } from '../../shared/planning';
import { journeyEntryUid, journeySummary, visitJourneys, type JourneyEntry } from './journeys';

/**
 * What a visit remembers for its calendar files, brought up to date on every save of the visit (the
 * store calls `remembered` for each): its revision rises, and the events the change took away (items
 * removed, journeys of guests removed or cleared) are kept as removed events, so that the next file
 * cancels them in calendars (docs/decisions/0018-calendar-export.md).
 */

/** Whole seconds from 2020-01-01 UTC: the scale of revisions and SEQUENCE (32 bits last until 2088). */
export function secondsSince2020(at: string | Date): number {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return Number.isFinite(ms) ? Math.max(0, Math.floor((ms - Date.UTC(2020, 0, 1)) / 1000)) : 0;
}

const perLanguage = (text: (language: Language) => string) =>
  Object.fromEntries(LANGUAGES.map((l) => [l, text(l)])) as Record<Language, string>;

function removedItem(item: ProgrammeItem, at: string): RemovedEvent {
  return {
    uid: '',
    kind: 'item',
    titles: perLanguage((l) => itemTextIn(item, 'title', l) || item.title),
    startDate: item.startDate,
    startTime: item.startTime,
    endDate: item.endDate,
    endTime: item.endTime,
    allGuests: item.allGuests,
    guestIds: item.guestIds,
    hosts: item.hosts,
    removedAt: at,
  };
}

function removedJourney({ guest, transfer }: JourneyEntry, at: string): RemovedEvent {
  return {
    uid: '',
    kind: transfer.direction,
    titles: perLanguage((l) => journeySummary(l, transfer.direction, guest, transfer.number)),
    startDate: transfer.startDate,
    startTime: transfer.startTime,
    endDate: transfer.endDate,
    endTime: transfer.endTime,
    allGuests: false,
    guestIds: [guest.id],
    hosts: [],
    removedAt: at,
  };
}

/** The UIDs of the events a visit's files hold now. */
function liveUids(visit: Visit): Set<string> {
  return new Set([
    ...visit.programme.map((item) => eventUid(visit.id, item.id)),
    ...visitJourneys(visit).map(journeyEntryUid),
  ]);
}

/** `next` as it is saved over `current`: its revision raised, the events it no longer has remembered. */
export function remembered(current: Visit | undefined, next: Visit): Visit {
  const revision = Math.max((current?.revision ?? 0) + 1, secondsSince2020(next.updatedAt) + 1);
  const before = current?.removedEvents ?? next.removedEvents ?? [];
  const live = liveUids(next);
  const gone: RemovedEvent[] = [];
  if (current) {
    const at = next.updatedAt;
    for (const item of current.programme) {
      const uid = eventUid(current.id, item.id);
      if (!live.has(uid)) gone.push({ ...removedItem(item, at), uid });
    }
    for (const journey of visitJourneys(current)) {
      const uid = journeyEntryUid(journey);
      if (!live.has(uid)) gone.push({ ...removedJourney(journey, at), uid });
    }
  }
  const goneUids = new Set(gone.map((e) => e.uid));
  const removedEvents = [...before.filter((e) => !live.has(e.uid) && !goneUids.has(e.uid)), ...gone].slice(
    -MAX_REMOVED_EVENTS,
  );
  return { ...next, revision, removedEvents: removedEvents.length > 0 ? removedEvents : undefined };
}
