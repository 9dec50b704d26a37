import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { syncConflictSchema } from '../../shared/sync-conflicts';
import { RECORD_KINDS } from './record-docs';
import { officeEntrySchema } from './letter-docs';
import {
  fsyncFolder,
  TEMP_SUFFIX,
  tempPathFor,
  toWriteError,
  writeFileDurably,
  type DurableFs,
} from '../store/durable-write';

/** The folder, inside the data folder, where a laptop keeps what office sharing needs (decision 0017). */
export const SYNC = 'sync';
const BASES = 'base';
const STATE_FILE = 'office.json';
const SENDING_FILE = 'sending.json';
const UNREADABLE_FILE = 'unreadable.json';
const CONFLICTS_FILE = 'conflicts.json';
const LETTERS_FILE = 'letters.json';
const unreadableSchema = z.array(z.string());
const sendingSchema = z.record(z.string(), z.record(z.string(), z.unknown()).nullable());

/**
 * Conflicts met in the office's records (a partner, an agreement, a hotel, the institution), by document
 * id: kept here, on the laptop whose value gave way, rather than in the record, whose stored form
 * other versions of Qonaq read; they stay when sharing is turned off, until the officer settles them.
 */
const recordConflictsSchema = z.record(
  z.string(),
  z.object({ kind: z.enum(RECORD_KINDS), label: z.string(), conflicts: z.array(syncConflictSchema) }),
);
export type RecordConflicts = z.infer<typeof recordConflictsSchema>;

/**
 * The office's register as this laptop knows it (decision 0017): for each letter it issued, the
 * revision of its `letter:` document on the server and what it sent (`sent`: its revision and whether
 * it was voided, as `"2|"` or `"1|<voided at>"`); for each letter another laptop issued, its entry and
 * who issued it (`entry`, `by`). Each letter has one writer, the laptop that issued it: never merged.
 */
const lettersSchema = z.record(
  z.string(),
  z.object({
    rev: z.string().min(1),
    sent: z.string().optional(),
    entry: officeEntrySchema.optional(),
    by: z.string().optional(),
  }),
);
export type OfficeLetters = z.infer<typeof lettersSchema>;

/** The changes of each folder's `conflicts.json` under way, in order (see `updateRecordConflicts`). */
const conflictWrites = new Map<string, Promise<void>>();

/**
 * What this laptop last agreed with the office server about one shared document: its revision there
 * and its body, the common ancestor of the three-way merge when both sides changed it since.
 */
const baseSchema = z.object({
  rev: z.string().min(1),
  deleted: z.boolean().optional(),
  body: z.record(z.string(), z.unknown()),
});
export type Base = z.infer<typeof baseSchema>;

/** Where the laptop stands with its office server: the server's change feed read up to `seq`. */
const stateSchema = z.object({
  /** The office database's address, without credentials. */
  url: z.string().min(1),
  /** The last position in the server's change feed whose changes are all on disk here; null before any. */
  seq: z.string().nullable(),
  /** When the last sync with the server ended well. */
  lastSyncAt: z.iso.datetime().optional(),
  /** Whether the officer's user there may only read the office's data, as last asked (kept for offline). */
  reader: z.boolean().optional(),
});
export type SyncState = z.infer<typeof stateSchema>;

/** A shared document's id as a file name: ids are `visit:<id>`, and `:` is not allowed on Windows. */
const fileOf = (docId: string): string => `${encodeURIComponent(docId).replace(/%3A/gi, '~')}.json`;
const docOf = (file: string): string => decodeURIComponent(file.slice(0, -'.json'.length).replace(/~/g, ':'));

/**
 * `sync/` in the data folder: the office server's address and change-feed position (`office.json`),
 * and one base per shared document (`base/`). Every write is durable, and a base is written only once
 * what it describes is on disk in the store, so after a crash the laptop at worst sends again a change
 * the server already has (answered as a conflict with an identical body, which merges to nothing).
 */
