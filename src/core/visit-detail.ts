import type { VisitDetail, Warning } from '../shared/visits-contract';
import { passportValidUntilRequired, type Visit } from '../shared/domain';
import { guestName } from '../shared/guest-name';
import type { Hotel } from '../shared/accommodation';
import { checkAccommodation } from './planning/accommodation-checks';
import { visitTransfers } from './planning/transfers';

/** What the officer should know about the visit's guests: a passport that expires too soon. */
export function visitWarnings(visit: Visit): Warning[] {
  const warnings: Warning[] = [];
  for (const guest of visit.guests) {
    const leaves = guest.departure.date || visit.departureDate;
    const needed = passportValidUntilRequired(leaves);
    if (guest.passport.expiryDate && guest.passport.expiryDate < needed) {
      warnings.push({
        code: 'passportExpiresSoon',
        guestId: guest.id,
        params: { name: guestName(guest), expiry: guest.passport.expiryDate, needed, departure: leaves },
      });
    }
  }
  return warnings;
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
