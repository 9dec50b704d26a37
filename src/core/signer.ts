import { userInfo } from 'node:os';
import type { Visit } from '../shared/domain';
import type { PartnersDoc } from '../shared/partners';
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

  /** Who changes a record, and when (`at`: the clock of the change), as a hotel or the institution records it. */
  stamp(at: Date): { changedBy: string; changedAt: string } {
    return { changedBy: this.signer().by, changedAt: at.toISOString() };
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

  /**
   * `change` of the partners document, with the partners and agreements it stamped (a new `updatedAt`)
   * signed by the officer at that moment, and its result showing them signed; the others as they were.
   * A deletion or restoring, which stamps nothing, is not signed.
   */
  partnersChange<T>(
    change: (current: PartnersDoc) => { doc: PartnersDoc; result: T },
  ): (current: PartnersDoc) => { doc: PartnersDoc; result: T } {
    return (current) => {
      const { doc, result } = change(current);
      const copies = new Map<unknown, unknown>();
      const signer = this.signer();
      const sign = <I extends { id: string; updatedAt: string }>(before: readonly I[], after: I[]): I[] => {
        const was = new Map(before.map((item) => [item.id, item.updatedAt]));
        return after.map((item) => {
          if (was.get(item.id) === item.updatedAt) return item;
          const signed = { ...item, changedBy: signer.by, changedAt: item.updatedAt };
          copies.set(item, signed);
          return signed;
        });
      };
      const next = {
        ...doc,
        partners: sign(current.partners, doc.partners),
        agreements: sign(current.agreements, doc.agreements),
      };
      return { doc: next, result: swapped(result, copies) };
    };
  }
}

/** `value`, or the property of it, that was signed, as its signed copy. */
function swapped<T>(value: T, copies: ReadonlyMap<unknown, unknown>): T {
  if (copies.has(value)) return copies.get(value) as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (!entries.some(([, v]) => copies.has(v))) return value;
  return Object.fromEntries(entries.map(([k, v]) => [k, copies.has(v) ? copies.get(v) : v])) as T;
}
