import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { OfficeServer } from './office-sync';
import type { ServerDoc } from './visit-docs';

/**
 * The few calls of Apache CouchDB's HTTP API office sharing makes (decision 0017), against the office
 * database's address: read and create the database, read a document, write documents in bulk, read the
 * change feed. Signs every request with the officer's user name and password (HTTP Basic, over HTTPS).
 * Every answer is checked before use; a server that cannot be reached is `syncOffline`, one that refuses
 * the officer `syncUnauthorized`, any other failure `syncServer` with its status.
 */

export interface CouchOptions {
  /** The database's address, e.g. `https://couch.example.edu/office`. */
  url: string;
  auth?: { username: string; password: string };
  fetch?: typeof fetch;
  /** How long a request may take before the server is taken as unreachable. */
  timeoutMs?: number;
}

const TIMEOUT_MS = 30_000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const docSchema = z.looseObject({
  _id: z.string().min(1),
  _rev: z.string().optional(),
  _deleted: z.boolean().optional(),
});
const allDocsSchema = z.object({
  rows: z.array(
    z.object({ value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).optional() }),
  ),
});
const sessionSchema = z.object({ userCtx: z.object({ roles: z.array(z.string()) }) });
const fileDocSchema = z.object({
  _attachments: z.record(z.string(), z.object({ data: z.string().optional() })),
});
const bulkAnswerSchema = z.array(
  z.union([
    z.object({ id: z.string(), rev: z.string(), ok: z.boolean().optional() }),
    z.object({ id: z.string(), error: z.string(), reason: z.string().optional() }),
  ]),
);
const seqSchema = z.union([z.string(), z.number()]).transform(String);
const changesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq: seqSchema,
      deleted: z.boolean().optional(),
      doc: docSchema.optional(),
    }),
  ),
  last_seq: seqSchema,
});

/** The address without a trailing slash, refused unless it is https or a server on this computer. */
function checkedUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const secure =
    parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname));
  if (!parsed || !secure || parsed.username !== '' || parsed.password !== '')
    throw new AppError('syncInsecure');
  return url.replace(/\/+$/, '');
}

export class CouchClient implements OfficeServer {
  private readonly url: string;
  private readonly fetch: typeof fetch;
  private readonly stopped = new AbortController();

