import { AppError } from '../../shared/errors';

/**
 * The order in which a store's changes reach the disk. Changes to one document (one key) run one
 * after another, so each write carries all before it and a change always sees the one before it;
 * changes to different documents run side by side; a whole-store task (snapshot, restore) waits for
 * every change under way and holds new ones back until it is done.
 */
export class WriteQueue {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Settles when the last whole-store task has; every change waits for it. */
  private barrier: Promise<unknown> = Promise.resolve();
  private closed = false;

  get isClosed(): boolean {
    return this.closed;
  }

  serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    const next = Promise.all([this.barrier, this.queues.get(key)]).then(task);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.assertOpen();
    const next = Promise.all([this.barrier, ...this.queues.values()]).then(task);
    this.barrier = next.catch(() => undefined);
    return next;
  }

  /** Refuses new tasks at once (one started after the folder is let go could race another writer), then waits for those under way. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.barrier, ...this.queues.values()]);
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('internal', { reason: 'storeClosed' });
  }
}
