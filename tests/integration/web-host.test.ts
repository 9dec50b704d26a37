import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/store/migrations';
import { request } from 'node:http';
import { userInfo } from 'node:os';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../src/web/server';
import { Store } from '../../src/core/store/store';
import { visitInput } from '../support/builders';
import { tempDirs } from '../support/temp-dir';

const INDEX_HTML = '<!doctype html><title>Qonaq</title>';
const SECRET = 'top secret, outside the renderer folder';

const dirs = tempDirs('qonaq-web-');
const hosts: WebHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await dirs.removeAll();
});

/** A host on a fresh data folder, serving a renderer folder that has a secret file beside it. */
async function start(): Promise<{ host: WebHost; dataDir: string; rendererDir: string }> {
  const root = await dirs.make();
  const dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(root, 'secret.txt'), SECRET);
  const host = await startWebHost({ dataDir, rendererDir, version: '9.9.9' });
  hosts.push(host);
  return { host, dataDir, rendererDir };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: unlike fetch, it can set Host and send a path exactly as written. */
function raw(
  host: WebHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  const { port } = new URL(host.origin);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** A contract call as the renderer makes it. */
async function call(
  host: WebHost,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, json: await res.json() };
}

const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('the browser host API', () => {
  it('answers a valid call with its value', async () => {
    const { host, dataDir } = await start();

    const { status, json } = await call(host, 'app.status', {});

    expect(status).toBe(200);
    expect(json).toEqual({
      ok: true,
      value: {
        version: '9.9.9',
        host: 'browser',
        dataDir,
        notices: [],
        loading: false,
        readOnly: false,
        settings: { uiLanguage: 'az' },
        account: userInfo().username,
      },
    });
  });

  it('puts a created visit on disk', async () => {
    const { host, dataDir } = await start();

    const { json } = await call(host, 'visits.create', { visit: visitInput({ title: 'Via HTTP' }) });

    expect(json).toMatchObject({ ok: true, value: { visit: { title: 'Via HTTP' }, warnings: [] } });
    const [file] = await readdir(join(dataDir, 'visits'));
    expect(JSON.parse(await readFile(join(dataDir, 'visits', file ?? ''), 'utf8'))).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      visit: { title: 'Via HTTP' },
    });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { [TOKEN_HEADER]: 'guess' }],
    ['an empty token', { [TOKEN_HEADER]: '' }],
  ])('refuses a call with %s: 403 forbidden', async (_, tokenHeader) => {
    const { host } = await start();

    const res = await raw(host, {
      method: 'POST',
      path: '/api/app.status',
      headers: { host: new URL(host.origin).host, 'content-type': 'application/json', ...tokenHeader },
      body: '{}',
    });

    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual(forbidden);
  });

  it('refuses a request naming another host (DNS rebinding): 403 forbidden', async () => {
    const { host } = await start();
    const { port } = new URL(host.origin);

    const replies = await Promise.all(
      [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, 'localhost'].map((name) =>
        raw(host, {
          method: 'POST',
          path: '/api/app.status',
          headers: { host: name, 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
          body: '{}',
        }),
      ),
    );
    const page = await raw(host, { path: '/', headers: { host: `evil.example:${port}` } });

    for (const res of [...replies, page]) {
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toEqual(forbidden);
    }
  });

  it('refuses a call from another origin, even with the token: 403 forbidden', async () => {
    const { host } = await start();

    const results = await Promise.all(
      ['http://evil.example', 'null', `${host.origin}.evil.example`].map((origin) =>
        call(host, 'app.status', {}, { origin }),
      ),
    );

    for (const result of results) expect(result).toEqual({ status: 403, json: forbidden });
  });

  it('accepts a call from its own origin, under either of its names', async () => {
    const { host } = await start();
    const { port } = new URL(host.origin);

    const ownOrigin = await call(host, 'app.status', {}, { origin: host.origin });
    const viaLocalhost = await raw(host, {
      method: 'POST',
      path: '/api/app.status',
      headers: {
        host: `localhost:${port}`,
        origin: `http://localhost:${port}`,
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
      },
      body: '{}',
    });

    expect(ownOrigin.status).toBe(200);
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses a body that is not JSON by content type: 415', async () => {
    const { host } = await start();

    const replies = await Promise.all(
      ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'].map((type) =>
        fetch(`${host.origin}/api/visits.create`, {
          method: 'POST',
          headers: { 'content-type': type, [TOKEN_HEADER]: host.token },
          body: JSON.stringify({ visit: visitInput() }),
        }),
      ),
    );

    expect(replies.map((r) => r.status)).toEqual([415, 415, 415]);
    expect((await call(host, 'visits.list', {})).json).toEqual({ ok: true, value: [] });
  });

  it('reads the content type as a media type: JSON exactly, not a type that starts like it', async () => {
    const { host } = await start();
    const post = (type: string) =>
      raw(host, {
        method: 'POST',
        path: '/api/visits.list',
        headers: { host: new URL(host.origin).host, 'content-type': type, [TOKEN_HEADER]: host.token },
        body: '{}',
      });

    const refused = [
      'application/jsonp',
      'application/json-seq',
      'application/json5',
      'application/jsonx; charset=utf-8',
      'application/json, text/plain',
      'application/json; charset=latin1',
      'application/json; charset=utf-8; boundary=x',
      'application/json;',
      'text/plain; application/json',
    ];
    const accepted = [
      'application/json',
      'Application/JSON',
      'application/json; charset=utf-8',
      'application/json;charset="UTF-8"',
    ];

    const refusedReplies = await Promise.all(refused.map(post));
    const acceptedReplies = await Promise.all(accepted.map(post));
    expect(refusedReplies.map((r) => r.status)).toEqual(refused.map(() => 415));
    expect(refusedReplies.map((r) => JSON.parse(r.body) as unknown)).toEqual(refused.map(() => forbidden));
    expect(acceptedReplies.map((r) => r.status)).toEqual(accepted.map(() => 200));
    expect(JSON.parse(acceptedReplies[0]?.body ?? '')).toEqual({ ok: true, value: [] });
  });

  it('refuses any method but POST on the API', async () => {
    const { host } = await start();

    const res = await fetch(`${host.origin}/api/app.status`, { headers: { [TOKEN_HEADER]: host.token } });

    expect(res.status).toBe(403);
  });

  it('answers invalid input with 200 and field errors, and changes nothing', async () => {
    const { host, dataDir } = await start();
    await call(host, 'visits.create', { visit: visitInput({ title: 'Existing' }) });
    const filesBefore = await readdir(join(dataDir, 'visits'));

    const { status, json } = await call(host, 'visits.create', {
      visit: visitInput({ title: '', arrivalDate: '2026-02-30', partnerCountry: 'XX' }),
    });

    expect(status).toBe(200);
    expect(json).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fields: expect.arrayContaining([
          { path: 'visit.title', code: 'required' },
          { path: 'visit.arrivalDate', code: 'invalidDate' },
          { path: 'visit.partnerCountry', code: 'invalidChoice' },
        ]),
      },
    });
    expect(await readdir(join(dataDir, 'visits'))).toEqual(filesBefore);
    expect((await call(host, 'visits.list', {})).json).toMatchObject({
      ok: true,
      value: [{ title: 'Existing' }],
    });
  });

  it('answers a body that does not parse as JSON with 400 validation', async () => {
    const { host } = await start();

    const res = await fetch(`${host.origin}/api/visits.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{"visit": ',
    });

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'validation', fields: [{ path: '', code: 'invalid' }] },
    });
  });

  it('refuses a body over 8 MB with 413', async () => {
    const { host } = await start();

    const res = await fetch(`${host.origin}/api/visits.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ text: 'x'.repeat(9 * 1024 * 1024) }),
    });

    expect(res.status).toBe(413);
  });

  it.each(['visits.drop', 'constructor', '__proto__', 'toString', 'App.Status', 'hasOwnProperty', ''])(
    'answers the unknown method %j with unknownMethod',
    async (method) => {
      const { host } = await start();

      const { json } = await call(host, method, {});

      expect(json).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
    },
  );
});

