import { join, resolve } from 'node:path';
import {
  app,
  crashReporter,
  dialog,
  protocol,
  safeStorage,
  screen,
  session,
  type BrowserWindow,
} from 'electron';
import { createHandlers } from '../core/api';
import type { LockHolder } from '../core/store/folder-lock';
import type { Store } from '../core/store/store';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { startLocalCrashReporter } from './crash-reporter';
import { missingDisk, missingDiskMessage } from './data-disk';
import { folderChooser } from './dialogs';
import { bindContractToIpcMain, trustedSender } from './ipc';
import { lostFolderMessage } from './lost-folder';
import { installMenu } from './menu';
import { receiveOpenedFiles } from './opened-files';
import { openStoreOrAskToTakeOver } from './open-store';
import { pdfPrinter } from './print';
import { safeSecrets } from './secrets';
import { startupMessage, systemLanguage } from '../shared/startup-messages';
import { createMainWindow, guardAllWebContents, installSessionSecurity, rendererLocation } from './window';
import { rememberPlacement, savedPlacement } from './window-state';

/**
 * The app's life: one instance per data folder, the store opened before any page can ask for it,
 * and every write on disk before the process ends.
 *
 * `mainDir` is the folder of the built main script, from which the preload and the page are found;
 * `argv` holds the archive a double-click opened Qonaq with, if any (see `receiveOpenedFiles`).
 */
export function startApp(mainDir: string, argv: readonly string[] = process.argv): void {
  // Honoured explicitly (a portable profile, a test's temp folder); it must come before the lock,
  // which Electron keys on the userData folder.
  const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
  if (userDataDir) app.setPath('userData', resolve(userDataDir));

  // A second Qonaq on the same data would be a second writer: it hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Before the app is ready: crashes at start-up are caught, the scheme is privileged, and every
  // web contents is guarded from its creation on.
  startLocalCrashReporter(crashReporter);
  registerAppScheme(protocol);
  const location = rendererLocation(mainDir, app.isPackaged);
  guardAllWebContents(app, location.appUrl);

  let window: BrowserWindow | undefined;
  /** Set once the store is open: the window may be opened again (macOS keeps the app without one). */
  let openWindow: (() => void) | undefined;
  let storeReady: Promise<Store | undefined> = Promise.resolve(undefined);
  let storeClosed = false;
  let closingStore = false;

  const bringForward = (): void => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  app.on('second-instance', bringForward);
  // A .qonaq archive double-clicked: kept for the page, which asks for it when its window gains focus.
  const openedFiles = receiveOpenedFiles(app, argv, process.cwd(), () =>
    window ? bringForward() : openWindow?.(),
  );

  // Quitting waits for the store to flush its writes; then quits again, this time for real.
  app.on('before-quit', (event) => {
    if (storeClosed) return;
    event.preventDefault();
    if (closingStore) return;
    closingStore = true;
    storeReady
      .then((store) => store?.close())
      .catch((error: unknown) => console.error('[qonaq] closing the store failed:', error))
      .finally(() => {
        storeClosed = true;
        app.quit();
      });
  });

  app.on('window-all-closed', () => {
    // On macOS an app stays in the Dock with no window, by convention.
    if (process.platform !== 'darwin') app.quit();
  });

  const dataDir = (): string => join(app.getPath('userData'), 'data');
  const refuseToStart = (error: unknown): undefined => {
    const { title, message } = startupMessage(
      error,
      dataDir(),
      systemLanguage(app.getPreferredSystemLanguages()),
    );
    console.error('[qonaq] cannot start:', error);
    dialog.showErrorBox(title, message);
    app.quit();
    return undefined;
  };

  const ready = async (): Promise<void> => {
    installSessionSecurity(session.defaultSession);
    if (location.rendererDir) serveAppProtocol(protocol, location.rendererDir);
    installMenu(process.platform, app.isPackaged);
    // A data folder on a disk that is not connected is not opened (nor made anew on another disk).
    const disk = missingDisk(dataDir());
    if (disk) {
      const { title, message } = missingDiskMessage(
        dataDir(),
        disk,
        systemLanguage(app.getPreferredSystemLanguages()),
      );
      dialog.showErrorBox(title, message);
      app.quit();
      return;
    }
    // The window opens on the list of visits while the visits themselves are still being read.
    // A folder another Qonaq holds is explained, and the user may take it over or quit.
    // A folder taken over later by another Qonaq can save nothing more here: the user is told, and the app closes.
    const language = systemLanguage(app.getPreferredSystemLanguages());
    const lockLost = (holder: LockHolder | null): void => {
      const { title, message } = lostFolderMessage(dataDir(), holder, language);
      console.error('[qonaq] the data folder was taken over by', holder?.host ?? 'another process');
      dialog.showErrorBox(title, message);
      app.quit();
    };
    storeReady = openStoreOrAskToTakeOver(dataDir(), language, lockLost).catch(refuseToStart);
    const store = await storeReady;
    if (!store) return;

    // Bound before any window exists, so the page never calls a channel nobody answers.
    bindContractToIpcMain(
      createHandlers(store, {
        version: app.getVersion(),
        openedFiles,
        secrets: safeSecrets(safeStorage, join(app.getPath('userData'), 'office-credentials.bin')),
        host: {
          kind: 'desktop',
          chooseFolder: folderChooser(() => window),
          printToPdf: pdfPrinter(() => window),
        },
      }),
      trustedSender(() => window?.webContents, location.appUrl),
    );
    openWindow = (): void => {
      const placementFile = join(app.getPath('userData'), 'window-state.json');
      const created = createMainWindow(location, savedPlacement(screen, placementFile));
      rememberPlacement(created, screen, placementFile);
      created.on('closed', () => {
        if (window === created) window = undefined;
      });
      window = created;
    };
    openWindow();
    app.on('activate', () => {
      if (!window) openWindow?.();
    });
  };

  app.whenReady().then(ready).catch(refuseToStart);
}
