import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenedArchive } from '../shared/app-contract';
import { AppError } from '../shared/errors';
import { ARCHIVE_MAX_BYTES } from './archive';

/** The extension of Qonaq's archives, as the installers register it; any case, as Windows names it. */
const ARCHIVE_EXTENSION = /\.qonaq$/i;

/**
 * A `.qonaq` archive the system asked Qonaq to open (a double-click, "Open with"), kept until the
 * page asks for it. Only the name of an existing regular file ending in `.qonaq` is kept, made
 * absolute: a switch, a folder or any other argument of the process is passed over. The page shows
 * the archive and asks before importing it, as for one the user chose on the Backups page.
 */
export class OpenedFiles {
  private pending: string | null = null;

  /**
   * Keeps `candidate`, resolved against `cwd`, if it is an archive; answers whether it was. A `file:`
   * address is taken as its file: Linux file managers start Qonaq with one (`Exec=qonaq %U`).
   */
  offer(candidate: string, cwd: string): boolean {
    if (candidate.startsWith('-')) return false;
    let path: string;
    try {
      path = candidate.startsWith('file:') ? fileURLToPath(candidate) : resolve(cwd, candidate);
      if (!ARCHIVE_EXTENSION.test(path) || !statSync(path).isFile()) return false;
    } catch {
      return false;
    }
    this.pending = path;
    return true;
  }

  /** Keeps the first archive among the arguments of a process (its executable left out). */
  offerFirst(args: readonly string[], cwd: string): boolean {
    return args.some((arg) => this.offer(arg, cwd));
  }

  /** The archive waiting to be shown, once: asking again answers null until another is offered. */
  take(): string | null {
    const path = this.pending;
    this.pending = null;
    return path;
  }
}

/**
 * The archive waiting in `opened`, read for the page; null if there is none, or if its file went
 * away since it was offered. One larger than any archive is refused before it is read.
 */
export async function takeOpenedArchive(opened: OpenedFiles | undefined): Promise<OpenedArchive | null> {
  const path = opened?.take();
  if (!path) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  if (info.size > ARCHIVE_MAX_BYTES) throw new AppError('archiveInvalid', { reason: 'tooLarge' });
  const bytes = await readFile(path);
  return { name: basename(path), path, base64: bytes.toString('base64') };
}
