import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_PAGE_URL,
  APP_SCHEME_PRIVILEGES,
  appProtocolHandler,
  mimeType,
  registerAppScheme,
  resolveInside,
  serveAppProtocol,
} from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security';

let root = '';
let rendererDir = '';
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qonaq-protocol-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Qonaq</title>');
  await writeFile(join(rendererDir, 'assets', 'index-1a2b.js'), 'export const a = 1;');
  await writeFile(join(rendererDir, 'assets', 'index-1a2b.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(rendererDir, 'assets', 'odd.xyz'), 'x');
  // Beside the renderer, where a request must never reach: the store, the main script.
  await writeFile(join(root, 'secret.json'), '{"passport":"C01234567"}');
  await writeFile(join(root, 'renderer-other.txt'), 'sibling with a shared prefix');
  handler = appProtocolHandler(rendererDir);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app scheme', () => {
  it('is registered as standard and secure, with fetch for module scripts, and neither CORS nor a CSP bypass', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void calls.push(schemes) });
    expect(calls).toEqual([[APP_SCHEME_PRIVILEGES]]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'qonaq',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
    expect(APP_PAGE_URL).toBe('qonaq://app/index.html');
  });

  it('is handled by the renderer folder handler', async () => {
    const handled = new Map<string, (request: Request) => Response | Promise<Response>>();
    serveAppProtocol({ handle: (scheme, serve) => void handled.set(scheme, serve) }, rendererDir);
    const served = await handled.get('qonaq')?.(new Request('qonaq://app/index.html'));
    expect(served?.status).toBe(200);
  });
});

describe('serving the built renderer', () => {
  it('serves the page with its type, the CSP header and nosniff; / is the page too', async () => {
    for (const url of ['qonaq://app/index.html', 'qonaq://app/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe('<!doctype html><title>Qonaq</title>');
    }
  });

  it.each([
    ['assets/index-1a2b.js', 'text/javascript; charset=utf-8'],
    ['assets/index-1a2b.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/odd.xyz', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`qonaq://app/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('serves the bytes of the file as they are on disk', async () => {
    const response = await get('qonaq://app/assets/font.woff2');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('answers a HEAD with the headers and no body', async () => {
    const response = await get('qonaq://app/assets/index-1a2b.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('qonaq://app/missing.js')).status).toBe(404);
    expect((await get('qonaq://app/assets/missing.css')).status).toBe(404);
    expect((await get('qonaq://app/assets')).status).toBe(404);
    expect((await get('qonaq://app/index.html/x')).status).toBe(404);
  });

  it.each([
    'qonaq://app/%2e%2e/secret.json',
    'qonaq://app/%2E%2E%2Fsecret.json',
    'qonaq://app/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'qonaq://app/..%5csecret.json',
    'qonaq://app/%2e%2e/renderer-other.txt',
    'qonaq://app/index.html%00.png',
    'qonaq://app/%E0%A4%A',
  ])(
    'serves nothing for %s, which names something outside the renderer folder or nothing at all',
    async (url) => {
      // Refused outright (403), or normalised by the URL parser to a path inside the folder that does not exist (404).
      const response = await get(url);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).toBe('');
    },
  );

  it('never reads outside the renderer folder, whatever the path', async () => {
    const read: string[] = [];
    const spy = appProtocolHandler(rendererDir, async (path) => {
      read.push(path);
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    const attempts = [
      '/../secret.json',
      '/assets/../../secret.json',
      '/a/b/../../../x',
      '//etc/passwd',
      '/./index.html',
      '/%2e%2e%2fsecret.json',
      '/assets/%2E%2E%2F%2E%2E%2Fsecret.json',
      '/%2F%2Fetc%2Fpasswd',
    ];
    for (const path of attempts) await spy(new Request(`qonaq://app${path}`));
    expect(read.length).toBeGreaterThan(0);
    for (const path of read) expect(path.startsWith(join(rendererDir, '/'))).toBe(true);
  });

  it('answers only the app host, and only GET and HEAD', async () => {
    expect((await get('qonaq://other/index.html')).status).toBe(404);
    expect((await get('qonaq://app/index.html', 'POST')).status).toBe(405);
    expect((await get('qonaq://app/index.html', 'PUT')).status).toBe(405);
  });

  it('answers 500, not a crash, when a file cannot be read for another reason', async () => {
    const failing = appProtocolHandler(rendererDir, async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      expect((await failing(new Request('qonaq://app/index.html'))).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});

describe('resolveInside and mimeType', () => {
  it('keeps a path inside the folder and refuses the folder itself and anything above it', () => {
    expect(resolveInside('/r', '/assets/a.js')).toBe(join('/r', 'assets', 'a.js'));
    expect(resolveInside('/r', '/')).toBe(join('/r', 'index.html'));
    expect(resolveInside('/r', '/..')).toBeUndefined();
    expect(resolveInside('/r', '/.')).toBeUndefined();
    expect(resolveInside('/r', '/%2e%2e/x')).toBeUndefined();
  });

  it('types by extension, in any case', () => {
    expect(mimeType('/r/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeType('/r/a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/r/icon.svg')).toBe('image/svg+xml');
    expect(mimeType('/r/noextension')).toBe('application/octet-stream');
  });
});

describe('the built renderer, served as the app would serve it', () => {
  const built = join(__dirname, '../../../out/renderer');
  const page = join(built, 'index.html');

  it.skipIf(!existsSync(page))(
    'serves every script, style and preload the page names, each with its type (out/ from `npm run build`)',
    async () => {
      const serve = appProtocolHandler(built);
      const html = await (await serve(new Request(APP_PAGE_URL))).text();
      const named = [...html.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((match) => match[1] ?? '');
      expect(named.length).toBeGreaterThan(1);
      for (const path of named) {
        const response = await serve(new Request(new URL(path, APP_PAGE_URL).href));
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toBe(mimeType(path));
        expect(mimeType(path), path).not.toBe('application/octet-stream');
      }
    },
  );
});
