import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_MAX_BYTES } from '../../../src/core/archive';
import { OpenedFiles, takeOpenedArchive } from '../../../src/core/opened-file';
import { startApp } from '../../../src/main/lifecycle';
import { ipcChannel } from '../../../src/shared/contract';
import { AppError } from '../../../src/shared/errors';
import { electronFake, fakeEvent, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { app, ipcMain } = electronFake;
const MAIN_DIR = '/opt/qonaq/out/main';
const EXECUTABLE = '/opt/Qonaq/qonaq';

let userData = '';
/** Where the user keeps files: the archives double-clicked in these tests. */
let downloads = '';
let archive = '';

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'qonaq-main-'));
  downloads = await mkdtemp(join(tmpdir(), 'qonaq-downloads-'));
  archive = join(downloads, 'Office 2026-12-01.qonaq');
  await writeFile(archive, '{"format":"qonaq-archive","note":"bytes as exported"}');
  resetElectronFake(userData);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  if (!app.exited) app.quit();
  await vi.waitFor(() => expect(app.exited).toBe(true));
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
});

async function started(argv: string[] = [EXECUTABLE]): Promise<FakeBrowserWindow> {
  startApp(MAIN_DIR, argv);
  return firstWindow();
}

async function firstWindow(): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

/** What the page hears when it asks for the archive Qonaq was opened with. */
function askOpenedFile(window: FakeBrowserWindow): Promise<unknown> {
  return ipcMain.invoke(
    ipcChannel('app.openedFile'),
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    {},
  );
}

async function expectArchive(window: FakeBrowserWindow, path: string): Promise<void> {
  const bytes = await readFile(path);
  expect(await askOpenedFile(window)).toEqual({
    ok: true,
    value: { archive: { name: 'Office 2026-12-01.qonaq', path, base64: bytes.toString('base64') } },
  });
  // Once: a second question (the window focused again) does not offer it twice.
  expect(await askOpenedFile(window)).toEqual({ ok: true, value: { archive: null } });
}

describe('a .qonaq archive double-clicked', () => {
  it('in the macOS Finder before Qonaq is ready (open-file) is offered to the page when it asks', async () => {
    startApp(MAIN_DIR, [EXECUTABLE]);
    const event = fakeEvent({});
    app.emit('open-file', event, archive);
    expect(event.defaultPrevented).toBe(true);

    const window = await firstWindow();
    await expectArchive(window, archive);
  });

  it('in the macOS Finder while Qonaq runs brings the window forward with the archive waiting', async () => {
    const window = await started();
    expect(await askOpenedFile(window)).toEqual({ ok: true, value: { archive: null } });

    app.emit('open-file', fakeEvent({}), archive);

    expect(window.focus).toHaveBeenCalled();
    await expectArchive(window, archive);
  });

  it('in macOS with no window left open opens one for it', async () => {
    const window = await started();
    window.emit('closed');

    app.emit('open-file', fakeEvent({}), archive);

    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    const reopened = FakeBrowserWindow.instances[1];
    if (!reopened) throw new Error('no window');
    await expectArchive(reopened, archive);
  });

  it('in Windows Explorer or a Linux file manager starts Qonaq with its path among the arguments', async () => {
    const window = await started([EXECUTABLE, '--no-sandbox', archive]);
    await expectArchive(window, archive);
  });

  it('in a Linux file manager may come as a file: address (Exec=qonaq %U), and is the file it names', async () => {
    const window = await started([EXECUTABLE, pathToFileURL(archive).href]);
    expect(pathToFileURL(archive).href).toContain('Office%202026-12-01.qonaq');
    await expectArchive(window, archive);
  });

  it('while Qonaq runs starts a second Qonaq, which hands the path over (second-instance), relative to its folder', async () => {
    const window = await started();
    window.isMinimized.mockReturnValue(true);

    app.emit('second-instance', fakeEvent({}), [EXECUTABLE, 'Office 2026-12-01.qonaq'], downloads, {});

    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await expectArchive(window, archive);
  });

  it('is kept only if it is an existing file ending in .qonaq: other arguments, folders and missing files are passed over', async () => {
    const folder = join(downloads, 'old.qonaq');
    await mkdir(folder);
    const notes = join(downloads, 'notes.json');
    await writeFile(notes, '{}');
    const window = await started([
      EXECUTABLE,
      notes,
      folder,
      join(downloads, 'gone.qonaq'),
      `--inspect=${archive}`,
      'file://elsewhere/share/office.qonaq',
      'https://example.org/office.qonaq',
      '.',
    ]);
    expect(await askOpenedFile(window)).toEqual({ ok: true, value: { archive: null } });

    const event = fakeEvent({});
    app.emit('open-file', event, notes);
    app.emit('second-instance', fakeEvent({}), [EXECUTABLE, folder, 'gone.qonaq'], downloads, {});

    expect(event.defaultPrevented).toBe(true);
    expect(window.focus).toHaveBeenCalledTimes(1); // by the second instance, as any second start does
    expect(await askOpenedFile(window)).toEqual({ ok: true, value: { archive: null } });
  });
});

describe('the archive kept for the page', () => {
  it('takes any case of the extension, as Windows names files', async () => {
    const upper = join(downloads, 'OFFICE.QONAQ');
    await writeFile(upper, '{}');
    const opened = new OpenedFiles();
    expect(opened.offer('OFFICE.QONAQ', downloads)).toBe(true);
    expect(opened.take()).toBe(upper);
    expect(opened.take()).toBeNull();
  });

  it('is forgotten if its file went away before the page asked', async () => {
    const opened = new OpenedFiles();
    expect(opened.offer(archive, '/')).toBe(true);
    await rm(archive);
    await expect(takeOpenedArchive(opened)).resolves.toBeNull();
  });

  it('is refused as too large, unread, when it is larger than any archive', async () => {
    const huge = join(downloads, 'huge.qonaq');
    await writeFile(huge, '');
    await truncate(huge, ARCHIVE_MAX_BYTES + 1);
    const opened = new OpenedFiles();
    expect(opened.offer(huge, '/')).toBe(true);
    const refused = await takeOpenedArchive(opened).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'archiveInvalid', params: { reason: 'tooLarge' } });
  });
});
