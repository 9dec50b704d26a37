import { join } from 'node:path';
import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  electronFake,
  fakeEvent,
  FakeBrowserWindow,
  FakeWebContents,
  resetElectronFake,
} from './electron-fake';
import {
  createMainWindow,
  guardAllWebContents,
  guardWebContents,
  installSessionSecurity,
  rendererLocation,
  secureWebPreferences,
  withContentSecurityPolicy,
  type RendererLocation,
} from '../../../src/main/window';
import { cspDirectives as directives } from './csp-directives';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const APP_URL = 'qonaq://app/index.html';
const LOCATION: RendererLocation = {
  appUrl: APP_URL,
  preloadPath: '/opt/qonaq/out/preload/index.js',
  rendererDir: '/opt/qonaq/out/renderer',
  devTools: false,
  iconPath: '/opt/qonaq/resources/icon.png',
};

beforeEach(() => resetElectronFake());

describe('the window', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    const prefs = secureWebPreferences('/opt/qonaq/out/preload/index.js');
    expect(prefs).toMatchObject({
      preload: '/opt/qonaq/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('is created with those preferences and loads the app page', () => {
    const window = createMainWindow(LOCATION);
    const fake = FakeBrowserWindow.instances[0];
    expect(fake).toBeDefined();
    expect(fake?.options.webPreferences).toEqual(secureWebPreferences('/opt/qonaq/out/preload/index.js'));
    expect(fake?.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(window).toBe(fake);
  });

  it('finds the preload beside the main script and serves the built page on the app scheme; the dev server and developer tools only unpackaged', () => {
    const mainDir = join('/opt', 'qonaq', 'out', 'main');
    expect(rendererLocation(mainDir, false, undefined)).toEqual({
      appUrl: 'qonaq://app/index.html',
      preloadPath: join('/opt', 'qonaq', 'out', 'preload', 'index.js'),
      rendererDir: join('/opt', 'qonaq', 'out', 'renderer'),
      devTools: true,
      iconPath: join('/opt', 'qonaq', 'resources', 'icon.png'),
    });
    expect(rendererLocation(mainDir, false, 'http://localhost:5173')).toMatchObject({
      appUrl: 'http://localhost:5173',
      rendererDir: undefined,
      devTools: true,
    });
    expect(rendererLocation(mainDir, true, 'http://evil.example')).toMatchObject({
      appUrl: APP_URL,
      devTools: false,
    });
  });

  it('has developer tools only when asked, and the packaged window is created without them', () => {
    expect(secureWebPreferences('/p.js').devTools).toBe(false);
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true);
    createMainWindow(rendererLocation('/opt/qonaq/out/main', true, undefined));
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('stays hidden until painted, then shows, maximised if it was', () => {
    createMainWindow(LOCATION, { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true });
    const fake = FakeBrowserWindow.instances[0];
    expect(fake?.options).toMatchObject({
      show: false,
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      icon: '/opt/qonaq/resources/icon.png',
    });
    expect(fake?.show).not.toHaveBeenCalled();
    fake?.emit('ready-to-show');
    expect(fake?.maximize).toHaveBeenCalledTimes(1);
    expect(fake?.show).toHaveBeenCalledTimes(1);
  });
});

describe('the session', () => {
  const session = electronFake.session.defaultSession;

  function headersFor(
    responseHeaders: Record<string, string | string[]> | undefined,
  ): Record<string, string[]> {
    installSessionSecurity(session as unknown as Session);
    let answered: Record<string, string[]> | undefined;
    session.headersListener?.({ url: APP_URL, responseHeaders }, (response) => {
      answered = response.responseHeaders;
    });
    if (!answered) throw new Error('onHeadersReceived did not answer');
    return answered;
  }

  it('sends a CSP that allows no inline script and no eval', () => {
    const policy = headersFor({})['Content-Security-Policy'];
    expect(policy).toHaveLength(1);
    const parsed = directives(policy?.[0] ?? '');
    const scripts = parsed.get('script-src') ?? parsed.get('default-src');
    expect(scripts).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(policy?.[0]).not.toMatch(/unsafe-eval/);
  });

  it("replaces a server's own CSP rather than adding a weaker one beside it", () => {
    const headers = headersFor({
      'content-security-policy': ["script-src * 'unsafe-inline'"],
      'x-other': 'kept',
    });
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toEqual([
      'Content-Security-Policy',
    ]);
    expect(headers['x-other']).toEqual(['kept']);
    expect(Object.keys(withContentSecurityPolicy(undefined))).toEqual(['Content-Security-Policy']);
  });

  it('cancels every download: the desktop app never downloads, it writes files itself', () => {
    installSessionSecurity(session as unknown as Session);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const download = fakeEvent({});
    session.emit('will-download', download, { getURL: () => 'blob:qonaq://app/1234' }, {}, null);
    expect(download.defaultPrevented).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission',
    (permission) => {
      installSessionSecurity(session as unknown as Session);
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'file://')).toBe(false);
    },
  );
});

