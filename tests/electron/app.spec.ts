import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real shell: the built app started by Electron on a fresh data folder. It needs the Electron
 * binary, which is fetched on first run and cannot be here without network access.
 */
const binary = resolve('node_modules/electron/dist/electron');
const mainScript = resolve('out/main/index.js');

const NO_BINARY =
  'Electron binary not present: node_modules/electron/dist/electron is downloaded on first run ' +
  '(`npm start` or `npx install-electron`), which needs network access to github.com or ELECTRON_MIRROR.';
const hasBinary = existsSync(binary);

test.skip(!hasBinary, NO_BINARY);
// The list reporter shows a skip but not its reason: say it once, where the person running the tests looks.
if (!hasBinary && !process.env.TEST_WORKER_INDEX) console.log(`tests/electron: ${NO_BINARY}`);

test('starts on a fresh data folder and shows the app, with no Node in the page', async () => {
  test.skip(!existsSync(mainScript), 'out/main/index.js is missing: run `npm run build` first.');
  const userData = await mkdtemp(join(tmpdir(), 'qonaq-electron-'));
  const app = await electron.launch({
    args: [mainScript, `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Qonaq/);
    await expect(window.locator('#root')).not.toBeEmpty();

    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { qonaq?: object }).qonaq ?? {}).length,
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: expect.any(Number) });
    expect(exposed.bridge).toBeGreaterThan(0);

    const status = await window.evaluate(async () => {
      const bridge = (globalThis as { qonaq?: Record<string, (input: unknown) => Promise<unknown>> }).qonaq;
      return bridge?.['app.status']?.({});
    });
    expect(status).toMatchObject({ ok: true, value: { dataDir: join(userData, 'data') } });
    expect(existsSync(join(userData, 'data', 'qonaq.json'))).toBe(true);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});

test('serves the page on the app scheme as an installed app would: a real, secure origin that reaches no local file', async () => {
  test.skip(!existsSync(mainScript), 'out/main/index.js is missing: run `npm run build` first.');
  const userData = await mkdtemp(join(tmpdir(), 'qonaq-electron-'));
  const app = await electron.launch({
    args: [mainScript, `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('#root')).not.toBeEmpty();
    expect(window.url()).toMatch(/^qonaq:\/\/app\//);

    const seen = await window.evaluate(async () => {
      const attempt = async (url: string) => {
        try {
          return (await fetch(url)).status;
        } catch {
          return 'refused';
        }
      };
      return {
        origin: (globalThis as unknown as { location: { origin: string } }).location.origin,
        secure: (globalThis as unknown as { isSecureContext: boolean }).isSecureContext,
        localFile: await attempt('file:///etc/hostname'),
        outsideRenderer: await attempt('/%2e%2e%2fmain%2findex.js'),
        missing: await attempt('/no-such-file.js'),
        page: await attempt('/index.html'),
      };
    });
    expect(seen).toMatchObject({
      origin: 'qonaq://app',
      secure: true,
      localFile: 'refused',
      missing: 404,
      page: 200,
    });
    expect([403, 404]).toContain(seen.outsideRenderer);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
