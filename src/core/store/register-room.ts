import type { Register } from './documents';
import type { RecoveryContext } from './recovery';
import { RegisterLog, type RegisterView } from './register-log';
import type { RegisterChange } from './store-options';

/**
 * The store's register log (`register-log.ts`), read on first use, and so repaired then were it
 * damaged. Used only inside the register's queue or a whole-folder task, which the store sees to.
 */
export class RegisterRoom {
  private log: RegisterLog | undefined;

  constructor(
    private readonly ctx: RecoveryContext,
    /** Told of every append acknowledged, so that a snapshot is taken. */
    private readonly changed: () => void,
  ) {}

  async loaded(): Promise<RegisterLog> {
    this.log ??= await RegisterLog.load(this.ctx);
    return this.log;
  }

  /** The log no longer describes the disk (a replace rolled back): the next use reads it again. */
  forget(): void {
    this.log = undefined;
  }

  /**
   * `change` gets the acknowledged register and answers the events to append and a result. The events
   * are appended and synced in one write before the register in memory changes; if `change` throws,
   * nothing is written.
   */
  async update<T>(
    change: (current: RegisterView) => RegisterChange<T> | Promise<RegisterChange<T>>,
  ): Promise<T> {
    const log = await this.loaded();
    const { events, result } = await change(log);
    if (events.length > 0) {
      await log.append(events);
      this.changed();
    }
    return result;
  }

  /** Takes in the register a shared document from before version 5 held, uniting it by entry id. */
  async takeIn(older: Register): Promise<void> {
    const log = await this.loaded();
    await log.putBack(log.missingFrom(RegisterLog.eventsOf(older, this.ctx.now().getUTCFullYear())));
  }
}
