import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security';
import { guardWebContents, secureWebPreferences } from '../../../src/main/window';
import { fakeEvent, FakeWebContents, resetElectronFake } from './electron-fake';
import { cspDirectives as directives } from './csp-directives';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

/**
 * The items of Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security)
 * that window.test.ts, url-policy.test.ts, ipc.test.ts and the preload tests do not already hold.
 * docs/security.md maps every item to its test.
 */
const ROOT = join(__dirname, '../../..');
const APP_URL = 'qonaq://app/index.html';

function sourceFiles(folder: string, pattern = /\.(ts|tsx|html|css)$/): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length + 1));
}

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

beforeEach(() => resetElectronFake());

describe('web preferences (checklist 2, 3, 4, 6, 8, 9, 10, 12)', () => {
  const prefs = secureWebPreferences('/opt/qonaq/out/preload/index.js');

  it('keeps experimental features, insecure content and extra Blink features off', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('sets only preferences that were reviewed: a new one fails here until it is', () => {
    const reviewed = [
      'preload',
      'devTools',
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'webviewTag',
      'navigateOnDragDrop',
      'safeDialogs',
      'spellcheck',
    ];
    expect(Object.keys(prefs).filter((key) => !reviewed.includes(key))).toEqual([]);
  });

  it('is the only place a window is made or a protection is turned off', () => {
    const weakening =
      /enableBlinkFeatures|experimentalFeatures:\s*true|allowRunningInsecureContent:\s*true|webSecurity:\s*false|nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webviewTag:\s*true/;
    const files = sourceFiles('src');
    expect(files.filter((file) => weakening.test(read(file)))).toEqual([]);
    expect(
      files.filter((file) => /new BrowserWindow\(|new WebContentsView\(|new BrowserView\(/.test(read(file))),
    ).toEqual(['src/main/window.ts']);
    // Another session would need its own permission handler (checklist 5): there is none.
    expect(files.filter((file) => /fromPartition|partition:/.test(read(file)))).toEqual([]);
  });

  it('has no <webview> in the renderer, so allowpopups and webview options cannot arise (11, 12)', () => {
    expect(sourceFiles('src/renderer').filter((file) => /<webview|allowpopups/i.test(read(file)))).toEqual(
      [],
    );
  });
});

describe('content (checklist 1, 7)', () => {
  const pages = ['src/renderer/index.html', 'out/renderer/index.html'].filter((page) =>
    existsSync(join(ROOT, page)),
  );

  function metaPolicy(html: string): string {
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    if (!match?.[1]) throw new Error('no Content-Security-Policy meta tag');
    return match[1];
  }

  it.each(pages)(
    '%s carries the shared policy in a meta tag, for file: loads that have no headers',
    (page) => {
      const meta = directives(metaPolicy(read(page)));
      const shared = directives(CONTENT_SECURITY_POLICY);
      // frame-ancestors is ignored in a meta tag; the header carries it.
      shared.delete('frame-ancestors');
      expect(meta).toEqual(shared);
      expect(meta.get('script-src')).toEqual(["'self'"]);
      expect(meta.get('default-src')).toEqual(["'self'"]);
    },
  );

  it('has no directive in the policy that allows inline script, eval or remote hosts', () => {
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.filter((v) => /^(https?:|\*|ws:|wss:)/.test(v)),
        name,
      ).toEqual([]);
      if (name === 'script-src' || name === 'default-src')
        expect(values, name).not.toContain("'unsafe-inline'");
    }
  });

  it('loads nothing from the network: the page and its styles name no http(s) resource', () => {
    const remote = /(?:src|href)\s*=\s*["']\s*(?:https?:)?\/\/|url\(\s*["']?\s*(?:https?:)?\/\//i;
    const files = [...pages, ...sourceFiles('src/renderer', /\.(html|css)$/)];
    expect(files.filter((file) => remote.test(read(file)))).toEqual([]);
  });
});

describe('navigation, new windows and external links (checklist 13, 14, 15)', () => {
  const urls = fc.oneof(
    fc.webUrl({
      validSchemes: ['http', 'https', 'file', 'ftp', 'smb'],
      withFragments: true,
      withQueryParameters: true,
    }),
    fc.webUrl({ validSchemes: ['qonaq', 'mailto'], withFragments: true, withQueryParameters: true }),
    fc.emailAddress().map((address) => `mailto:${address}`),
    fc.constantFrom(
      `${APP_URL}#/visits`,
      `${APP_URL}.evil`,
      'qonaq://app/assets/../../../../etc/passwd',
      'qonaq://app.evil.example/index.html',
      'qonaq://user@app/index.html',
      'file:///opt/qonaq/out/renderer/index.html',
      'file://evil-host/opt/qonaq/out/renderer/index.html',
      'mailto:a@b.az?attach=/etc/passwd',
      'https://user:pass@example.com/',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'HTTPS://EXAMPLE.COM/Caps',
    ),
    fc.string(),
  );
  const isAppPage = (url: string) => {
    try {
      const parsed = new URL(url);
      return (
        parsed.protocol === 'qonaq:' &&
        parsed.host === 'app' &&
        parsed.username === '' &&
        parsed.password === ''
      );
    } catch {
      return false;
    }
  };

  it('stops every navigation away from the app origin, opens no window, and hands only mailto: links to the system (the allow-list of sites is empty)', () => {
    fc.assert(
      fc.property(urls, (url) => {
        const contents = new FakeWebContents();
        const opened: string[] = [];
        guardWebContents(contents as unknown as WebContents, APP_URL, async (link) => void opened.push(link));

        const navigation = fakeEvent({ url });
        contents.emit('will-navigate', navigation);
        const redirect = fakeEvent({ url });
        contents.emit('will-redirect', redirect);
        const answer = contents.windowOpenHandler?.({ url });

        expect(navigation.defaultPrevented).toBe(!isAppPage(url));
        expect(redirect.defaultPrevented).toBe(!isAppPage(url));
        expect(answer).toEqual({ action: 'deny' });
        for (const link of opened) {
          const parsed = new URL(link);
          expect(parsed.protocol).toBe('mailto:');
          expect(
            [...parsed.searchParams.keys()].filter((key) => !/^(subject|body|cc|bcc)$/i.test(key)),
          ).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('calls shell.openExternal from window.ts only, behind the allow-list', () => {
    const callers = sourceFiles('src').filter((file) => /openExternal\s*\(/.test(read(file)));
    expect(callers).toEqual(['src/main/window.ts']);
    expect(read('src/main/window.ts')).toMatch(
      /if \(!isAllowedExternalUrl\(url\)\) return;\s*\n\s*openExternal\(url\)/,
    );
  });
});

describe('the Electron in use (checklist 16, 19)', () => {
  const manifest = JSON.parse(read('package.json')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };

  it('is Electron 45 or newer, the line this checklist was reviewed against', () => {
    const installed = JSON.parse(read('node_modules/electron/package.json')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('brings @electron/fuses along with any packager, so the fuses get flipped (see docs/security.md)', () => {
    const packagers = [
      'electron-builder',
      '@electron-forge/cli',
      '@electron/packager',
      'electron-packager',
    ].filter((name) => name in deps);
    if (packagers.length > 0)
      expect(Object.keys(deps), `packaged with ${packagers.join(', ')}`).toContain('@electron/fuses');
  });
});
