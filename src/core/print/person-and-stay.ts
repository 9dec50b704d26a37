import type { Paragraph } from 'docx';
import { formatLetterDate } from '../../shared/dates';
import type { Language } from '../../shared/languages';
import { line } from './docx-layout';
import { sayIn } from './say';

/**
 * How a hotel stay and a person to call print in every document that lists them (the programme and
 * a guest's itinerary), so that the two read alike.
 */

/** A hotel in bold, its address, city and phone on one line, then the nights booked. */
export function stayLines(
  language: Language,
  stay: { name: string; address: string; city: string; phone: string; checkIn: string; checkOut: string },
): Paragraph[] {
  const say = sayIn(language);
  const date = (iso: string) => formatLetterDate(language, iso);
  return [
    line(language, stay.name, { bold: true }),
    line(language, [stay.address, stay.city, stay.phone].filter(Boolean).join(', ')),
    line(
      language,
      say('print.programme.stay', { checkIn: date(stay.checkIn), checkOut: date(stay.checkOut) }),
    ),
  ];
}

/** A person's name in bold, then their phone and email, each only where known. */
export function personLines(
  language: Language,
  person: { name: string; phone: string; email: string },
): Paragraph[] {
  const say = sayIn(language);
  return [
    ...(person.name ? [line(language, person.name, { bold: true })] : []),
    ...(person.phone ? [line(language, say('print.programme.phone', { phone: person.phone }))] : []),
    ...(person.email ? [line(language, say('print.programme.email', { email: person.email }))] : []),
  ];
}
