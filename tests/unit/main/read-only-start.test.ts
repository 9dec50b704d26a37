import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../../src/core/store/store';
import { ipcChannel } from '../../../src/shared/contract';
import { startApp } from '../../../src/main/lifecycle';
import { makeReadOnly, type ReadOnlyFolder } from '../../support/read-only-folder';
import { electronFake, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { app, ipcMain, dialog } = electronFake;
const MAIN_DIR = '/opt/qonaq/out/main';

let userData = '';
let readOnly: ReadOnlyFolder | null = null;
const dataDir = (): string => join(userData, 'data');

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'qonaq-main-ro-'));
  resetElectronFake(userData);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  if (!app.exited) app.quit();
  await vi.waitFor(() => expect(app.exited).toBe(true));
  vi.restoreAllMocks();
  await readOnly?.undo();
  readOnly = null;
  await rm(userData, { recursive: true, force: true });
});

/**
 * The desktop app on a data folder it can read but not write (made so by chmod, or as root by a
 * read-only bind mount; skipped, saying so, where neither can be done): it opens the folder read-only
 * instead of refusing to start.
 */
describe('starting on a read-only data folder', () => {
  it('opens the window, and the page is told the folder is read-only', async (test) => {
    const first = await Store.open(dataDir(), { snapshotEveryMs: 0 });
    await first.close();
    readOnly = await makeReadOnly(dataDir());
    if (!readOnly)
      return test.skip('this machine can make no folder read-only (root without the right to mount)');

    startApp(MAIN_DIR);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const status = await ipcMain.invoke(ipcChannel('app.status'), sender, {});
    expect(status).toMatchObject({ ok: true, value: { readOnly: true, dataDir: dataDir() } });
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    const refused = await ipcMain.invoke(ipcChannel('settings.update'), sender, { uiLanguage: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'readOnly' } });
  });
});