export class SyncFolder {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly fs: DurableFs = nodeFs,
  ) {
    this.dir = join(dataDir, SYNC);
  }

  async state(): Promise<SyncState | undefined> {
    return this.readJson(join(this.dir, STATE_FILE), stateSchema);
  }

  async writeState(state: SyncState): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileDurably(join(this.dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`, this.fs);
  }

  async base(docId: string): Promise<Base | undefined> {
    return this.readJson(join(this.dir, BASES, fileOf(docId)), baseSchema);
  }

  /**
   * Written whole or not at all (a temporary file renamed), but not synced to the disk: a base lost to
   * a power cut costs a round trip, not data. The store's document it describes is on disk before it,
   * and the laptop without it sends its version, is refused as based on an old revision, reads the
   * server's and merges it against no base, which for the same bodies is nothing (`OfficeSync`).
   * Syncing every base doubled the time of a first replication, for nothing the officer could lose.
   */
  async writeBase(docId: string, base: Base): Promise<void> {
    await mkdir(join(this.dir, BASES), { recursive: true });
    const target = join(this.dir, BASES, fileOf(docId));
    const temp = tempPathFor(target);
    try {
      await writeFile(temp, JSON.stringify(base));
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw toWriteError(error);
    }
  }

  /** Documents of the office this version could not read, to be read again after an update. */
  async unreadable(): Promise<string[]> {
    return (await this.readJson(join(this.dir, UNREADABLE_FILE), unreadableSchema)) ?? [];
  }

  async writeUnreadable(ids: readonly string[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileDurably(
      join(this.dir, UNREADABLE_FILE),
      JSON.stringify([...new Set(ids)].sort()),
      this.fs,
    );
  }

  async recordConflicts(): Promise<RecordConflicts> {
    return (await this.readJson(join(this.dir, CONFLICTS_FILE), recordConflictsSchema)) ?? {};
  }

  /**
   * Changes the conflicts kept, one change after another in this process (an exchange adds while the
   * officer settles): each reads the file as the one before left it.
   */
  updateRecordConflicts(change: (all: RecordConflicts) => RecordConflicts): Promise<void> {
    const before = conflictWrites.get(this.dir) ?? Promise.resolve();
    const next = before.then(async () => {
      const all = change(await this.recordConflicts());
      await mkdir(this.dir, { recursive: true });
      await writeFileDurably(join(this.dir, CONFLICTS_FILE), JSON.stringify(all), this.fs);
    });
    conflictWrites.set(
      this.dir,
      next.catch(() => undefined),
    );
    return next;
  }

  async letters(): Promise<OfficeLetters> {
    return (await this.readJson(join(this.dir, LETTERS_FILE), lettersSchema)) ?? {};
  }

  async writeLetters(letters: OfficeLetters): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileDurably(join(this.dir, LETTERS_FILE), JSON.stringify(letters), this.fs);
  }

  /** What the last batch sent to the server held, by document id (null: a deletion). */
  async sending(): Promise<Map<string, Record<string, unknown> | null>> {
    return new Map(Object.entries((await this.readJson(join(this.dir, SENDING_FILE), sendingSchema)) ?? {}));
  }

  async writeSending(docs: Map<string, Record<string, unknown> | null>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileDurably(join(this.dir, SENDING_FILE), JSON.stringify(Object.fromEntries(docs)), this.fs);
  }

  /** The ids of every document with a base, that is every document the server has told of or taken. */
  async baseIds(): Promise<string[]> {
    const names = await readdir(join(this.dir, BASES)).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json') && !n.endsWith(TEMP_SUFFIX)).map(docOf);
  }

  /** Forgets the server: `office.json` and every base go; the store's documents stay as they are. */
  async forget(): Promise<void> {
    for (const id of await this.baseIds()) await unlink(join(this.dir, BASES, fileOf(id))).catch(() => {});
    await unlink(join(this.dir, STATE_FILE)).catch(() => undefined);
    await unlink(join(this.dir, SENDING_FILE)).catch(() => undefined);
    await unlink(join(this.dir, UNREADABLE_FILE)).catch(() => undefined);
    await unlink(join(this.dir, LETTERS_FILE)).catch(() => undefined);
    await fsyncFolder(this.fs, this.dir).catch(() => undefined);
  }

  private async readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
    let bytes: string;
    try {
      bytes = await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
    // A damaged base is as good as none: the next exchange with the server writes it again.
    try {
      const parsed = schema.safeParse(JSON.parse(bytes));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}
