import { AppError } from '../../shared/errors';
import type { VisitsRoom } from './visits-room';
import { SHARED_FILE } from './loader';
import { WriteQueue } from './write-queue';

/**
 * Whether a task only reads, or writes: an officer's change; a change that stays on this computer
 * (its settings, a backup); or a change office sharing writes as the office has it.
 */
type Kind = 'change' | 'read' | 'local' | 'office';

/** The queue key of the register log (not a visit: a visit's key is its id). */
const REGISTER_KEY = 'register/';
/** The queue key of the partners document. */
const PARTNERS_KEY = 'partners.json';

/**
 * The order of a store's tasks (`WriteQueue`) by room: the shared document's changes one after
 * another, the register's in a queue of its own (its changes never touch the index of visits), each
 * visit's through the index writer, which must see them under way; a whole-folder task once every
 * change under way is done. From the moment the store closes, or another process takes the folder
 * over, no new task is taken.
 */
export class StoreQueue {
  private readonly queue = new WriteQueue();
  /** Set by `close`: new tasks are refused. */
  private refusing = false;
  /** Set when another process took the folder over: nothing more is written. */
  private lost = false;
  private readonly outside = new Map<Promise<unknown>, () => void>();
  /** Set while the officer's user on the office server may only read: their changes are refused. */
  officeReader = false;

  constructor(
    private readonly visits: VisitsRoom,
    /** The folder cannot be written: every change is refused with `readOnly`, reads are taken. */
    private readonly readOnly: boolean,
  ) {}

  /** Whether changes are still taken: the store is not closing and still holds its folder. */
  get isOpen(): boolean {
    return !this.refusing && !this.lost;
  }

  shared<T>(task: () => Promise<T>, kind: Kind = 'change'): Promise<T> {
    this.assertOpen(kind);
    return this.queue.serialize(SHARED_FILE, task);
  }

  partners<T>(task: () => Promise<T>, kind: Kind = 'change'): Promise<T> {
    this.assertOpen(kind);
    return this.queue.serialize(PARTNERS_KEY, task);
  }

  register<T>(task: () => Promise<T>, kind: Kind = 'change'): Promise<T> {
    this.assertOpen(kind);
    return this.queue.serialize(REGISTER_KEY, task);
  }

  visit<T>(id: string, task: () => Promise<T>, kind: Kind = 'change'): Promise<T> {
    this.assertOpen(kind);
    return this.queue.serialize(id, () => this.visits.track(id, task));
  }

  /** Runs a task over the whole folder once every change under way is done, holding new ones back. */
  whole<T>(task: () => Promise<T>, kind: Kind = 'change'): Promise<T> {
    this.assertOpen(kind);
    return this.queue.exclusive(task);
  }

  /** Another process holds the folder now: every task is refused with `storeLocked`. */
  lose(): void {
    this.lost = true;
  }

  get isLost(): boolean {
    return this.lost;
  }

  /** Refuses new tasks from now on (the store is closing). */
  refuse(): void {
    this.refusing = true;
  }

  /**
   * Work outside the queue that writes into the folder (office sharing's exchange, whose files in
   * `sync/` sit beside the store's): closing waits for it too, so nothing is written once the store
   * has let go of the folder. Its writes through the store are refused from the moment closing begins,
   * and `stop` is called then (to end its requests to the server at once, rather than at their timeout).
   */
  hold<T>(work: Promise<T>, stop: () => void): Promise<T> {
    this.outside.set(work, stop);
    const done = () => void this.outside.delete(work);
    work.then(done, done);
    return work;
  }

  /** Refuses new tasks, and waits for those under way, and for the work held (told to stop first). */
  async close(): Promise<void> {
    this.refusing = true;
    for (const stop of this.outside.values()) stop();
    await this.queue.close();
    await Promise.allSettled([...this.outside.keys()]);
  }

  private assertOpen(kind: Kind): void {
    if (this.lost) throw new AppError('storeLocked', { reason: 'takenOver' });
    if (this.refusing) throw new AppError('internal', { reason: 'storeClosed' });
    if (kind !== 'read' && this.readOnly) throw new AppError('readOnly', { reason: 'folder' });
    if (kind === 'change' && this.officeReader) throw new AppError('officeReader');
  }
}
