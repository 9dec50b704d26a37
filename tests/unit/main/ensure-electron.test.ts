import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm start` runs scripts/ensure-electron.mjs first. It is run here against a stand-in electron
 * package whose install.js only records that it ran, so nothing is ever downloaded.
 */

let root = '';

async function project(options: { binary: boolean; installSucceeds: boolean }): Promise<void> {
  const electron = join(root, 'node_modules', 'electron');
  await mkdir(join(root, 'scripts'), { recursive: true });
  await mkdir(join(electron, 'dist'), { recursive: true });
  await copyFile(resolve('scripts/ensure-electron.mjs'), join(root, 'scripts', 'ensure-electron.mjs'));
  await writeFile(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (options.binary) {
    await writeFile(join(electron, 'path.txt'), 'electron');
    await writeFile(join(electron, 'dist', 'electron'), '');
  }
  await writeFile(
    join(electron, 'install.js'),
    options.installSucceeds
      ? `const fs = require('fs'); const p = require('path');
         fs.writeFileSync(p.join(__dirname, 'installed'), '');
         fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');
         fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), '');`
      : `require('fs').writeFileSync(require('path').join(__dirname, 'installed'), '');
         console.error('TypeError: fetch failed'); process.exit(1);`,
  );
}

function run() {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [join(root, 'scripts', 'ensure-electron.mjs')], {
    encoding: 'utf8',
    env,
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qonaq-ensure-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('ensure-electron', () => {
  it('does nothing when the binary is there', async () => {
    await project({ binary: true, installSucceeds: false });
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('downloading');
    expect(existsSync(join(root, 'node_modules', 'electron', 'installed'))).toBe(false);
  });

  it('downloads a missing binary and goes on', async () => {
    await project({ binary: false, installSucceeds: true });
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('downloading it once');
  });

  it('stops with a message saying what to do when the download fails', async () => {
    await project({ binary: false, installSucceeds: false });
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Electron 45.4.1 could not be downloaded, so Qonaq cannot start.');
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).toContain('HTTPS_PROXY');
  });
});
