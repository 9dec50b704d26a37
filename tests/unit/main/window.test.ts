import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
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
  guardWebContents,
  installSessionSecurity,
  rendererLocation,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../../src/main/window';
import { cspDirectives as directives } from './csp-directives';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const APP_URL = 'file:///opt/qonaq/out/renderer/index.html';

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
    const window = createMainWindow({ appUrl: APP_URL, preloadPath: '/opt/qonaq/out/preload/index.js' });
    const fake = FakeBrowserWindow.instances[0];
    expect(fake).toBeDefined();
    expect(fake?.options.webPreferences).toEqual(secureWebPreferences('/opt/qonaq/out/preload/index.js'));
    expect(fake?.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(window).toBe(fake);
  });

  it('finds the preload and the built page beside the main script, and the dev server only unpackaged', () => {
    const mainDir = join('/opt', 'qonaq', 'out', 'main');
    expect(rendererLocation(mainDir, false, undefined)).toEqual({
      appUrl: 'file:///opt/qonaq/out/renderer/index.html',
      preloadPath: join('/opt', 'qonaq', 'out', 'preload', 'index.js'),
    });
    expect(rendererLocation(mainDir, false, 'http://localhost:5173').appUrl).toBe('http://localhost:5173');
    expect(rendererLocation(mainDir, true, 'http://evil.example').appUrl).toBe(APP_URL);
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

  it('stays on the app page: a link elsewhere is stopped, and an https one goes to the browser', () => {
    const { contents, openExternal } = guarded();
    const toSite = fakeEvent({ url: 'https://example.com/' });
    const toFile = fakeEvent({ url: 'file:///etc/passwd' });
    const inApp = fakeEvent({ url: `${APP_URL}#/visits` });
    contents.emit('will-navigate', toSite);
    contents.emit('will-navigate', toFile);
    contents.emit('will-navigate', inApp);
    expect(toSite.defaultPrevented).toBe(true);
    expect(toFile.defaultPrevented).toBe(true);
    expect(inApp.defaultPrevented).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
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

  it('opens no window: https goes to the browser, anything else nowhere', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/map' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/map']]);
  });

  it('attaches no webview', () => {
    const { contents } = guarded();
    const attach = fakeEvent({});
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('guards the window it creates', () => {
    createMainWindow({ appUrl: APP_URL, preloadPath: '/p.js' });
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    const away = fakeEvent({ url: 'https://evil.example/' });
    contents?.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electronFake.shell.openExternal).toHaveBeenCalledWith('https://evil.example/');
  });
});
