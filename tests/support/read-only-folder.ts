import { execFile } from 'node:child_process';
import { chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How a folder was made read-only, and how to make it writable again. */
export interface ReadOnlyFolder {
  /** `chmod`: folders 0555 and files 0444. `read-only bind mount`: as root, whom chmod does not stop. */
  way: 'chmod' | 'read-only bind mount';
  undo(): Promise<void>;
}

async function chmodTree(path: string, folderMode: number, fileMode: number): Promise<void> {
  const info = await stat(path);
  if (!info.isDirectory()) return chmod(path, fileMode);
  for (const name of await readdir(path)) await chmodTree(join(path, name), folderMode, fileMode);
  await chmod(path, folderMode);
}

/**
 * Makes `dir` a folder that can be read but not written. For a user, chmod does it; root writes
 * through any mode, so as root the folder is bind-mounted read-only over itself (the kernel then
 * answers EROFS). Null when neither can be done here (root without the right to mount).
 */
export async function makeReadOnly(dir: string): Promise<ReadOnlyFolder | null> {
  if (process.getuid?.() !== 0) {
    await chmodTree(dir, 0o555, 0o444);
    return { way: 'chmod', undo: () => chmodTree(dir, 0o755, 0o644) };
  }
  try {
    await run('mount', ['--bind', dir, dir]);
  } catch {
    return null;
  }
  try {
    await run('mount', ['-o', 'remount,bind,ro', dir]);
  } catch {
    await run('umount', [dir]).catch(() => undefined);
    return null;
  }
  return { way: 'read-only bind mount', undo: () => run('umount', [dir]).then(() => undefined) };
}

/** Whether this process could make a folder read-only (`makeReadOnly`); asked once, on a throwaway folder. */
export async function canMakeReadOnly(dir: string): Promise<boolean> {
  const made = await makeReadOnly(dir);
  await made?.undo();
  return made !== null;
}