  constructor(private readonly options: CouchOptions) {
    this.url = checkedUrl(options.url);
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Ends every request under way, and refuses those to come, as out of reach (`syncOffline`). */
  abort(): void {
    this.stopped.abort();
  }

  /** Checks the address and the credentials: refused with `syncUnauthorized` or `syncOffline`, else done. */
  async signIn(): Promise<void> {
    const { status } = await this.request('GET', '');
    if (status !== 200 && status !== 404) throw new AppError('syncServer', { status });
  }

  /**
   * Creates the office database if it is not there yet, which needs a server admin's rights: an officer
   * who may not is told there is no database at that address (`syncNoDatabase`).
   */
  async ensureDatabase(): Promise<void> {
    const { status } = await this.request('GET', '');
    if (status === 200) return;
    const created = await this.request('PUT', '').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'syncUnauthorized')
        throw new AppError('syncNoDatabase');
      throw error;
    });
    if (created.status !== 201 && created.status !== 202 && created.status !== 412) {
      throw new AppError('syncServer', { status: created.status });
    }
  }

  /**
   * Whether the officer may change the office's data or only read it (`docs/sharing.md`): a user whose
   * roles hold `qonaq-reader` and neither `qonaq-writer` nor `_admin` reads. A server that will not say
   * (no `_session`, no roles) is taken as letting them write: its validation function still decides.
   */
  async access(): Promise<'read' | 'write'> {
    const { status, body } = await this.request(
      'GET',
      '',
      undefined,
      {},
      new URL('_session', `${this.url}/../`).href,
    );
    const session = sessionSchema.safeParse(body);
    if (status !== 200 || !session.success) return 'write';
    const roles = new Set(session.data.userCtx.roles);
    return roles.has('qonaq-reader') && !roles.has('qonaq-writer') && !roles.has('_admin') ? 'read' : 'write';
  }

  /**
   * A document as the server has it; a deleted one as its tombstone (`_deleted`, with the revision
   * that deleted it, which a write over it must name); undefined when there never was one.
   */
  async get(id: string): Promise<ServerDoc | undefined> {
    const { status, body } = await this.request('GET', `/${encodeURIComponent(id)}`);
    if (status !== 404) return this.expect(status, docSchema, body);
    const keys = encodeURIComponent(JSON.stringify([id]));
    const listed = await this.request('GET', `/_all_docs?keys=${keys}`);
    const row = this.expect(listed.status, allDocsSchema, listed.body).rows[0];
    return row?.value?.deleted ? { _id: id, _rev: row.value.rev, _deleted: true } : undefined;
  }

  async file(id: string, name: string): Promise<Uint8Array | undefined> {
    const { status, body } = await this.request('GET', `/${encodeURIComponent(id)}?attachments=true`);
    if (status === 404) return undefined;
    const doc = this.expect(status, fileDocSchema, body);
    const data = doc._attachments[name]?.data;
    return data === undefined ? undefined : Buffer.from(data, 'base64');
  }

  async bulkDocs(
    docs: ServerDoc[],
  ): Promise<Array<{ id: string; ok: true; rev: string } | { id: string; ok: false; error: string }>> {
    const { status, body } = await this.request('POST', '/_bulk_docs', { docs });
    const answers = this.expect(status, bulkAnswerSchema, body);
    return answers.map((a) =>
      'rev' in a ? { id: a.id, ok: true, rev: a.rev } : { id: a.id, ok: false, error: a.error },
    );
  }

  /**
   * The database's change feed after `since`. With `longpollMs`, the server holds the answer until a
   * change comes or that time has passed (CouchDB's `feed=longpoll`), and `signal` ends the wait.
   */
  async changes(options: {
    since?: string;
    limit?: number;
    longpollMs?: number;
    signal?: AbortSignal;
  }): Promise<{
    results: Array<{ id: string; seq: string; deleted?: boolean; doc?: ServerDoc }>;
    lastSeq: string;
  }> {
    const query = new URLSearchParams({ include_docs: 'true', style: 'main_only' });
    if (options.since !== undefined) query.set('since', options.since);
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    if (options.longpollMs !== undefined) {
      query.set('feed', 'longpoll');
      query.set('timeout', String(options.longpollMs));
    }
    const wait = options.longpollMs === undefined ? {} : { timeoutMs: options.longpollMs + TIMEOUT_MS };
    const { status, body } = await this.request('GET', `/_changes?${query.toString()}`, undefined, {
      ...wait,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const feed = this.expect(status, changesSchema, body);
    return { results: feed.results, lastSeq: feed.last_seq };
  }

  private expect<T>(status: number, schema: z.ZodType<T>, body: unknown): T {
    const parsed = schema.safeParse(body);
    if (status < 200 || status > 299 || !parsed.success) throw new AppError('syncServer', { status });
    return parsed.data;
  }

  private async request(
    method: string,
    path: string,
    json?: unknown,
    wait: { timeoutMs?: number; signal?: AbortSignal } = {},
    /** Another address on the same server than the database's. */
    address = `${this.url}${path}`,
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (json !== undefined) headers['content-type'] = 'application/json';
    const { auth } = this.options;
    if (auth)
      headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(address, {
        method,
        headers,
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
        signal: AbortSignal.any([
          this.stopped.signal,
          AbortSignal.timeout(wait.timeoutMs ?? this.options.timeoutMs ?? TIMEOUT_MS),
          ...(wait.signal ? [wait.signal] : []),
        ]),
      });
      text = await response.text();
    } catch {
      throw new AppError('syncOffline');
    }
    if (response.status === 401 || response.status === 403) throw new AppError('syncUnauthorized');
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new AppError('syncServer', { status: response.status });
    }
    return { status: response.status, body };
  }
}
