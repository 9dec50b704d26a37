import { azOrdinalSuffix, type IsoDate } from './dates';
import type { Language } from './languages';
import type { MissingText } from './texts';
import type { Direction, ProgrammeType, ScheduleRow, Transfer } from './planning';

/**
 * A visit's programme as its guests read it: day by day from arrival to departure, in one language,
 * with where they sleep and whom to call. Built by the core; printed by the renderer and as .docx.
 */

/** One line of a guest's day: a programme item, or the journey in or out of the city. */
export interface ProgrammeLine {
  id: string;
  kind: 'item' | 'journey';
  startTime: string;
  /** The day it ends on when it ends on a later one, else ''. */
  endDate: IsoDate;
  endTime: string;
  /** An item's title in the chosen language (or its own title); a journey's flight or train number. */
  title: string;
  itemType: ProgrammeType;
  venue: string;
  hosts: string[];
  /** The guests it concerns; empty when it is the whole delegation. */
  guests: string[];
  /** Only for journeys. */
  journey?: {
    direction: Direction;
    mode: 'flight' | 'train';
    place: string;
    terminal: string;
    leaveAt: string;
  };
}

export interface ProgrammeDay {
  date: IsoDate;
  lines: ProgrammeLine[];
}

export interface ProgrammeHotel {
  name: string;
  address: string;
  city: string;
  phone: string;
  checkIn: IsoDate;
  checkOut: IsoDate;
  guests: string[];
}

export interface VisitProgramme {
  language: Language;
  visit: {
    id: string;
    title: string;
    partnerName: string;
    purpose: string;
    arrivalDate: IsoDate;
    departureDate: IsoDate;
  };
  guests: string[];
  days: ProgrammeDay[];
  hotels: ProgrammeHotel[];
  /** Whom the guests call: the visit's responsible officer, with the office's contact details. */
  officer: { name: string; phone: string; email: string };
  /**
   * Texts printed here that have no version in `language`: printed as typed until the officer gives
   * them, and shown to the officer before printing.
   */
  missingTexts: MissingText[];
}

/** A file made by the core for the user to save (a .docx export). */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

/** The number of a day of a visit as its phrase wants it: `3-cü` in Azerbaijani, `3` elsewhere. */
export function dayNumber(language: Language, n: number): string {
  return language === 'az' ? `${n}-${azOrdinalSuffix(n)}` : String(n);
}

/** Looks a phrase of `print.*` up in one language and fills it: i18next's `t` in the renderer, the JSON in the core. */
export type Say = (key: string, params?: Record<string, string>) => string;

/** A line of a guest's programme as printed: its time, its headline, and the lines under it. */
export interface DescribedLine {
  time: string;
  title: string;
  details: string[];
}

/**
 * How a programme line reads, the same on screen, on paper and in .docx. `date` formats a day when
 * an item ends on a later one.
 */
export function describeLine(line: ProgrammeLine, say: Say, date: (iso: IsoDate) => string): DescribedLine {
  const journey = line.journey;
  if (journey) {
    const number = say(journey.mode === 'train' ? 'print.programme.train' : 'print.programme.flight', {
      number: line.title,
    });
    const direction = say(
      journey.direction === 'arrival' ? 'print.programme.arrival' : 'print.programme.departure',
    );
    return {
      time: line.startTime || '—',
      title: line.title ? `${direction} · ${number}` : direction,
      details: [
        [
          journey.place,
          journey.terminal
            ? say(journey.mode === 'train' ? 'print.platform' : 'print.terminal', {
                terminal: journey.terminal,
              })
            : '',
        ]
          .filter(Boolean)
          .join(', '),
        journey.leaveAt ? say('print.programme.carLeaves', { time: journey.leaveAt }) : '',
        line.guests.length ? say('print.programme.for', { names: line.guests.join(', ') }) : '',
      ].filter(Boolean),
    };
  }
  const until = line.endDate
    ? say('print.programme.untilDay', { date: date(line.endDate), time: line.endTime })
    : '';
  return {
    time: line.endDate ? line.startTime : `${line.startTime}–${line.endTime}`,
    title: line.title,
    details: [
      until,
      line.hosts.length ? say('print.programme.with', { names: line.hosts.join(', ') }) : '',
      line.guests.length ? say('print.programme.for', { names: line.guests.join(', ') }) : '',
    ].filter(Boolean),
  };
}

/** The end of a span as a clock on `date` reads it: midnight at the end of the day is `24:00`, not `00:00`. */
export function endTimeOn(date: IsoDate, span: { endDate: IsoDate; endTime: string }): string {
  return span.endDate > date && span.endTime === '00:00' ? '24:00' : span.endTime;
}

/** What a schedule prints in a cell with nothing to say: a dash, so the next line does not move up into it. */
export const NOTHING = '—';

/** A transfer's flight or train number, or a dash: never the visit's title in its place. */
export function transferNumber(transfer: Pick<Transfer, 'number'>): string {
  return transfer.number.trim() === '' ? NOTHING : transfer.number;
}

/** The headline of a row of the day's programme; a transfer known by nothing else is named by its direction. */
export function rowTitle(row: Pick<ScheduleRow, 'title' | 'transfer'>, say: Say): string {
  if (row.title.trim() !== '') return row.title;
  if (!row.transfer) return NOTHING;
  return say(row.transfer.direction === 'arrival' ? 'print.programme.arrival' : 'print.programme.departure');
}
