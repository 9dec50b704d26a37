import { lean } from './visit-history-file';
import type { BigIntStats } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { VisitSummary } from '../../shared/visits-contract';
import { countryName } from '../../shared/countries';
import { VISIT_STATUSES, type Visit } from '../../shared/domain';
import { guestName } from '../../shared/guest-name';
import { AppError } from '../../shared/errors';
import { errorCode } from '../../shared/error-code';
import { LANGUAGES } from '../../shared/languages';
import { compactIdentifier, foldForSearch } from '../text-search';
import { parseDocument, visitDocSchema, type VisitDoc } from './documents';
import { SCHEMA_VERSION } from './migrations';

/**
 * The index of visit summaries (`cache/visits.json`), from which the first list is served before the
 * visit documents are read (decision 0009). It is a cache, never the source of truth: it is not
 * fsynced, an edit never waits for it, and a load that cannot trust an entry reads the visit's file.
 *
 * An entry is trusted when the file is the one it was made from. Every change the store makes to
 * `visits/` creates or renames a file there, which changes the folder's modification and change
 * times: while the folder's stamp is the one the index recorded, no file was added, replaced or
 * removed since, and every entry with a stamp holds. Otherwise each file is compared with its own
 * stamp (inode, size, modification and change times), and the files that differ are read.
 */
export const INDEX_DIR = 'cache';
export const INDEX_FILE = join(INDEX_DIR, 'visits.json');

/**
 * Bumped whenever what an entry holds, or how it is derived (the summary, the folding of the search
 * text), changes: an index of another format is not read.
 */
export const INDEX_FORMAT = 3;

/** What the list of visits needs of one visit, without the visit. */
export interface VisitListing {
  summary: VisitSummary;
  /** The partner's country and the guests' citizenships, for the country filter. */
  countries: string[];
  /** Every searchable word of the visit, folded, each once (see `searchWords`). */
  search: string;
  /** The version of the file this was made from; null when unknown (written since, or restored). */
  stamp: string | null;
}

export function visitSummary(visit: Visit): VisitSummary {
  const head = visit.guests.find((g) => g.role === 'head');
  return {
    id: visit.id,
    title: visit.title,
    partnerName: visit.partnerName,
    partnerCountry: visit.partnerCountry,
    status: visit.status,
    arrivalDate: visit.arrivalDate,
    departureDate: visit.departureDate,
    colour: visit.colour,
    guestCount: visit.guests.length,
    headName: head ? guestName(head) : '',
    updatedAt: visit.updatedAt,
  };
}

/** The text a search looks in: the visit's words, its guests' names in every spelling, its countries in every language. */
export function searchableText(visit: Visit): string {
  const countries = [visit.partnerCountry, ...visit.guests.map((g) => g.citizenship)]
    .filter(Boolean)
    .flatMap((code) => LANGUAGES.map((l) => countryName(l, code)));
  return [
    visit.title,
    visit.partnerName,
    visit.purpose,
    visit.hostUnit,
    visit.responsibleOfficer,
    visit.notes,
    ...countries,
    ...visit.guests.flatMap((g) => [
      g.surname,
      g.givenNames,
      g.nameAz,
      g.nameCyrillic,
      g.organisation,
      g.position,
      g.email,
    ]),
  ].join('\n');
}

/**
 * The guests' passport numbers and phones as a search compares them (`compactIdentifier`), one word
 * each, so an embassy's caller can be found however the number is spaced or written.
 */
export function identifierWords(visit: Visit): string[] {
  return visit.guests
    .flatMap((g) => [g.passport.number, g.phone])
    .map(compactIdentifier)
    .filter((word) => word !== '');
}

/**
 * The words of `searchableText`, folded, each once. A search word holds no space, so it is found in
 * the text exactly when it is found in one of its words: the repeats (a country named for every
 * guest, an organisation shared by all) only cost memory.
 */
export function searchWords(visit: Visit): string {
  return [...new Set([...foldForSearch(searchableText(visit)).split(/\s+/), ...identifierWords(visit)])]
    .filter(Boolean)
    .join(' ');
}

