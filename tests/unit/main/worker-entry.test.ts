import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { extractAll } from '@electron/asar';
import { build, type Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';

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

/** Outside the project, so that nothing found there can come from the project's own node_modules. */
let PACKED = '';

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  if (PACKED) await rm(PACKED, { recursive: true, force: true });
});

/**
 * Packs the build as `npm run dist` does for Linux, into a folder (`dir` target), with a stand-in for
 * Electron's binary (which cannot be downloaded here) and without the fuses (which need the real one):
 * the app.asar is the one an installer would carry. Answers the folder it was unpacked to.
 */
async function packAndUnpack(): Promise<{ asarBytes: number; unpacked: string }> {
  PACKED = await mkdtemp(join(tmpdir(), 'qonaq-packed-'));
  const fakeElectron = join(PACKED, 'electron-dist');
  await mkdir(fakeElectron);
  await writeFile(join(fakeElectron, 'electron'), '#!/bin/sh\n');
  await chmod(join(fakeElectron, 'electron'), 0o755);
  const files = Array.isArray(config.files) ? config.files : [];
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  const packing: Configuration = {
    ...config,
    // This test's build instead of out/, which another build may be writing.
    files: [
      { from: OUT, to: 'out', filter: ['**/*'] },
      ...files.filter((pattern) => typeof pattern !== 'string' || !pattern.startsWith('out/')),
    ],
    directories: { ...config.directories, output: join(PACKED, 'dist') },
    electronDist: fakeElectron,
    electronVersion,
    npmRebuild: false,
    afterPack: null,
  };
  await build({ projectDir: ROOT, linux: ['dir'], publish: 'never', config: packing });
  const asar = join(PACKED, 'dist', 'linux-unpacked', 'resources', 'app.asar');
  const unpacked = join(PACKED, 'app');
  extractAll(asar, unpacked);
  return { asarBytes: statSync(asar).size, unpacked };
}

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

  it('packs into app.asar all that its main process loads and little else: from there its worker reads an .xlsx and docx writes a letter', async () => {
    const { asarBytes, unpacked } = await packAndUnpack();
    const fromMain = createRequire(join(unpacked, 'out', 'main', 'index.js'));
    for (const name of packagesRequiredBy([join(unpacked, 'out', 'main')])) {
      if (name !== 'electron')
        expect(fromMain.resolve(name)).toContain(`${unpacked}${sep}node_modules${sep}`);
    }

    const docx = fromMain('docx') as typeof import('docx');
    const letter = new docx.Document({
      sections: [
        { children: [new docx.Paragraph({ children: [new docx.TextRun('Hörmətli cənab Əliyev')] })] },
      ],
    });
    expect((await docx.Packer.toBuffer(letter)).subarray(0, 2).toString()).toBe('PK');

    const ExcelJS = fromMain('exceljs') as typeof import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Guests').addRows([
      ['Surname', 'Given names'],
      ['Əliyev', 'Rəşad'],
    ]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const answer = await readWith(join(unpacked, 'out', 'main', 'guest-import-worker.js'), xlsx, 'list.xlsx');
    expect(answer).toMatchObject({
      ok: true,
      grid: { format: 'xlsx', rows: [{ cells: ['Surname', 'Given names'] }, { cells: ['Əliyev', 'Rəşad'] }] },
    });

    // React, Mantine and the rest live in the page's bundle; with them app.asar held some 98 MB.
    expect(asarBytes).toBeLessThan(30 * 1024 * 1024);
  }, 240_000);
});
