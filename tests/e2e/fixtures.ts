import { test as base, expect } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from '../support/web-host';

/**
 * Every test gets its own data folder and its own browser host process on it. `host.restart()`
 * stops and starts the host on the same folder, as a user closing and reopening the app.
 */
export const test = base.extend<{ host: RunningHost & { restart(): Promise<RunningHost> } }>({
  host: async ({}, use) => {
    const dir = await makeDataDir();
    let current = await startHost(dir.path);
    const handle = Object.assign(current, {
      restart: async () => {
        await current.stop();
        current = await startHost(dir.path);
        Object.assign(handle, current);
        return current;
      },
    });
    await use(handle);
    await current.stop();
    await dir.remove();
  },
});

export { expect };