export function visitListing(visit: Visit, stamp: string | null): VisitListing {
  const countries = [
    ...new Set([visit.partnerCountry, ...visit.guests.map((g) => g.citizenship)].filter(Boolean)),
  ];
  return { summary: visitSummary(visit), countries, search: searchWords(visit), stamp };
}

/** Names one version of a file or folder: a rename (a new inode) or an edit in place (size, times) changes it. */
export function stampOf(s: BigIntStats): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

export async function stampOfPath(path: string): Promise<string> {
  return stampOf(await stat(path, { bigint: true }));
}

const summarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  partnerName: z.string(),
  partnerCountry: z.string(),
  status: z.enum(VISIT_STATUSES),
  arrivalDate: z.string(),
  departureDate: z.string(),
  colour: z.string(),
  guestCount: z.number().int().nonnegative(),
  headName: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<VisitSummary>;

const indexSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The stamp of `visits/` when the index was written; null when it could not be vouched for. */
  folder: z.string().nullable(),
  /** By file name in `visits/`. */
  visits: z.record(
    z.string(),
    z.object({
      summary: summarySchema,
      countries: z.array(z.string()),
      search: z.string(),
      stamp: z.string().nullable(),
    }),
  ),
});
export type VisitIndex = z.infer<typeof indexSchema>;

/** The index as last written, or null when there is none, or one this version cannot use. */
export async function readVisitIndex(dataDir: string): Promise<VisitIndex | null> {
  try {
    const result = indexSchema.safeParse(JSON.parse(await readFile(join(dataDir, INDEX_FILE), 'utf8')));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * Replaces the index in one rename, so that a reader finds the old one or the new one. It is not
 * fsynced: after a power cut it may be empty or old, and either is caught by its stamps.
 */
export async function writeVisitIndex(dataDir: string, index: VisitIndex): Promise<void> {
  await mkdir(join(dataDir, INDEX_DIR), { recursive: true });
  const path = join(dataDir, INDEX_FILE);
  // One writer per folder (the lock), one index write at a time: a temp left by a crash is written over.
  const temp = `${path}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(index));
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** One visit file as read at load: its document (null if missing or unreadable) and the version read. */
export interface VisitRead {
  name: string;
  doc: VisitDoc | null;
  damaged: boolean;
  stamp: string | null;
}

/**
 * Reads and checks one visit file, with the stamp of the very file read. A document from a newer
 * version throws (`AppError`); anything else that keeps it from loading makes it `damaged`.
 */
async function readVisitFile(folder: string, name: string): Promise<VisitRead> {
  let handle;
  try {
    handle = await open(join(folder, name), 'r');
  } catch (error) {
    return { name, doc: null, damaged: errorCode(error) !== 'ENOENT', stamp: null };
  }
  try {
    const stamp = stampOf(await handle.stat({ bigint: true }));
    // Without its history, which the store does not hold in memory (`visit-history-file.ts`).
    const doc = lean(parseDocument(await handle.readFile('utf8'), visitDocSchema));
    return { name, doc, damaged: false, stamp };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return { name, doc: null, damaged: true, stamp: null };
  } finally {
    await handle.close();
  }
}

/** How many files are read at once: enough to keep the thread pool busy, few enough to hold little. */
const READS_IN_FLIGHT = 8;

/**
 * Reads visit files, a few at a time, and answers them in the order given. The first document from
 * a newer version stops it (once the reads under way have settled) and is thrown.
 */
export async function readVisitFiles(folder: string, names: readonly string[]): Promise<VisitRead[]> {
  const results: (VisitRead | undefined)[] = new Array<VisitRead | undefined>(names.length);
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (next < names.length && failure === undefined) {
      const i = next++;
      try {
        results[i] = await readVisitFile(folder, names[i] ?? '');
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, names.length) }, worker));
  if (failure !== undefined) throw failure;
  return results.filter((r): r is VisitRead => r !== undefined);
}

/** Stamps of many files, a few at a time; a file that cannot be stat'ed has none. */
export async function stampsOf(
  folder: string,
  names: readonly string[],
): Promise<Map<string, string | null>> {
  const stamps = new Map<string, string | null>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++] ?? '';
      stamps.set(name, await stampOfPath(join(folder, name)).catch(() => null));
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, names.length) }, worker));
  return stamps;
}
