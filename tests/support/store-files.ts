import * as nodeFs from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Register } from '../../src/core/store/documents';
import type { DurableFs } from '../../src/core/store/durable-write';
import { RegisterLog } from '../../src/core/store/register-log';
import { eventsOfFiles, REGISTER_DIR } from '../../src/core/store/register-lines';

/** An error as Node's file system raises it. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by the test`), { code });
}

/** The real file system with some calls replaced. */
export function fsWith(overrides: Partial<DurableFs>): DurableFs {
  return { open: nodeFs.open, rename: nodeFs.rename, unlink: nodeFs.unlink, ...overrides };
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Every file name under `dir`, recursively, relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((name) => name.endsWith('.tmp'));
}

/** The letter register as its files on disk hold it (read without the store, repairing nothing). */
export async function registerOnDisk(dataDir: string): Promise<Register> {
  const files = new Map<string, string>();
  for (const name of await RegisterLog.fileNames(dataDir)) {
    files.set(name, await readFile(join(dataDir, REGISTER_DIR, name), 'utf8'));
  }
  return RegisterLog.replay(eventsOfFiles(files));
}
