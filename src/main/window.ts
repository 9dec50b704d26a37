import { join } from 'node:path';
import {
  BrowserWindow,
  shell,
  type App,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { APP_PAGE_URL } from './app-protocol';
import { isAllowedExternalUrl, isAppUrl } from './url-policy';
import { MIN_HEIGHT, MIN_WIDTH, type Placement } from './window-state';

/**
 * The renderer is treated as a web page that could be made to run hostile script (a crafted
 * guest name in a pasted spreadsheet, say): it gets no Node, its own JavaScript world, the Chromium
 * sandbox, and only the preload's contract functions.
 */
export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    // Developer tools only while developing: in an installed app they would let anyone at the desk
    // run script in the page, with the page's reach.
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Guest names come in three scripts; red squiggles under every passport name help nobody.
    spellcheck: false,
  };
}

/** Response headers with our policy in place of any the server sent (header names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/**
 * The session's policy: our CSP on every response (the app's scheme sends it itself, the meta tag
 * repeats it), no web permission granted (Qonaq needs no camera, location or notifications, and a
 * page that asks for one is not behaving as ours), and no download. The desktop app never downloads:
 * files are written by the main process into a folder the user picked (`files.save`), so a download
 * is something the app did not ask for, started by a link or a script, and is cancelled.
 */
export function installSessionSecurity(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event, item) => {
    event.preventDefault();
    console.warn('[qonaq] refused a download the app did not ask for:', item.getURL().slice(0, 200));
  });
}

type OpenExternal = (url: string) => Promise<void>;

function openInBrowser(openExternal: OpenExternal, url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  openExternal(url).catch((error: unknown) => console.error('[qonaq] could not open a link:', error));
}

/**
 * Keeps a page on the app: it never navigates or is redirected elsewhere, opens no windows and
 * attaches no webviews. A link on the allow-list (url-policy.ts) goes to the system instead.
 */
export function guardWebContents(
  contents: WebContents,
  appUrl: string,
  openExternal: OpenExternal = (url) => shell.openExternal(url),
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openInBrowser(openExternal, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  // The app has no frames; one injected into the page stays on about:blank or the app itself.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && event.url !== 'about:blank' && !isAppUrl(event.url, appUrl))
      event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(openExternal, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Every web contents the app ever creates (windows, and whatever a page might manage to open) is
 * guarded from birth, rather than each window remembering to guard itself.
 */
export function guardAllWebContents(
  app: Pick<App, 'on'>,
  appUrl: string,
  openExternal: OpenExternal = (url) => shell.openExternal(url),
): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl, openExternal));
}

export interface RendererLocation {
  /** What the window loads; also what the IPC and navigation checks compare against. */
  appUrl: string;
  preloadPath: string;
  /** The built renderer, served on the app's scheme; undefined while the development server serves it. */
  rendererDir: string | undefined;
  /** Developer tools: only while developing. */
  devTools: boolean;
  /** The window's icon (Linux and Windows title bars; macOS takes the bundle's), packed into app.asar. */
  iconPath: string;
}

/**
 * The development server while developing (electron-vite sets ELECTRON_RENDERER_URL), the built
 * page on the app's own scheme otherwise. A packaged app ignores the variable so nobody can point
 * it at another server.
 */
export function rendererLocation(
  mainDir: string,
  isPackaged: boolean,
  devServerUrl: string | undefined = process.env.ELECTRON_RENDERER_URL,
): RendererLocation {
  const preloadPath = join(mainDir, '../preload/index.js');
  const devTools = !isPackaged;
  const iconPath = join(mainDir, '../../resources/icon.png');
  if (!isPackaged && devServerUrl) {
    return { appUrl: devServerUrl, preloadPath, rendererDir: undefined, devTools, iconPath };
  }
  return { appUrl: APP_PAGE_URL, preloadPath, rendererDir: join(mainDir, '../renderer'), devTools, iconPath };
}

export function mainWindowOptions(
  location: RendererLocation,
  placement: Placement | undefined,
): BrowserWindowConstructorOptions {
  return {
    ...(placement?.bounds ?? { width: 1280, height: 800 }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Qonaq',
    icon: location.iconPath,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(location.preloadPath, location.devTools),
  };
}

/** The app's window, guarded by `guardAllWebContents` as it is created, shown once it has painted. */
export function createMainWindow(location: RendererLocation, placement?: Placement): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(location, placement));
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(location.appUrl).catch((error: unknown) => {
    console.error('[qonaq] the window could not load the app:', error);
    window.show();
  });
  return window;
}
