import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// Inside node_modules, so that the bundle's own requires (exceljs, papaparse) resolve as in out/.
const OUT = join(ROOT, 'node_modules', '.cache', `qonaq-build-${process.pid}`);

beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', OUT],
    { cwd: ROOT },
  );
}, 120_000);

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

/** The packages the built main process and preload load at run time: `require("x")` and `import("x")` of a bare name. */
function packagesRequiredBy(folders: string[]): Set<string> {
  const builtins = new Set(builtinModules);
  const packages = new Set<string>();
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const match of code.matchAll(/\b(?:require|import)\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
        const name = match[1] ?? '';
        if (name.startsWith('.') || name.startsWith('node:') || builtins.has(name)) continue;
        const parts = name.split('/');
        packages.add(name.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? name));
      }
    }
  }
  return packages;
}

describe('the built desktop app', () => {
  it('has the guest list reader as a worker of its own beside index.js, and it reads a list', async () => {
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
  });

  it('packs exactly the packages its main process loads: each a dependency, and no dependency the page alone uses', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    // electron-builder packs `dependencies` (and what they need) into app.asar; the page is bundled by
    // Vite into out/renderer, so React, Mantine and the rest would only make the installer larger.
    const dependencies = Object.keys(manifest.dependencies ?? {}).sort();
    const required = [...packagesRequiredBy([join(OUT, 'main'), join(OUT, 'preload')])]
      .filter((name) => name !== 'electron')
      .sort();

    expect(required).toContain('exceljs');
    expect(dependencies).toEqual(required);
  });
});
