import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably, type DurableFs } from './durable-write';
import { countersSchema } from './documents';
import { isRegisterFileName } from './register-lines';
import { snapshotPath } from './snapshots';

/**
 * The register's high-water mark, `register-mark.json` at the top of the data folder (outside
 * `register/`, so that losing that folder does not lose it) and copied into every snapshot: how many
 * bytes of each year file were acknowledged, the counters, and how many letters the register held.
 *
 * It is written, durably, after every append and before the change is acknowledged. So at start a
 * year file shorter than its mark, or missing, or with a bad line inside its acknowledged bytes, has
 * lost acknowledged letters (damage, repaired from the snapshots and told); a bad line past the mark
 * is an append that never finished (cut away, silently); and whatever the snapshots cannot give back,
 * the counters still hold, so no number is given twice.
 */
export const REGISTER_MARK = 'register-mark.json';

/** Larger than any register a office could write in a lifetime, and exact as a double. */
const MAX_BYTES = 2 ** 40;

export const registerMarkSchema = z.object({
  format: z.literal(1),
  /** Acknowledged bytes per year file (`2026.jsonl`). */
  files: z.record(z.string().refine(isRegisterFileName), z.number().int().nonnegative().max(MAX_BYTES)),
  counters: countersSchema,
  /** Letters in the register (entries, whatever their revisions). */
  letters: z.number().int().nonnegative().max(MAX_BYTES),
});
export type RegisterMark = z.infer<typeof registerMarkSchema>;

async function readMark(path: string): Promise<RegisterMark | null> {
  try {
    const parsed = registerMarkSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The folder's own mark; null when missing or unreadable. */
export function readRegisterMark(dataDir: string): Promise<RegisterMark | null> {
  return readMark(join(dataDir, REGISTER_MARK));
}

/** The mark a snapshot holds; null for a snapshot taken before marks were kept. */
export function readSnapshotMark(dataDir: string, snapshotId: string): Promise<RegisterMark | null> {
  return readMark(snapshotPath(dataDir, snapshotId, REGISTER_MARK));
}

/** The higher of every mark given, file by file and counter by counter. */
export function highestMark(marks: readonly (RegisterMark | null)[]): RegisterMark | null {
  const present = marks.filter((m): m is RegisterMark => m !== null);
  if (present.length === 0) return null;
  const files: Record<string, number> = {};
  const counters: Record<string, number> = {};
  let letters = 0;
  for (const mark of present) {
    for (const [name, bytes] of Object.entries(mark.files)) files[name] = Math.max(files[name] ?? 0, bytes);
    for (const [key, value] of Object.entries(mark.counters))
      counters[key] = Math.max(counters[key] ?? 0, value);
    letters = Math.max(letters, mark.letters);
  }
  return { format: 1, files, counters, letters };
}

export function sameMark(a: RegisterMark | null, b: RegisterMark): boolean {
  return a !== null && JSON.stringify(sortedMark(a)) === JSON.stringify(sortedMark(b));
}

function sortedMark(mark: RegisterMark): RegisterMark {
  const sorted = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([x], [y]) => x.localeCompare(y)));
  return { format: 1, files: sorted(mark.files), counters: sorted(mark.counters), letters: mark.letters };
}

export function writeRegisterMark(dataDir: string, mark: RegisterMark, fs?: DurableFs): Promise<void> {
  return writeFileDurably(join(dataDir, REGISTER_MARK), `${JSON.stringify(sortedMark(mark))}\n`, fs);
}
