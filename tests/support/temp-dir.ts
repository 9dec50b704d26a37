import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp folders for one test file: `make()` creates one under the OS temp folder, `removeAll()`
 * (called from afterEach) deletes every one made so far.
 */
export function tempDirs(prefix = 'qonaq-test-'): { make(): Promise<string>; removeAll(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const path = await mkdtemp(join(tmpdir(), prefix));
      made.push(path);
      return path;
    },
    async removeAll() {
      await Promise.all(made.splice(0).map((path) => rm(path, { recursive: true, force: true })));
    },
  };
}
