import type { Hotel } from '../../shared/accommodation';
import { addDays } from '../../shared/dates';
import type { Guest, Visit } from '../../shared/domain';
import type { Language } from '../../shared/languages';
import { titleIn } from '../../shared/planning';
import { transferNumber } from '../../shared/print';
import type { RunSheet, RunSheetDriver, RunSheetRun } from '../../shared/run-sheet';
import { shownIn, TRANSLATED_FIELDS } from '../../shared/texts';
import { displayName } from '../../shared/guest-name';
import { activeVisitsBetween } from '../planning/conflicts';
import { visitTransfers } from '../planning/transfers';
import { journeyPlace } from '../print/say';

/** Where the guest sleeps the night of `night`: the hotel's name and address, '' when no stay covers it. */
function hotelOf(
  visit: Visit,
  guestId: string,
  night: string,
  hotels: ReadonlyMap<string, Hotel>,
  language: Language,
): string {
  const stay = visit.stays.find(
    (s) => s.guestIds.includes(guestId) && s.checkIn <= night && night < s.checkOut,
  );
  const hotel = stay ? hotels.get(stay.hotelId) : undefined;
  if (!hotel) return '';
  const fields = TRANSLATED_FIELDS.hotel;
  return [shownIn(hotel, 'name', language, fields), shownIn(hotel, 'address', language, fields)]
    .filter(Boolean)
    .join(', ');
}

function people(
  visit: Visit,
  ids: readonly string[],
  language: Language,
): { guests: string[]; phones: string[] } {
  const byId = new Map(visit.guests.map((g) => [g.id, g]));
  const chosen = ids.flatMap((id) => {
    const guest = byId.get(id);
    return guest ? [guest] : [];
  });
  return {
    guests: chosen.map((g) => displayName(g, language)),
    phones: chosen
      .map((g: Guest) => (g.phone ? `${displayName(g, language)}: ${g.phone}` : ''))
      .filter(Boolean),
  };
}

function visitRuns(visit: Visit, date: string, hotels: ReadonlyMap<string, Hotel>, language: Language) {
  const title = shownIn(visit, 'title', language, TRANSLATED_FIELDS.visit);
  const out: { driver: string; vehicle: string; run: RunSheetRun }[] = [];
  for (const t of visitTransfers(visit)) {
    if (t.date !== date) continue;
    const arriving = t.direction === 'arrival';
    // Arriving guests are driven to the hotel of their first night, leaving ones from that of their last.
    const hotel = hotelOf(visit, t.guestIds[0] ?? '', arriving ? date : addDays(date, -1), hotels, language);
    const place = journeyPlace(language, t.place, t.terminal, t.mode);
    const run: RunSheetRun = {
      id: t.id,
      kind: t.direction,
      time: t.leaveAt || t.time,
      pickup: arriving ? place : hotel,
      dropOff: arriving ? hotel : place,
      trip: transferNumber(t),
      scheduled: t.leaveAt ? t.time : '',
      visit: title,
      ...people(visit, t.guestIds, language),
      escort: t.escort,
    };
    out.push({ driver: t.driver, vehicle: t.vehicle, run });
  }
  for (const item of visit.programme) {
    if (item.startDate !== date || item.vehicle.trim() === '') continue;
    const ids = item.allGuests ? visit.guests.map((g) => g.id) : item.guestIds;
    const run: RunSheetRun = {
      id: item.id,
      kind: 'item',
      time: item.startTime,
      pickup: '',
      dropOff: shownIn({ ...item, hosts: item.hosts.join('\n') }, 'venue', language, TRANSLATED_FIELDS.item),
      trip: titleIn(item, language),
      scheduled: '',
      visit: title,
      ...people(visit, ids, language),
      escort: item.staff,
    };
    out.push({ driver: '', vehicle: item.vehicle, run });
  }
  return out;
}

/**
 * The day's drives by driver and car, each driver's in time order; drives no driver is assigned to
 * come last, by car. Across every visit under way that day (cancelled ones left out).
 */
export function runSheet(
  visits: Iterable<Visit>,
  hotelList: readonly Hotel[],
  date: string,
  language: Language,
): RunSheet {
  const hotels = new Map(hotelList.map((h) => [h.id, h]));
  const groups = new Map<string, RunSheetDriver>();
  for (const visit of activeVisitsBetween(visits, date, addDays(date, 1))) {
    for (const { driver, vehicle, run } of visitRuns(visit, date, hotels, language)) {
      const key = `${driver.trim().toLowerCase()}|${driver ? '' : vehicle.trim().toLowerCase()}`;
      const group = groups.get(key) ?? { driver: driver.trim(), vehicle: vehicle.trim(), runs: [] };
      if (!group.vehicle && vehicle.trim()) group.vehicle = vehicle.trim();
      group.runs.push(run);
      groups.set(key, group);
    }
  }
  const collator = new Intl.Collator(language);
  const drivers = [...groups.values()]
    .map((g) => ({
      ...g,
      runs: g.runs.sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id)),
    }))
    .sort(
      (a, b) =>
        Number(a.driver === '') - Number(b.driver === '') ||
        collator.compare(a.driver || a.vehicle, b.driver || b.vehicle),
    );
  return { date, language, drivers };
}
