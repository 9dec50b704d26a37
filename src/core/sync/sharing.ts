import { AppError } from '../../shared/errors';
import type { RegisterEntry } from '../../shared/letters';
import type { SharingStatus } from '../../shared/sharing-contract';
import type { Store } from '../store/store';
import { CouchClient } from './couch';
import { reserveNumbers } from './office-numbers';
import { OfficeSync } from './office-sync';
import { watchFeed, type Engine } from './feed-watch';
import { conflictsToSettle } from './record-conflicts';
import { SyncFolder } from './sync-folder';

/** What the officer signs in with; kept by the host (encrypted by the system on the desktop), never in the data folder. */
export interface Credentials {
  username: string;
  password: string;
}

/** Where the host keeps the office credentials: `safeStorage` on the desktop, memory in the browser host. */
export interface SecretStore {
  read(): Promise<Credentials | undefined>;
  write(credentials: Credentials | undefined): Promise<void>;
}

/** Credentials kept for as long as the process runs. */
export function memorySecrets(): SecretStore {
  let kept: Credentials | undefined;
  return {
    read: async () => kept,
    write: async (credentials) => {
      kept = credentials;
    },
  };
}

/** How often a laptop online exchanges with the server, when nothing asks for it sooner. */
export const SYNC_EVERY_MS = 20_000;
/** How soon after a change here it is sent (changes made together go in one exchange). */
export const SEND_AFTER_MS = 500;

/**
 * Office sharing on one laptop: signing in, the exchanges with the server (`office-sync.ts`) one after
 * another, every `everyMs` and when asked, and the state the app frame shows. Stops by itself once the
 * store is closed.
 */
