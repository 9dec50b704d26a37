import type { CouchClient } from './couch';
import type { OfficeSync } from './office-sync';
import { isRecordDoc } from './record-docs';
import type { SyncFolder } from './sync-folder';
import { isVisitDoc } from './visit-docs';

/** How long the server is asked to hold its answer while nothing changes there (CouchDB's longpoll). */
const LONGPOLL_MS = 25_000;
/** Changes read from the feed in one wait. */
const FEED_WAIT_PAGE = 50;

/** Office sharing while it is on: the server's address, the exchange with it, and the client. */
export interface Engine {
  url: string;
  sync: OfficeSync;
  client: CouchClient;
  /** Ends the wait on the server's feed when sharing stops. */
  stop: AbortController;
  watching: boolean;
}

/** What the wait needs of office sharing. */
export interface FeedWatchContext {
  /** The engine sharing runs now: the wait ends once it is another, or none. */
  current(): Engine | undefined;
  isOpen(): boolean;
  /** The exchange under way, if any. */
  running(): Promise<void> | undefined;
  folder: SyncFolder;
  /** Runs an exchange, after the one under way. */
  exchange(): Promise<void>;
}

/**
 * While online, waits on the server's feed for a change another laptop made, and exchanges at once
 * when one comes; ends when sharing stops, the store closes, or the server cannot be reached (the
 * timed exchanges go on and start it again).
 */
export async function watchFeed(engine: Engine, ctx: FeedWatchContext): Promise<void> {
  if (engine.watching) return;
  engine.watching = true;
  try {
    let since = (await ctx.folder.state())?.seq ?? undefined;
    while (ctx.current() === engine && ctx.isOpen()) {
      const page = await engine.client.changes({
        ...(since === undefined ? {} : { since }),
        limit: FEED_WAIT_PAGE,
        longpollMs: LONGPOLL_MS,
        signal: engine.stop.signal,
      });
      if (ctx.current() !== engine) return;
      // What this laptop sent comes back in the feed, and so do the office's letter counters and
      // signed copies: only another laptop's visit or record calls for an exchange. An exchange under
      // way first writes down what the server answered it.
      await ctx.running();
      const known = await Promise.all(
        page.results.map(
          async (r) =>
            !(isVisitDoc(r.id) || isRecordDoc(r.id)) || (await ctx.folder.base(r.id))?.rev === r.doc?._rev,
        ),
      );
      if (known.every(Boolean)) {
        since = page.lastSeq;
        continue;
      }
      await ctx.exchange();
      const after = (await ctx.folder.state())?.seq ?? undefined;
      // An exchange that did not move the feed on (it failed) is left to the timer.
      if (after === since) return;
      since = after;
    }
  } catch {
    // Out of reach or stopped: the timed exchanges say so and try again.
  } finally {
    engine.watching = false;
  }
}
