import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { isAllowedExternalUrl, isAppUrl } from './url-policy';

/**
 * The renderer is treated as a web page that could be made to run hostile script (a crafted
 * guest name in a pasted spreadsheet, say): it gets no Node, its own JavaScript world, the Chromium
 * sandbox, and only the preload's contract functions.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
 * The session's policy: our CSP on every response (the page's meta tag covers `file:` loads, which
 * may carry no headers), and no web permission granted: Qonaq needs no camera, location or
 * notifications, and a page that asks for one is not behaving as ours.
 */
export function installSessionSecurity(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

type OpenExternal = (url: string) => Promise<void>;

function openInBrowser(openExternal: OpenExternal, url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  openExternal(url).catch((error: unknown) => console.error('[qonaq] could not open a link:', error));
}

/**
 * Keeps the window on the app: it never navigates or is redirected elsewhere, opens no windows
 * and attaches no webviews. An https link the user follows goes to the system browser instead.
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
    if (!event.isMainFrame && event.url !== 'about:blank' && !isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(openExternal, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface RendererLocation {
  /** What the window loads; also what the IPC and navigation checks compare against. */
  appUrl: string;
  preloadPath: string;
}

/**
 * The development server while developing (electron-vite sets ELECTRON_RENDERER_URL), the built
 * page otherwise. A packaged app ignores the variable so nobody can point it at another server.
 */
export function rendererLocation(
  mainDir: string,
  isPackaged: boolean,
  devServerUrl: string | undefined = process.env.ELECTRON_RENDERER_URL,
): RendererLocation {
  const preloadPath = join(mainDir, '../preload/index.js');
  if (!isPackaged && devServerUrl) return { appUrl: devServerUrl, preloadPath };
  return { appUrl: pathToFileURL(join(mainDir, '../renderer/index.html')).href, preloadPath };
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Qonaq',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(location.preloadPath),
  });
  guardWebContents(window.webContents, location.appUrl);
  window.once('ready-to-show', () => window.show());
  window.loadURL(location.appUrl).catch((error: unknown) => {
    console.error('[qonaq] the window could not load the app:', error);
    window.show();
  });
  return window;
}
