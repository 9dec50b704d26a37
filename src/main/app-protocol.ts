import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { errorCode } from '../shared/error-code';

/**
 * The built page is served from a scheme of the app's own, `qonaq://app/`, rather than `file://`:
 * the page gets a real origin, so the CSP's `'self'` means the app's files and nothing else on the
 * disk, and navigation and IPC checks compare origins. The handler serves only files inside the
 * renderer folder.
 */
export const APP_SCHEME = 'qonaq';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard (a real origin, relative URLs resolved as on the web) and secure (as https: no mixed
 * content warnings, web APIs that need a secure context), with the Fetch API for module scripts.
 * Not CORS-enabled and not allowed to bypass the CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must be called before the app is ready: Chromium reads the list once, at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** What the built renderer holds; anything else is sent as bytes the page cannot run. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function failure(status: 400 | 403 | 404 | 405 | 500): Response {
  return new Response(null, { status, headers: COMMON_HEADERS });
}

/**
 * The file inside `rootDir` that a request names, or undefined when it names anything outside it
 * (`..`, an encoded `%2e%2e%2f`, a backslash, an absolute path, a NUL byte).
 */
export function resolveInside(rootDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rootDir);
  const full = resolve(root, `.${wanted}`);
  const inside = relative(root, full);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return undefined;
  return full;
}

type ReadFile = (path: string) => Promise<Uint8Array>;

/**
 * Answers a request on the app's scheme from `rendererDir`: GET and HEAD only, on the app's host
 * only, with the file's MIME type and the CSP as a header; 404 for a missing file or a folder.
 * `readFile` reads inside an asar archive too, where the packaged renderer lives.
 */
export function appProtocolHandler(
  rendererDir: string,
  read: ReadFile = (path) => readFile(path),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return failure(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return failure(404);
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return failure(403);
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch (error: unknown) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return failure(404);
      console.error('[qonaq] could not serve', url.pathname, error);
      return failure(500);
    }
    const headers = { ...COMMON_HEADERS, 'Content-Type': mimeType(file) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Serves the built renderer on the app's scheme, in the default session. Call once the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
}
