import type { Visit } from '../../shared/domain';
import type { BriefingCard } from '../../shared/briefing';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { hostsIn, titleIn } from '../../shared/planning';
import { shownIn, TRANSLATED_FIELDS } from '../../shared/texts';
import { displayName } from '../../shared/guest-name';

/** The briefing card of one item of a visit, in `language` (`notFound` for an item not in it). */
export function briefingCard(visit: Visit, itemId: string, language: Language): BriefingCard {
  const item = visit.programme.find((i) => i.id === itemId);
  if (!item) throw new AppError('notFound');
  const v = TRANSLATED_FIELDS.visit;
  const g = TRANSLATED_FIELDS.guest;
  const coming = item.allGuests
    ? visit.guests
    : visit.guests.filter((guest) => item.guestIds.includes(guest.id));
  const hosts = hostsIn(item, language);
  return {
    language,
    visit: {
      id: visit.id,
      title: shownIn(visit, 'title', language, v),
      partnerName: shownIn(visit, 'partnerName', language, v),
      purpose: shownIn(visit, 'purpose', language, v),
    },
    item: {
      id: item.id,
      title: titleIn(item, language),
      startDate: item.startDate,
      startTime: item.startTime,
      endDate: item.endDate,
      endTime: item.endTime,
      venue: shownIn({ ...item, hosts: item.hosts.join('\n') }, 'venue', language, TRANSLATED_FIELDS.item),
      hosts: hosts.length > 0 ? hosts : item.hosts,
      notes: item.notes,
    },
    // The head of the delegation first, then the others in the delegation's own order.
    guests: [...coming]
      .sort((a, b) => Number(b.role === 'head') - Number(a.role === 'head'))
      .map((guest) => ({
        name: displayName(guest, language),
        head: guest.role === 'head',
        position: shownIn(guest, 'position', language, g),
        organisation: shownIn(guest, 'organisation', language, g),
      })),
  };
}
