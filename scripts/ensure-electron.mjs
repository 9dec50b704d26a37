// Makes sure the Electron binary is on disk before `npm start` / `npm run dev` runs the app.
// electron >= 42 no longer downloads it at `npm install`; it is fetched on first use, and a failure
// there surfaces as a stack trace from deep inside electron-vite. Here it gets a message instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

/** Where the binary is, by the same rule as electron's own index.js; undefined when it is missing. */
function binaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override
    ? join(override, relative || 'electron')
    : relative
      ? join(electronDir, 'dist', relative)
      : '';
  return full && existsSync(full) ? full : undefined;
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

if (!existsSync(join(electronDir, 'package.json'))) {
  fail(['Electron is not installed. Run `npm install` in this folder, then try again.']);
}

if (!binaryPath()) {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  console.log(
    `Qonaq runs on Electron ${version}, which is not on this computer yet: downloading it once (about 100 MB)...`,
  );
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !binaryPath()) {
    fail([
      `Electron ${version} could not be downloaded, so Qonaq cannot start.`,
      '',
      'Most often this computer cannot reach github.com (no internet, or a proxy or firewall in the way).',
      'To fix it, then run the same command again:',
      '  - connect to the internet; behind a proxy, set HTTPS_PROXY=http://proxy:port',
      '  - or download from a mirror: set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/',
      `  - or, with no network at all, unpack an Electron ${version} build for this system into a folder`,
      '    and set ELECTRON_OVERRIDE_DIST_PATH to that folder',
      'To retry the download alone: node node_modules/electron/install.js',
    ]);
  }
}
