import type { Visit } from '../../shared/domain';
import type { StoreQueue } from './store-queue';
import type { VisitsRoom } from './visits-room';
import { withHistory } from './visit-history-file';

/**
 * The store's visits as office sharing sees them (decision 0017): which visits changed here since it last
 * asked, each visit whole (with its history, which the store keeps in the visit's file only), and a way
 * to write a visit as the office has it, in the same queue as the officer's own changes to that visit,
 * so that a merge never writes over a change made while it was being worked out.
 */
export class VisitReplica {
  /** The `generation` of the visits last looked at; none yet, so the first look is at every visit. */
  private seen = -1;

  constructor(
    private readonly visits: VisitsRoom,
    private readonly queue: StoreQueue,
  ) {}

  /**
   * The visits changed since the last call (each acknowledged change, whoever made it); `all` when the
   * folder was read since (at the start, after a restore or an import) and any visit may differ.
   */
  takeTouched(): { ids: string[]; all: boolean } {
    const taken = { ids: [...this.visits.touched], all: this.visits.generation !== this.seen };
    this.visits.touched.clear();
    this.seen = this.visits.generation;
    return taken;
  }

  /** Calls `listener` after each acknowledged change to a visit (one listener: office sharing's). */
  onChange(listener: () => void): void {
    this.visits.onTouch = listener;
  }

  /** Whether a visit was changed since office sharing last looked. */
  get hasTouched(): boolean {
    return this.visits.touched.size > 0;
  }

  /**
   * While the officer's user on the office server may only read (decision 0017), the store refuses
   * their changes (`officeReader`) and takes only the office's; settings and backups go on.
   */
  set officeReader(reader: boolean) {
    this.queue.officeReader = reader;
  }

  get officeReader(): boolean {
    return this.queue.officeReader;
  }

  /** Office sharing's exchange, which the store's closing waits for (`StoreQueue.hold`). */
  hold<T>(work: Promise<T>, stop: () => void): Promise<T> {
    return this.queue.hold(work, stop);
  }

  /** Whether the store still takes changes (it is not closing). */
  get isOpen(): boolean {
    return this.queue.isOpen;
  }

  /** Every visit held. Once the visits are read. */
  async ids(): Promise<string[]> {
    await this.visits.ready();
    return this.visits.ids();
  }

  /** A visit with its history, or undefined when there is none of that id (never made, or deleted). */
  async whole(id: string): Promise<Visit | undefined> {
    await this.visits.ready();
    const held = this.visits.get(id);
    return held && withHistory(held, await this.visits.history(id));
  }

  /**
   * Writes what `change` makes of the visit as it stands (undefined: there is none, or it is to be
   * deleted), in the visit's queue. Written as given: neither signed nor added to the history, since it
   * is what another officer signed. Answers the visit as written.
   */
  update(id: string, change: (current: Visit | undefined) => Visit | undefined): Promise<Visit | undefined> {
    return this.queue.visit(
      id,
      async () => {
        // What the office wrote is not a change of this laptop's: it is not to be sent back (a change made
        // here before, not yet looked at, stays marked).
        const markedBefore = this.visits.touched.has(id);
        const unmark = () => {
          if (!markedBefore) this.visits.touched.delete(id);
        };
        const current = await this.whole(id);
        const next = change(current);
        if (next === current) return current;
        if (next === undefined) {
          if (current !== undefined) await this.visits.delete(id);
          unmark();
          return undefined;
        }
        await this.visits.save(id, () => next);
        unmark();
        return next;
      },
      'office',
    );
  }
}