describe('navigation', () => {
  function guarded(): { contents: FakeWebContents; openExternal: ReturnType<typeof vi.fn> } {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(async (_url: string) => undefined);
    guardWebContents(contents as unknown as WebContents, APP_URL, openExternal);
    return { contents, openExternal };
  }

  it('stays on the app: a link elsewhere is stopped, and only a mailto: or an allowed site goes to the system', () => {
    const { contents, openExternal } = guarded();
    const toSite = fakeEvent({ url: 'https://example.com/' });
    const toMail = fakeEvent({ url: 'mailto:protocol@mfa.gov.az' });
    const toFile = fakeEvent({ url: 'file:///etc/passwd' });
    const inApp = fakeEvent({ url: `${APP_URL}#/visits` });
    const otherAppPage = fakeEvent({ url: 'qonaq://app/assets/index.js' });
    for (const event of [toSite, toMail, toFile, inApp, otherAppPage]) contents.emit('will-navigate', event);
    expect(toSite.defaultPrevented).toBe(true);
    expect(toMail.defaultPrevented).toBe(true);
    expect(toFile.defaultPrevented).toBe(true);
    expect(inApp.defaultPrevented).toBe(false);
    expect(otherAppPage.defaultPrevented).toBe(false);
    // example.com is on no allow-list: the app links to no site today.
    expect(openExternal.mock.calls).toEqual([['mailto:protocol@mfa.gov.az']]);
  });

  it('stops a redirect away from the app', () => {
    const { contents } = guarded();
    const away = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-redirect', away);
    expect(away.defaultPrevented).toBe(true);
  });

  it('keeps a frame inside the page from navigating anywhere but the app', () => {
    const { contents } = guarded();
    const frameAway = fakeEvent({ url: 'https://evil.example/', isMainFrame: false });
    const frameBlank = fakeEvent({ url: 'about:blank', isMainFrame: false });
    const mainInApp = fakeEvent({ url: `${APP_URL}#/visits`, isMainFrame: true });
    contents.emit('will-frame-navigate', frameAway);
    contents.emit('will-frame-navigate', frameBlank);
    contents.emit('will-frame-navigate', mainInApp);
    expect(frameAway.defaultPrevented).toBe(true);
    expect(frameBlank.defaultPrevented).toBe(false);
    expect(mainInApp.defaultPrevented).toBe(false);
  });

  it('opens no window: a mailto: goes to the mail program, anything else nowhere', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/map' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'mailto:a@b.az?subject=Visit' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['mailto:a@b.az?subject=Visit']]);
  });

  it('attaches no webview', () => {
    const { contents } = guarded();
    const attach = fakeEvent({});
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('guards every web contents the app creates, the window included, not only the windows it guards itself', () => {
    guardAllWebContents(electronFake.app as unknown as App, APP_URL);
    createMainWindow(LOCATION);
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    const away = fakeEvent({ url: 'https://evil.example/' });
    contents?.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'mailto:a@b.az' })).toEqual({ action: 'deny' });
    expect(electronFake.shell.openExternal).toHaveBeenCalledWith('mailto:a@b.az');

    // Any other web contents (a page that somehow got one made) is guarded just the same.
    const other = new FakeWebContents();
    electronFake.app.emit('web-contents-created', fakeEvent({}), other);
    const webview = fakeEvent({});
    other.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(other.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
  });
});
