import { userInfo } from 'node:os';
import type { Visit } from '../shared/domain';
import type { Signer } from '../shared/visit-history';
import type { SharedDoc } from './store/documents';
import { signed, withEntry } from './visit-history';

/** The name of the operating system account Qonaq runs under; '' when the system will not say. */
export function accountName(): string {
  try {
    return userInfo().username;
  } catch {
    // A process without an entry in the system's list of users (a container) has no account name.
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/** Who signs a change: the officer's name as set in Settings, or else the system account's. */
export function signerOf(officerName: string | undefined): Signer {
  const name = officerName?.replace(/\s+/gu, ' ').trim() ?? '';
  return name !== '' ? { by: name, account: false } : { by: accountName(), account: true };
}

/** Signs the changes of visits with the officer of the store's settings. */
export class VisitSigning {
  constructor(
    private readonly shared: () => Readonly<SharedDoc>,
    private readonly now: () => Date,
  ) {}

  signer(): Signer {
    return signerOf(this.shared().settings.officerName);
  }

  /**
   * `next` signed, with what changed since `current` in its history (`signed`), at the moment the
   * change stamped on the visit (`updatedAt`), so that both say the same; the store's clock if it did not.
   */
  save(current: Visit | undefined, next: Visit): Visit {
    const hotels = this.shared().hotels;
    const at = next.updatedAt !== current?.updatedAt ? next.updatedAt : this.now().toISOString();
    return signed(current, next, this.signer(), at, (hotelId) => hotels.find((h) => h.id === hotelId)?.name);
  }

  /** The visit with its deletion or restoring recorded. */
  event(visit: Visit, action: 'deleted' | 'restored'): Visit {
    return withEntry(
      visit,
      visit.history,
      [{ kind: 'visit', action }],
      this.signer(),
      this.now().toISOString(),
    );
  }
}
