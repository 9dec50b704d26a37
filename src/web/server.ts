import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../core/api';
import { dispatch } from '../core/dispatch';
import type { OpenedFiles } from '../core/opened-file';
import { Store } from '../core/store/store';
import type { Result } from '../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

/**
 * The browser host: a development and test tool that serves the built renderer and the contract
 * over HTTP on 127.0.0.1, against the same core and store the desktop app uses. Every API call
 * must carry the per-start secret; requests naming another host or coming from another origin
 * are refused, so neither other sites in the browser nor DNS rebinding can reach the data.
 */
export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  version?: string;
  /** Take the data folder over from a holder that still looks alive (`--take-over`). */
  takeOverLock?: boolean;
  /** An archive to offer the page as if the system had opened Qonaq with it (`--open`). */
  openedFiles?: OpenedFiles;
  /** The core's clock (tests start the host on a fixed day with `--now`); the system's by default. */
  now?: () => Date;
}

export interface WebHost {
  /** Open this in a browser: it carries the secret in the fragment, which never reaches a server log. */
  url: string;
  origin: string;
  token: string;
  /** The data folder can be read but not written: it was opened read-only, and every change is refused. */
  readOnly: boolean;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-qonaq-token';
const MAX_BODY = 8 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Whether a Content-Type header names JSON exactly: the media type `application/json` (any case, as
 * RFC 9110 has it), with no parameter but an optional UTF-8 charset. `application/jsonp`,
 * `application/json-seq`, a list of types or another charset are not JSON as this host reads it.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type = '', ...parameters] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json' || parameters.length > 1) return false;
  return parameters.every((parameter) => /^\s*charset\s*=\s*("?)utf-8\1\s*$/i.test(parameter));
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // The page gets its list of visits while the visits themselves are still being read.
  const store = await Store.open(options.dataDir, { background: true, takeOverLock: options.takeOverLock });
  // The page downloads files itself: a server must not write where a web page tells it to.
  const handlers = createHandlers(store, {
    version: options.version ?? '0.0.0',
    host: { kind: 'browser' },
    openedFiles: options.openedFiles,
    now: options.now,
  });
  const token = randomBytes(24).toString('base64url');
  const rendererRoot = resolve(options.rendererDir);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function serveStatic(res: ServerResponse, urlPath: string): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const file = resolve(rendererRoot, relative);
    const inside = file === rendererRoot || file.startsWith(rendererRoot + sep);
    const target =
      inside && (await stat(file).catch(() => null))?.isFile() ? file : join(rendererRoot, 'index.html');
    const body = await readFile(target).catch(() => null);
    if (!body) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    send(res, 200, body, MIME[extname(target)] ?? 'application/octet-stream');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    if (!allowedHosts.has(req.headers.host ?? '') || (origin !== undefined && !allowedOrigins.has(origin))) {
      return sendResult(res, 403, { ok: false, error: { code: 'forbidden' } });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', 'text/plain');
      return serveStatic(res, url.pathname);
    }
    const secret = req.headers[TOKEN_HEADER];
    if (req.method !== 'POST' || !sameSecret(Array.isArray(secret) ? secret[0] : secret, token)) {
      return sendResult(res, 403, { ok: false, error: { code: 'forbidden' } });
    }
    // A JSON content type cannot be sent by a plain form or without a CORS preflight.
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendResult(res, 415, { ok: false, error: { code: 'forbidden' } });
    }
    const body = await readBody(req);
    if (body === null) {
      return sendResult(res, 413, {
        ok: false,
        error: { code: 'validation', fields: [{ path: '', code: 'tooLong' }] },
      });
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return sendResult(res, 400, {
        ok: false,
        error: { code: 'validation', fields: [{ path: '', code: 'invalid' }] },
      });
    }
    sendResult(res, 200, await dispatch(handlers, url.pathname.slice('/api/'.length), input));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[qonaq] browser host request failed:', error);
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'internal' } });
    });
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, '127.0.0.1', done);
    });
  } catch (error) {
    // A port in use must not keep the data folder locked.
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    readOnly: store.readOnly,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
    },
  };
}
