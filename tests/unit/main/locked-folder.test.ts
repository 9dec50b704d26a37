import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../../src/shared/contract';
import { startApp } from '../../../src/main/lifecycle';
import { electronFake, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { app, ipcMain, dialog } = electronFake;
const MAIN_DIR = '/opt/qonaq/out/main';
/** 24 November 2026, 09:05 on this computer's clock, whatever its time zone. */
const SINCE = new Date(2026, 10, 24, 9, 5).toISOString();

let userData = '';
const dataDir = (): string => join(userData, 'data');
const lockPath = (): string => join(dataDir(), '.lock');

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'qonaq-main-'));
  resetElectronFake(userData);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  if (!app.exited) app.quit();
  await vi.waitFor(() => expect(app.exited).toBe(true));
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

/** A lock held by a live process (the test runner's parent), touched a moment ago. */
async function heldBy(host: string): Promise<string> {
  await mkdir(dataDir(), { recursive: true });
  const lock = JSON.stringify({ pid: process.ppid, host, nonce: 'theirs', since: SINCE });
  await writeFile(lockPath(), lock);
  const now = new Date();
  await utimes(lockPath(), now, now);
  return lock;
}

describe('a data folder another Qonaq holds', () => {
  it('is explained in the system language, naming the holder and since when, and offers to take it over or quit', async () => {
    const lock = await heldBy(hostname());

    startApp(MAIN_DIR);
    await vi.waitFor(() => expect(app.exited).toBe(true));

    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [box] = dialog.showMessageBox.mock.calls[0] ?? [];
    // The fake system prefers Russian; the fake user chooses the last button, Quit.
    expect(box).toMatchObject({
      title: 'Qonaq уже открыт',
      message: 'Папка данных с 24.11.2026, 09:05 используется другим экземпляром Qonaq на этом компьютере.',
      buttons: ['Забрать папку', 'Выйти'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(box?.detail).toBe(
      `Папка данных:\n${dataDir()}\n\n` +
        'Если тот Qonaq ещё открыт, закройте его и запустите Qonaq снова. Если нет (компьютер выключен или Qonaq завершился некорректно), заберите папку.\n\n' +
        'Если забрать папку, пока другой Qonaq открыт, он перестанет сохранять данные: то, что там введено и ещё не сохранено, будет потеряно.',
    );
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(await readFile(lockPath(), 'utf8')).toBe(lock);
  });

  it('names the other computer when the holder runs elsewhere', async () => {
    app.getPreferredSystemLanguages.mockReturnValue(['en-GB']);
    await heldBy('reception-pc');

    startApp(MAIN_DIR);
    await vi.waitFor(() => expect(app.exited).toBe(true));

    const [box] = dialog.showMessageBox.mock.calls[0] ?? [];
    expect(box?.message).toBe(
      'The data folder is in use by Qonaq on the computer “reception-pc” since 24.11.2026, 09:05.',
    );
    expect(box?.buttons).toEqual(['Take over', 'Quit']);
  });

  it('is taken over when the user says so: the store opens, the app window shows, and the lock is this app’s', async () => {
    await heldBy(hostname());
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });

    startApp(MAIN_DIR);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window');

    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    const status = await ipcMain.invoke(
      ipcChannel('app.status'),
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      {},
    );
    expect(status).toMatchObject({ ok: true, value: { dataDir: dataDir() } });
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(app.exited).toBe(false);
  });
});

describe('a data folder another Qonaq takes over while this one is open', () => {
  it('is explained in the system language and the app closes without writing to the folder again', async () => {
    app.getPreferredSystemLanguages.mockReturnValue(['az-AZ']);
    startApp(MAIN_DIR);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));

    // The other officer chose "Take over": their lock replaces this app's (as `acquireFolderLock` does).
    const theirs = JSON.stringify({ pid: process.ppid, host: 'reception-pc', nonce: 'theirs', since: SINCE });
    await writeFile(lockPath(), theirs);

    // Noticed at the next heartbeat (every 5 s).
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 12_000, interval: 100 });
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Məlumat qovluğunu başqa Qonaq götürdü',
      `Məlumat qovluğu\n${dataDir()}\n"reception-pc" kompüterindəki Qonaq proqramı tərəfindən götürüldü.\n\n` +
        'Bu pəncərədə edilən dəyişikliklər artıq saxlanıla bilməz. Qonaq bağlanacaq; məlumatlarla o biri Qonaq proqramında işləyin.',
    );
    // Their lock is left as it is: closing this app neither removes nor rewrites it.
    expect(await readFile(lockPath(), 'utf8')).toBe(theirs);
  }, 20_000);
});