export class OfficeSharing {
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private engine: Engine | undefined;
  private dueAt = Number.POSITIVE_INFINITY;
  private status: Omit<
    SharingStatus,
    'pending' | 'received' | 'refused' | 'unreadable' | 'conflicts' | 'conflictVisits' | 'recordConflicts'
  > = {
    state: 'off',
  };
  private received = 0;
  /** Visits the server refused in the last exchange (this user may not write there). */
  private refused = 0;
  /** Documents of the office this version cannot read (a newer Qonaq wrote them), by id. */
  private unreadable = new Set<string>();
  private starting: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: {
      secrets: SecretStore;
      now: () => Date;
      everyMs?: number;
      fetch?: typeof fetch;
    },
  ) {
    // A change here is sent soon after, not at the next turn.
    store.replica.onChange(() => this.nudge());
    store.records.listener = () => this.nudge();
  }

  /** Picks up sharing as it was left: when the folder names a server and the host has its credentials. */
  start(): Promise<void> {
    this.starting ??= this.resume();
    return this.starting;
  }

  private async resume(): Promise<void> {
    const [state, credentials] = [await this.folder().state(), await this.options.secrets.read()];
    if (!state) return;
    // A reader stays one offline: their changes are refused from the start.
    this.store.replica.officeReader = state.reader === true;
    this.status = {
      state: credentials ? 'syncing' : 'signIn',
      url: state.url,
      username: credentials?.username,
    };
    if (state.lastSyncAt) this.status.lastSyncAt = state.lastSyncAt;
    if (credentials) {
      this.engine = this.engineFor(state.url, this.client(state.url, credentials));
      this.schedule(0);
    }
  }

  async connect(url: string, credentials: Credentials): Promise<SharingStatus> {
    await this.starting;
    const client = this.client(url, credentials);
    // Wrong address or password is said now, before anything is kept.
    await client.signIn();
    await client.ensureDatabase();
    const folder = this.folder();
    const before = await folder.state();
    if (before && before.url !== url) await folder.forget();
    if (!before || before.url !== url) await folder.writeState({ url, seq: null });
    await this.readAccess(client);
    await this.options.secrets.write(credentials);
    this.engine = this.engineFor(url, client);
    this.status = { state: 'syncing', url, username: credentials.username };
    // The first exchange may take a while (every visit, both ways): its progress shows in the state.
    void this.runOnce();
    return this.current();
  }

  async disconnect(): Promise<SharingStatus> {
    await this.starting;
    this.engine?.stop.abort();
    this.engine = undefined;
    this.store.replica.officeReader = false;
    this.refused = 0;
    this.unreadable.clear();
    clearTimeout(this.timer);
    await this.running;
    await this.options.secrets.write(undefined);
    await this.folder().forget();
    this.status = { state: 'off' };
    return this.current();
  }

  async syncNow(): Promise<SharingStatus> {
    await this.starting;
    if (!this.engine) return this.current();
    await this.runOnce();
    return this.current();
  }

  /**
   * The register as the office has it: this laptop's letters, and while sharing is on those the other
   * laptops issued (`issuedElsewhere`), in the order they were first numbered (by number, at one moment).
   */
  async officeRegister(): Promise<RegisterEntry[]> {
    const own = (await this.store.register()).entries;
    const letters = await this.folder().letters();
    const others = Object.values(letters).flatMap((l) =>
      l.entry ? [{ ...l.entry, issuedElsewhere: { by: l.by ?? '' } }] : [],
    );
    if (others.length === 0) return [...own];
    const first = (e: RegisterEntry) => e.revisions[0]?.issuedAt ?? e.issuedAt;
    return [...own, ...others].sort(
      (a, b) => first(a).localeCompare(first(b)) || a.year - b.year || a.sequence - b.sequence,
    );
  }

  /** The office's letter numbers (`office-numbers.ts`): none reserved while sharing is off. */
  async reserve(key: string, local: number, count: number): Promise<number | undefined> {
    await this.starting;
    const engine = this.engine;
    return engine && reserveNumbers(engine.client, key, local, count);
  }

  /** The state as the frame shows it: with the visits and records waiting to be sent and the conflicts to settle. */
  async current(): Promise<SharingStatus> {
    const pending = this.engine ? await this.engine.sync.collectPending() : 0;
    const progress = this.status.state === 'syncing' ? this.engine?.sync.progress : undefined;
    return {
      ...this.status,
      pending,
      received: this.received,
      refused: this.refused,
      unreadable: this.unreadable.size,
      ...(this.status.state === 'off' ? {} : { access: this.store.replica.officeReader ? 'read' : 'write' }),
      ...(await conflictsToSettle(this.store, this.folder())),
      ...(progress ? { progress } : {}),
    };
  }

  /** Runs one exchange after the one under way, if any; the next is scheduled after it. */
  private runOnce(): Promise<void> {
    const previous = this.running ?? Promise.resolve();
    // The store, closing, waits for it: nothing is written into the folder once it is let go.
    const run = this.store.replica.hold(
      previous.then(() => this.exchange()),
      () => this.engine?.client.abort(),
    );
    this.running = run;
    return run;
  }

  private async exchange(): Promise<void> {
    const engine = this.engine;
    if (!engine || !this.store.replica.isOpen) return;
    clearTimeout(this.timer);
    this.status = { ...this.status, state: 'syncing' };
    try {
      await this.readAccess(engine.client, () => this.engine === engine);
      const report = await engine.sync.exchange();
      // Numbers this laptop gave before it shared are the office's to pass too (a reader's are not).
      const counters = this.store.replica.officeReader ? {} : (await this.store.register()).counters();
      for (const [key, last] of Object.entries(counters)) await reserveNumbers(engine.client, key, last, 0);
      this.received += report.received;
      this.refused = report.refused.length;
      this.unreadable = new Set(report.unreadable);
      this.status = {
        state: 'synced',
        url: engine.url,
        username: this.status.username,
        lastSyncAt: this.options.now().toISOString(),
      };
      void this.watch(engine);
    } catch (error) {
      this.status = this.failed(error);
    }
    // A change made while it ran goes soon, as any other; a failed exchange waits its turn.
    const soon = this.status.state === 'synced' && this.store.replica.hasTouched;
    this.schedule(soon ? SEND_AFTER_MS : (this.options.everyMs ?? SYNC_EVERY_MS));
  }

  /** Asks the server whether the officer may write, and keeps the answer (`officeReader`). */
  private async readAccess(client: CouchClient, current: () => boolean = () => true): Promise<void> {
    const reader = (await client.access()) === 'read';
    // Sharing turned off while the server answered: the laptop is the officer's own again.
    if (!current()) return;
    const folder = this.folder();
    const state = await folder.state();
    if (state && (state.reader === true) !== reader) await folder.writeState({ ...state, reader });
    this.store.replica.officeReader = reader;
  }

  private failed(error: unknown): typeof this.status {
    const { url, username, lastSyncAt, offlineSince } = this.status;
    const kept = { url, username, lastSyncAt };
    const data = error instanceof AppError ? error.toData() : { code: 'internal' as const };
    if (data.code === 'syncOffline')
      return { ...kept, state: 'offline', offlineSince: offlineSince ?? this.options.now().toISOString() };
    return { ...kept, state: data.code === 'syncUnauthorized' ? 'signIn' : 'failed', error: data };
  }

  /** After a change here: an exchange soon, unless one is due sooner or the server is out of reach. */
  private nudge(): void {
    if (!this.engine || this.status.state === 'offline') return;
    if (this.dueAt > Date.now() + SEND_AFTER_MS) this.schedule(SEND_AFTER_MS);
  }

  private watch(engine: Engine): Promise<void> {
    return watchFeed(engine, {
      current: () => this.engine,
      isOpen: () => this.store.replica.isOpen,
      running: () => this.running,
      folder: this.folder(),
      exchange: () => this.runOnce(),
    });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.dueAt = Number.POSITIVE_INFINITY;
    if (!this.engine || !this.store.replica.isOpen) return;
    this.dueAt = Date.now() + ms;
    this.timer = setTimeout(() => void this.runOnce(), ms);
    // A pending exchange never keeps the process alive.
    this.timer.unref();
  }

  private folder(): SyncFolder {
    return new SyncFolder(this.store.dataDir);
  }

  private client(url: string, credentials: Credentials): CouchClient {
    return new CouchClient({
      url,
      auth: credentials,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }

  private engineFor(url: string, client: CouchClient): Engine {
    const sync = new OfficeSync(this.store, this.folder(), client, { url, now: this.options.now });
    return { url, sync, client, stop: new AbortController(), watching: false };
  }
}
