import { z } from 'zod';
import { VOID_REASON_MAX } from '../../shared/letters';
import { countersSchema, registerEntrySchema } from './documents';
import { MAX_YEAR, MIN_YEAR } from '../../shared/dates';

/**
 * The lines of the register's year files (`register/2026.jsonl`): one JSON event per line. What a
 * line may hold, how a file's bytes are read into events, and how events are written as lines.
 */

export const REGISTER_DIR = 'register';
const YEAR_FILE = /^(\d{4})\.jsonl$/;

export const registerEventSchema = z.discriminatedUnion('type', [
  /** A new number. `counter` is the counter it was drawn from; absent for letters numbered before the log. */
  z.object({
    type: z.literal('numbered'),
    counter: z
      .string()
      .regex(/^(\d{4}|all)$/)
      .optional(),
    entry: registerEntrySchema,
  }),
  /** A re-issue: the entry as it stands after it (same number, one more revision). */
  z.object({ type: z.literal('revised'), entry: registerEntrySchema }),
  /** Running numbers already taken, at least these (a register from before the log, a backup). */
  z.object({
    type: z.literal('counters'),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    counters: countersSchema,
  }),
  /**
   * A number voided: the letter is withdrawn, its number stays taken. `date` (Baku) names the year
   * file; `at` orders it against a restore of the same entry, whatever file either sits in.
   */
  z.object({
    type: z.literal('voided'),
    entryId: z.string().min(1),
    reason: z.string().min(1).max(VOID_REASON_MAX),
    date: z.string(),
    at: z.string(),
  }),
  /** A void taken back: the letter stands again (the void stays in the log). */
  z.object({ type: z.literal('unvoided'), entryId: z.string().min(1), date: z.string(), at: z.string() }),
]);
export type RegisterEvent = z.infer<typeof registerEventSchema>;

export const registerFileName = (year: number): string => `${year}.jsonl`;
export const isRegisterFileName = (name: string): boolean => YEAR_FILE.test(name);

/** The year file an event goes to: the year of its date (a re-issue, the year it was revised in). */
export function yearOf(event: RegisterEvent): number {
  if (event.type === 'counters') return event.year;
  if (event.type === 'voided' || event.type === 'unvoided') return Number(event.date.slice(0, 4));
  return Number(event.entry.date.slice(0, 4));
}

export interface ParsedFile {
  events: RegisterEvent[];
  /** Lines kept, each with its newline. */
  good: string[];
  /** Bytes up to the end of the last good line. */
  goodBytes: number;
  /** A bad line that was not the last one. */
  damaged: boolean;
  /** The bytes after the last good line: a line whose append never finished. */
  tornTail: boolean;
}

/** Reads a year file's lines; the last one, when bad, is an append that never finished. */
export function parseRegisterLines(bytes: Buffer): ParsedFile {
  const result: ParsedFile = { events: [], good: [], goodBytes: 0, damaged: false, tornTail: false };
  let start = 0;
  let badEnd = -1;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    const complete = end >= 0;
    if (!complete) end = bytes.length;
    const text = bytes.subarray(start, end).toString('utf8');
    const next = complete ? end + 1 : end;
    if (text.trim() !== '') {
      let event: RegisterEvent | undefined;
      try {
        const parsed = registerEventSchema.safeParse(JSON.parse(text));
        if (parsed.success) event = parsed.data;
      } catch {
        // Not JSON: a bad line.
      }
      if (event && complete) {
        if (badEnd >= 0) result.damaged = true;
        badEnd = -1;
        result.events.push(event);
        result.good.push(`${text}\n`);
        result.goodBytes = next;
      } else {
        if (badEnd >= 0) result.damaged = true;
        badEnd = next;
      }
    } else if (complete && badEnd < 0) {
      result.goodBytes = next;
    }
    start = next;
  }
  result.tornTail = badEnd >= 0 || result.goodBytes < bytes.length;
  return result;
}

/** One line per event, each ending with a newline. */
export function registerLines(events: readonly RegisterEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** The good lines of register files from elsewhere (a snapshot, an archive), as events. */
export function eventsOfFiles(files: ReadonlyMap<string, string>): RegisterEvent[] {
  return [...files.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, text]) => parseRegisterLines(Buffer.from(text, 'utf8')).events);
}
