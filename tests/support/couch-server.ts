import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { REAL_COUCHDB } from './couch-env';

export { couchAuth, REAL_COUCHDB } from './couch-env';

/**
 * A CouchDB-compatible server for the office-sharing tests, from npm packages (express-pouchdb over
 * PouchDB's in-memory adapter), on a free port of this computer. With `users`, it asks for HTTP Basic
 * credentials as CouchDB does (401 without them); a `reader` may read and not write (403), as a
 * database member with a reader's role. Each server has databases of its own.
 */
export interface CouchServer {
  /** The server's address, without a trailing slash; a database is `${url}/<name>`. */
  url: string;
  /** Whether the server answers; while false it drops every connection, as an unreachable server. */
  online: boolean;
  /** Users whose requests are dropped, as from a laptop out of reach (with `users` only). */
  readonly unreachable: Set<string>;
  stop(): Promise<void>;
}

export interface TestUser {
  username: string;
  password: string;
  role: 'writer' | 'reader';
}

let servers = 0;

/** A database name no earlier run used: a real server keeps its databases. */
export function freshDatabase(prefix: string): string {
  servers += 1;
  return REAL_COUCHDB ? `${prefix}-${process.pid}-${Date.now()}-${servers}` : `${prefix}-${servers}`;
}

function unauthorized(response: ServerResponse, status: 401 | 403): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({ error: status === 401 ? 'unauthorized' : 'forbidden', reason: 'test server' }),
  );
}

/** Answers a `_bulk_docs` as CouchDB does when a validation function forbids every document. */
function refuseEach(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    const parsed: unknown = JSON.parse(body);
    const docs =
      typeof parsed === 'object' && parsed !== null && 'docs' in parsed && Array.isArray(parsed.docs)
        ? parsed.docs
        : [];
    const answers = docs.map((doc: unknown) => ({
      id: typeof doc === 'object' && doc !== null && '_id' in doc ? doc._id : '',
      error: 'forbidden',
      reason: 'Only officers with the qonaq-writer role may change visits.',
    }));
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answers));
  });
}

function userOf(request: IncomingMessage, users: TestUser[]): TestUser | undefined {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const [username, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return users.find((u) => u.username === username && u.password === rest.join(':'));
}

export async function startCouchServer(options: { users?: TestUser[] } = {}): Promise<CouchServer> {
  if (REAL_COUCHDB && !options.users) {
    return {
      url: REAL_COUCHDB,
      online: true,
      unreachable: new Set(),
      stop: async () => undefined,
    };
  }
  servers += 1;
  const pouch = PouchDB.plugin(memoryAdapter).defaults({
    adapter: 'memory',
    prefix: `qonaq-test-${servers}-`,
  });
  const app = expressPouchDB(pouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: '/dev/null',
  });
  const state = { online: true };
  const unreachable = new Set<string>();
  const server = createServer((request, response) => {
    if (!state.online) {
      request.socket.destroy();
      return;
    }
    if (options.users) {
      const user = userOf(request, options.users);
      if (!user) return unauthorized(response, 401);
      if (unreachable.has(user.username)) {
        request.socket.destroy();
        return;
      }
      // The roles of docs/sharing.md, as CouchDB tells a signed-in user their own.
      if (request.url === '/_session') {
        const roles = [user.role === 'reader' ? 'qonaq-reader' : 'qonaq-writer'];
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: true, userCtx: { name: user.username, roles } }));
        return;
      }
      const writes = request.method !== 'GET' && request.method !== 'HEAD';
      // As CouchDB's validation function of docs/sharing.md answers a reader: each document refused.
      if (writes && user.role === 'reader' && request.url?.endsWith('/_bulk_docs')) {
        return refuseEach(request, response);
      }
      if (writes && user.role === 'reader') return unauthorized(response, 403);
    }
    app(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    unreachable,
    get online() {
      return state.online;
    },
    set online(value: boolean) {
      state.online = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
