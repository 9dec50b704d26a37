import { test as base, expect } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from '../support/web-host';

/**
 * Every test gets its own data folder and its own browser host process on it. `host.restart()`
 * stops and starts the host on the same folder, as a user closing and reopening the app.
 *
 * `test.use({ now: '2026-11-24T09:00:00+04:00' })` runs a test on a fixed day: the host's core
 * starts its clock there (`--now`) and so does the page's (Playwright's clock), both running on from it.
 */
export const test = base.extend<{
  now: string | undefined;
  host: RunningHost & { restart(): Promise<RunningHost> };
}>({
  now: [undefined, { option: true }],
  host: async ({ now }, use) => {
    const dir = await makeDataDir();
    const args = now === undefined ? [] : ['--now', now];
    let current = await startHost(dir.path, args);
    const handle = Object.assign(current, {
      restart: async () => {
        await current.stop();
        current = await startHost(dir.path, args);
        Object.assign(handle, current);
        return current;
      },
    });
    await use(handle);
    await current.stop();
    await dir.remove();
  },
  page: async ({ page, now }, use) => {
    if (now !== undefined) await page.clock.install({ time: new Date(now) });
    await use(page);
  },
});

export { expect };
