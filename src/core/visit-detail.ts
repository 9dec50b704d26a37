import type { VisitDetail, Warning } from '../shared/visits-contract';
import type { Visit } from '../shared/domain';
import { guestName } from '../shared/guest-name';
import type { Hotel } from '../shared/accommodation';
import { checkAccommodation } from './planning/accommodation-checks';
import { visitTransfers } from './planning/transfers';
import { passportShortfall } from './visit-dates';

/** What the officer should know about the visit's guests: a passport that expires too soon. */
export function visitWarnings(visit: Visit): Warning[] {
  return visit.guests.flatMap((guest): Warning[] => {
    const short = passportShortfall(guest, visit);
    return short
      ? [{ code: 'passportExpiresSoon', guestId: guest.id, params: { name: guestName(guest), ...short } }]
      : [];
  });
}

/** A visit with what is derived from it alone (its conflicts with other visits are asked for apart). */
export function toDetail(visit: Visit, hotels: readonly Hotel[] = []): VisitDetail {
  return {
    visit,
    warnings: visitWarnings(visit),
    accommodation: checkAccommodation(visit, hotels),
    planning: { transfers: [...visitTransfers(visit)] },
  };
}
