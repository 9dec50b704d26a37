import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../../src/core/store/store';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract';
import { startApp } from '../../../src/main/lifecycle';
import { electronFake, fakeEvent, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { app, ipcMain, dialog } = electronFake;
const MAIN_DIR = '/opt/qonaq/out/main';

let userData = '';
const dataDir = (): string => join(userData, 'data');

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'qonaq-main-'));
  resetElectronFake(userData);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Whatever a test left open is closed the way the app closes it.
  if (!app.exited) app.quit();
  await vi.waitFor(() => expect(app.exited).toBe(true));
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

async function started(): Promise<FakeBrowserWindow> {
  startApp(MAIN_DIR);
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

describe('starting', () => {
  it('quits at once when another Qonaq holds the single-instance lock', async () => {
    app.hasLock = false;
    startApp(MAIN_DIR);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.exited).toBe(true);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(existsSync(dataDir())).toBe(false);
  });

  it('opens the store under userData/data, binds the contract, then shows the app page', async () => {
    const window = await started();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    expect(window.loadURL).toHaveBeenCalledWith('qonaq://app/index.html');
    expect(electronFake.session.defaultSession.headersListener).toBeDefined();
    expect(electronFake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const status = await ipcMain.invoke(
      ipcChannel('app.status'),
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      {},
    );
    expect(status).toMatchObject({
      ok: true,
      value: { version: '9.8.7', host: 'desktop', dataDir: dataDir() },
    });
  });

  it('takes its data folder from --user-data-dir, before asking for the lock', async () => {
    const chosen = join(userData, 'portable');
    app.switches.set('user-data-dir', chosen);
    await started();
    expect(app.setPath).toHaveBeenCalledWith('userData', chosen);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
    expect(existsSync(join(chosen, 'data', 'qonaq.json'))).toBe(true);
  });

  it('brings the first window forward when a second instance starts', async () => {
    const window = await started();
    window.isMinimized.mockReturnValue(true);
    app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('says why in a native dialog and quits when the data folder is locked', async () => {
    const holder = await Store.open(dataDir());
    try {
      startApp(MAIN_DIR);
      await vi.waitFor(() => expect(app.exited).toBe(true));
      // The user is asked whether to take the folder over; the fake user chooses to quit.
      expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
      const [box] = dialog.showMessageBox.mock.calls[0] ?? [];
      // The fake system prefers Russian.
      expect(box?.title).toBe('Qonaq уже открыт');
      expect(box?.detail).toContain(dataDir());
      expect(dialog.showErrorBox).not.toHaveBeenCalled();
      expect(FakeBrowserWindow.instances).toHaveLength(0);
      expect(ipcMain.handle).not.toHaveBeenCalled();
    } finally {
      await holder.close();
    }
  });
});

describe('the shell around the page', () => {
  it('registers the app scheme and starts the local crash reporter before the app is ready, then serves the built page on it', async () => {
    const window = await started();
    const { protocol, crashReporter } = electronFake;
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0] ?? 0,
    );
    expect(crashReporter.start.mock.invocationCallOrder[0]).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0] ?? 0,
    );
    expect(crashReporter.start).toHaveBeenCalledWith(expect.objectContaining({ uploadToServer: false }));
    const serve = protocol.handlers.get('qonaq');
    expect(serve).toBeDefined();
    // The main script is in /opt/qonaq/out/main, which does not exist here: the page is looked for beside it.
    expect((await serve?.(new Request('qonaq://app/index.html')))?.status).toBe(404);
    expect(window.options.webPreferences).toMatchObject({ devTools: true });
  });

  it('guards the window through the app-wide guard, and refuses downloads in the session', async () => {
    const window = await started();
    const away = fakeEvent({ url: 'https://evil.example/' });
    window.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const download = fakeEvent({});
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    electronFake.session.defaultSession.emit('will-download', download, {
      getURL: () => 'https://evil.example/x.exe',
    });
    expect(download.defaultPrevented).toBe(true);
  });

  it('has no developer tools in the packaged app', async () => {
    app.isPackaged = true;
    const window = await started();
    expect(window.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('opens the window where it was closed last time', async () => {
    const first = await started();
    first.getNormalBounds.mockReturnValue({ x: 300, y: 200, width: 1100, height: 700 });
    first.emit('close');
    first.emit('closed');
    app.emit('activate');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    expect(FakeBrowserWindow.instances[1]?.options).toMatchObject({
      x: 300,
      y: 200,
      width: 1100,
      height: 700,
    });
  });

  it.skipIf(process.platform === 'win32' || !existsSync('/mnt'))(
    'says the disk is not connected, and neither opens nor makes the data folder, when its disk is gone',
    async () => {
      const gone = join('/mnt', `qonaq-disk-${process.pid}-${Date.now()}`);
      app.switches.set('user-data-dir', join(gone, 'Qonaq'));
      startApp(MAIN_DIR);
      await vi.waitFor(() => expect(app.exited).toBe(true));
      expect(dialog.showErrorBox).toHaveBeenCalledWith(
        'Диск с данными Qonaq не подключён',
        expect.stringContaining(`(${gone})`),
      );
      expect(existsSync(gone)).toBe(false);
      expect(FakeBrowserWindow.instances).toHaveLength(0);
      expect(ipcMain.handle).not.toHaveBeenCalled();
    },
  );
});

describe('saving files', () => {
  it('asks for a folder with the native dialog, over the app window, and the core writes the files there', async () => {
    const window = await started();
    const folder = join(userData, 'chosen');
    await mkdir(folder);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };

    const result = await ipcMain.invoke(ipcChannel('files.save'), sender, {
      files: [{ name: '../Letter.docx', base64: 'aGk=' }],
    });

    expect(result).toEqual({ ok: true, value: { folder, written: ['Letter.docx'] } });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(await readFile(join(folder, 'Letter.docx'), 'utf8')).toBe('hi');
  });

  it('answers cancelled when the user closes the dialog', async () => {
    const window = await started();
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };

    const result = await ipcMain.invoke(ipcChannel('files.save'), sender, {
      files: [{ name: 'Letter.docx', base64: 'aGk=' }],
    });

    expect(result).toEqual({ ok: true, value: { cancelled: true } });
  });
});

describe('quitting', () => {
  it('waits for the store to finish its writes and let go of the folder before the app ends', async () => {
    const window = await started();
    const lockAtExit: boolean[] = [];
    app.onExit = () => lockAtExit.push(existsSync(join(dataDir(), '.lock')));
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };

    const write = ipcMain.invoke(ipcChannel('settings.update'), sender, { uiLanguage: 'en' });
    app.quit();

    expect(app.exited).toBe(false);
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(lockAtExit).toEqual([false]);
    await expect(write).resolves.toEqual({ ok: true, value: { uiLanguage: 'en' } });
    const reopened = await Store.open(dataDir());
    expect(reopened.settings.uiLanguage).toBe('en');
    await reopened.close();
  });

  it('quits on the last window closed except on macOS', async () => {
    await started();
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(app.exited).toBe(process.platform !== 'darwin'));
  });
});