describe('the browser host pages', () => {
  it('serves index.html at / with the content security policy', async () => {
    const { host } = await start();

    const res = await fetch(`${host.origin}/`);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('serves a built asset with its type, and index.html for an unknown path', async () => {
    const { host } = await start();

    const asset = await fetch(`${host.origin}/assets/app.js`);
    const unknown = await fetch(`${host.origin}/visits/123`);

    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('console.log(1);');
    expect(await unknown.text()).toBe(INDEX_HTML);
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '//etc/passwd',
    '/assets/%00../../secret.txt',
  ])('does not leak a file outside the renderer folder for %s', async (path) => {
    const { host } = await start();

    const res = await raw(host, { path, headers: { host: new URL(host.origin).host } });

    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('root:');
    expect([200, 400, 404]).toContain(res.status);
    if (res.status === 200) expect(res.body).toBe(INDEX_HTML);
  });

  it('answers a malformed percent-encoding with 400, not a server error', async () => {
    const { host } = await start();

    const res = await raw(host, { path: '/%E0%A4%A', headers: { host: new URL(host.origin).host } });

    expect(res.status).toBe(400);
  });
});

describe('the browser host lifecycle', () => {
  it('lets go of the data folder when closed', async () => {
    const { host, dataDir } = await start();
    hosts.splice(hosts.indexOf(host), 1);

    await host.close();
    const store = await Store.open(dataDir, { snapshotEveryMs: 0 });

    await store.close();
  });

  it('lets go of the data folder when its port is taken', async () => {
    const { host } = await start();
    const dataDir = join(await dirs.make(), 'data');
    const rendererDir = await dirs.make();

    const error = await startWebHost({ dataDir, rendererDir, port: Number(new URL(host.origin).port) }).catch(
      (e: unknown) => e,
    );
    const store = await Store.open(dataDir, { snapshotEveryMs: 0 });

    expect(error).toMatchObject({ code: 'EADDRINUSE' });
    await store.close();
  });

  it('refuses a data folder another store holds', async () => {
    const { dataDir } = await start();
    const rendererDir = await dirs.make();

    const error = await startWebHost({ dataDir, rendererDir }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'storeLocked' });
  });
});
