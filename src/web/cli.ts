import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../shared/errors';
import { OpenedFiles } from '../core/opened-file';
import { lockedFolderNotice } from './locked-notice';
import { startWebHost } from './server';

/**
 * `npm run web -- --data <folder> [--port <n>] [--take-over] [--open <archive.qonaq>]`: starts the browser
 * host (a development and test tool, not the product) and prints the address to open.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: resolve(__dirname, '../../out/renderer') },
    'take-over': { type: 'boolean', default: false },
    // The page offers to import this archive, as the desktop app does for one double-clicked.
    open: { type: 'string' },
    // Test only: the core's clock starts at this instant and runs on from it (QONAQ_NOW does the same).
    now: { type: 'string' },
  },
});

if (!values.data) {
  console.error(
    'Usage: npm run web -- --data <data folder> [--port <port>] [--take-over] [--open <archive>]',
  );
  process.exit(2);
}

const version = (
  JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

const nowGiven = values.now ?? process.env.QONAQ_NOW;
const startsAt = nowGiven === undefined ? null : Date.parse(nowGiven);
if (startsAt !== null && Number.isNaN(startsAt)) {
  console.error(`Not an instant: --now ${nowGiven} (write e.g. 2026-11-24T09:00:00+04:00)`);
  process.exit(2);
}
const startedAt = Date.now();
const now = startsAt === null ? undefined : () => new Date(startsAt + (Date.now() - startedAt));

const dataDir = resolve(values.data);
const openedFiles = new OpenedFiles();
if (values.open && !openedFiles.offer(values.open, process.cwd())) {
  console.error(`Not a .qonaq archive that exists: ${values.open}`);
  process.exit(2);
}

startWebHost({
  dataDir,
  rendererDir: values.renderer,
  port: Number(values.port),
  version,
  takeOverLock: values['take-over'],
  openedFiles,
  now,
})
  .then((host) => {
    console.log(`Qonaq browser host: ${host.url}`);
    if (host.readOnly)
      console.log(`The data folder ${dataDir} is read-only: it can be looked at, not changed.`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'storeLocked') {
      console.error(lockedFolderNotice(error, dataDir, hostname()));
      process.exit(1);
    }
    console.error('Qonaq browser host could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
