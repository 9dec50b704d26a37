import * as nodeFs from 'node:fs/promises';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegisterEntry } from '../../shared/letters';
import { errorCode } from '../../shared/error-code';
import { fsyncFolder, renameWithRetry, tempPathFor, toWriteError, type DurableFs } from './durable-write';
import { syncFolder } from './recovery';

/**
 * Issued letters as they were handed out: `letters/<year>/<entry id>-r<revision>.docx`, one file per
 * revision, never rewritten. An embassy that asks for letter No. 42/2026 again gets the same bytes,
 * not a letter built again from data changed since (decision 0012).
 *
 * A letter's file is written and synced before the register appends the entry that acknowledges it,
 * so every acknowledged letter has its file; a crash between the two leaves a file without an entry,
 * which nothing reads and which harms nothing. The folder is kept out of snapshots and archives.
 */

export const LETTERS_DIR = 'letters';

type Revision = Pick<RegisterEntry, 'id' | 'year' | 'revision'>;

/** Where a revision's file lives, relative to the data folder. Entry ids are `[A-Za-z0-9_-]`. */
export function letterFilePath(entry: Revision, revision = entry.revision): string {
  return join(LETTERS_DIR, String(entry.year), `${entry.id}-r${revision}.docx`);
}

export class LetterFiles {
  constructor(
    private readonly dataDir: string,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  /**
   * Writes the letters' files durably: each to a temp file, synced, renamed into place; then each
   * folder synced once (a batch of twenty pays one folder sync, not twenty). Answers once all are on disk.
   */
  async write(files: readonly { entry: Revision; bytes: Uint8Array }[]): Promise<void> {
    if (files.length === 0) return;
    const folders = new Set<string>();
    try {
      for (const { entry } of files) {
        const year = join(this.dataDir, LETTERS_DIR, String(entry.year));
        if (folders.has(year)) continue;
        const made = await mkdir(year, { recursive: true });
        // A folder made now must itself survive a power cut: its parents are synced.
        if (made !== undefined) {
          await syncFolder(join(this.dataDir, LETTERS_DIR));
          await syncFolder(this.dataDir);
        }
        folders.add(year);
      }
      for (const { entry, bytes } of files) {
        const target = join(this.dataDir, letterFilePath(entry));
        const temp = tempPathFor(target);
        try {
          const handle = await this.fs.open(temp, 'wx');
          try {
            await handle.writeFile(bytes);
            await handle.sync();
          } finally {
            await handle.close();
          }
          await renameWithRetry(this.fs, temp, target);
        } catch (error) {
          await this.fs.unlink(temp).catch(() => undefined);
          throw error;
        }
      }
      for (const folder of folders) await fsyncFolder(this.fs, folder);
    } catch (error) {
      throw toWriteError(error);
    }
  }

  /** The bytes of a revision's file, or null when none was kept (a letter issued before files were). */
  async read(entry: Revision, revision = entry.revision): Promise<Buffer | null> {
    try {
      return await readFile(join(this.dataDir, letterFilePath(entry, revision)));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }
}
