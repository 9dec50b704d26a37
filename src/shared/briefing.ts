import type { IsoDate } from './dates';
import type { Language } from './languages';

/**
 * A host's briefing card for one programme item (a meeting): who comes, with their positions, what the
 * visit is for, the item's own notes. For the university's side, so texts missing in the card's
 * language show as they were typed, as on the daily schedule.
 */
export interface BriefingCard {
  language: Language;
  visit: { id: string; title: string; partnerName: string; purpose: string };
  item: {
    id: string;
    title: string;
    startDate: IsoDate;
    startTime: string;
    endDate: IsoDate;
    endTime: string;
    venue: string;
    hosts: string[];
    notes: string;
  };
  guests: { name: string; head: boolean; position: string; organisation: string }[];
}
