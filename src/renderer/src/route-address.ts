// Screens and their addresses, apart from React: the page's first script reads them before React loads.

/** Where the user is, kept in the URL hash so that a reload stays on the same screen. */
export type Route =
  | { name: 'visits' }
  | { name: 'visit'; id: string }
  | { name: 'backups' }
  | { name: 'settings' }
  | { name: 'register' }
  | { name: 'partners' }
  | { name: 'partner'; id: string }
  | { name: 'reports' }
  /** `date` opens the calendar on that day; `entry` (a programme item or transfer id) is shown picked out. */
  | { name: 'calendar'; date?: string; entry?: string }
  /** `date` shows that day; without it, the page follows the clock's day (Baku). */
  | { name: 'today'; date?: string }
  | { name: 'printDay'; date: string }
  | { name: 'printProgramme'; id: string }
  /** One guest's itinerary (`#/print/visit/ID/guest/GUEST`). */
  | { name: 'printItinerary'; id: string; guestId: string }
  /** The drivers' run sheet of a day (`#/print/runs/DATE`). */
  | { name: 'printRunSheet'; date: string }
  /** The host's briefing card of a programme item (`#/print/visit/ID/item/ITEM`). */
  | { name: 'printBriefing'; id: string; itemId: string };

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const ID = '([A-Za-z0-9_-]+)';

export function parseRoute(hash: string): Route {
  const visit = /^#\/visits\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (visit?.[1]) return { name: 'visit', id: visit[1] };
  if (hash === '#/backups') return { name: 'backups' };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/register') return { name: 'register' };
  if (hash === '#/partners') return { name: 'partners' };
  const partner = new RegExp(`^#/partners/${ID}$`).exec(hash);
  if (partner?.[1]) return { name: 'partner', id: partner[1] };
  if (hash === '#/reports') return { name: 'reports' };
  const today = new RegExp(`^#/today(?:/${DATE})?$`).exec(hash);
  if (today) return { name: 'today', ...(today[1] ? { date: today[1] } : {}) };
  const calendar = new RegExp(`^#/calendar(?:/${DATE}(?:/${ID})?)?$`).exec(hash);
  if (calendar) {
    const [, date, entry] = calendar;
    return { name: 'calendar', ...(date ? { date } : {}), ...(entry ? { entry } : {}) };
  }
  const printDay = new RegExp(`^#/print/day/${DATE}$`).exec(hash);
  if (printDay?.[1]) return { name: 'printDay', date: printDay[1] };
  const printProgramme = new RegExp(`^#/print/visit/${ID}$`).exec(hash);
  if (printProgramme?.[1]) return { name: 'printProgramme', id: printProgramme[1] };
  const printItinerary = new RegExp(`^#/print/visit/${ID}/guest/${ID}$`).exec(hash);
  if (printItinerary?.[1] && printItinerary[2])
    return { name: 'printItinerary', id: printItinerary[1], guestId: printItinerary[2] };
  const printRunSheet = new RegExp(`^#/print/runs/${DATE}$`).exec(hash);
  if (printRunSheet?.[1]) return { name: 'printRunSheet', date: printRunSheet[1] };
  const printBriefing = new RegExp(`^#/print/visit/${ID}/item/${ID}$`).exec(hash);
  if (printBriefing?.[1] && printBriefing[2])
    return { name: 'printBriefing', id: printBriefing[1], itemId: printBriefing[2] };
  return { name: 'visits' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'visit':
      return `#/visits/${route.id}`;
    case 'backups':
      return '#/backups';
    case 'settings':
      return '#/settings';
    case 'register':
      return '#/register';
    case 'partners':
      return '#/partners';
    case 'partner':
      return `#/partners/${route.id}`;
    case 'reports':
      return '#/reports';
    case 'calendar':
      return `#/calendar${route.date ? `/${route.date}${route.entry ? `/${route.entry}` : ''}` : ''}`;
    case 'today':
      return `#/today${route.date ? `/${route.date}` : ''}`;
    case 'printDay':
      return `#/print/day/${route.date}`;
    case 'printProgramme':
      return `#/print/visit/${route.id}`;
    case 'printItinerary':
      return `#/print/visit/${route.id}/guest/${route.guestId}`;
    case 'printRunSheet':
      return `#/print/runs/${route.date}`;
    case 'printBriefing':
      return `#/print/visit/${route.id}/item/${route.itemId}`;
    default:
      return '#/';
  }
}
