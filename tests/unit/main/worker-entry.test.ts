import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// Inside node_modules, so that the bundle's own requires (exceljs, papaparse) resolve as in out/.
const OUT = join(ROOT, 'node_modules', '.cache', `qonaq-build-${process.pid}`);

afterAll(() => rm(OUT, { recursive: true, force: true }));

/** Sends one file to a worker and answers what it says back. */
function readWith(file: string, bytes: Uint8Array, fileName: string): Promise<unknown> {
  return new Promise((answer, fail) => {
    const worker = new Worker(file);
    worker.once('message', (message: unknown) => {
      void worker.terminate();
      answer(message);
    });
    worker.once('error', fail);
    worker.postMessage({ id: 7, bytes, fileName });
  });
}

describe('the built desktop app', () => {
  it('has the guest list reader as a worker of its own beside index.js, and it reads a list', async () => {
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', OUT],
      {
        cwd: ROOT,
      },
    );
    const worker = join(OUT, 'main', 'guest-import-worker.js');
    expect(existsSync(join(OUT, 'main', 'index.js'))).toBe(true);
    expect(existsSync(worker)).toBe(true);

    const answer = await readWith(
      worker,
      new TextEncoder().encode('Surname;Given names\nƏliyev;Rəşad\n'),
      'list.csv',
    );

    expect(answer).toMatchObject({
      id: 7,
      ok: true,
      grid: { rows: [{ cells: ['Surname', 'Given names'] }, { cells: ['Əliyev', 'Rəşad'] }] },
    });
  }, 120_000);
});
