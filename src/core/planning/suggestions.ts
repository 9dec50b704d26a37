import type { PlanningSuggestions } from '../../shared/planning-contract';
import type { Visit } from '../../shared/domain';

const LIMIT = 200;

/** The values typed before in each field, most used first (ties: alphabetically), for the forms to offer. */
export function planningSuggestions(visits: Iterable<Visit>): PlanningSuggestions {
  const counters = {
    hosts: new Map<string, number>(),
    venues: new Map<string, number>(),
    staff: new Map<string, number>(),
    vehicles: new Map<string, number>(),
    drivers: new Map<string, number>(),
    escorts: new Map<string, number>(),
    places: new Map<string, number>(),
  };
  const add = (map: Map<string, number>, value: string) => {
    const v = value.trim();
    if (v) map.set(v, (map.get(v) ?? 0) + 1);
  };
  for (const visit of visits) {
    for (const item of visit.programme) {
      item.hosts.forEach((h) => add(counters.hosts, h));
      add(counters.venues, item.venue);
      add(counters.staff, item.staff);
      add(counters.vehicles, item.vehicle);
    }
    for (const guest of visit.guests) {
      for (const leg of [guest.arrival, guest.departure]) {
        add(counters.places, leg.airport);
        add(counters.vehicles, leg.pickup.vehicle);
        add(counters.drivers, leg.pickup.driver);
        add(counters.escorts, leg.pickup.escort);
      }
    }
  }
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, LIMIT)
      .map(([value]) => value);
  return {
    hosts: ranked(counters.hosts),
    venues: ranked(counters.venues),
    staff: ranked(counters.staff),
    vehicles: ranked(counters.vehicles),
    drivers: ranked(counters.drivers),
    escorts: ranked(counters.escorts),
    places: ranked(counters.places),
  };
}
