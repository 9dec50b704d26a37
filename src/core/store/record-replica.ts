import type { Hotel } from '../../shared/accommodation';
import type { Institution } from '../../shared/institution';
import type { Agreement, Partner, PartnersDoc } from '../../shared/partners';
import type { SharedDoc } from './documents';
import type { PartnersRoom } from './partners-room';
import type { SharedRoom } from './shared-room';
import type { StoreQueue } from './store-queue';
import type { VisitsRoom } from './visits-room';
import { asJson, type JsonObject } from '../sync/json';

/** A record office sharing keeps in step besides the visits (`sync/record-docs.ts`). */
export type SharedRecord =
  | { kind: 'partner'; record: Partner }
  | { kind: 'agreement'; record: Agreement }
  | { kind: 'hotel'; record: Hotel }
  | { kind: 'institution'; record: Institution };

/** `list` with the record of that id replaced (or added), or taken out for undefined. */
function put<T extends { id: string }>(list: readonly T[], id: string, next: T | undefined): T[] {
  const rest = list.filter((r) => r.id !== id);
  if (next === undefined) return rest;
  const at = list.findIndex((r) => r.id === id);
  return at < 0 ? [...list, next] : list.map((r) => (r.id === id ? next : r));
}

/**
 * The partners, agreements, hotels and the institution as office sharing sees them (decision 0017):
 * every one as it stands, a mark that tells whether any changed since it last looked, and a way to
 * write one as the office has it, in the queue of its document, unsigned (another officer signed it).
 */
export class RecordReplica {
  /** Called after each acknowledged change in the folder (one listener: office sharing's, which sends it). */
  listener: (() => void) | undefined;

  constructor(
    private readonly shared: SharedRoom,
    private readonly partners: PartnersRoom,
    private readonly queue: StoreQueue,
    private readonly visits: VisitsRoom,
  ) {}

  /** Whether a stay of any visit is in the hotel (its deletion elsewhere is then not taken here). */
  hotelInUse(hotelId: string): boolean {
    return this.visits.list().some((v) => v.stays.some((s) => s.hotelId === hotelId));
  }

  /** The two documents as they stand: a new pair after any change (they are never changed in place). */
  get version(): readonly [SharedDoc, PartnersDoc] {
    return [this.shared.data, this.partners.data];
  }

  /** Every record shared, by kind and id (the institution by its kind alone, once it is set). */
  all(): SharedRecord[] {
    const { partners, agreements } = this.partners.data;
    const { hotels, institution } = this.shared.data;
    return [
      ...partners.map((record) => ({ kind: 'partner' as const, record })),
      ...agreements.map((record) => ({ kind: 'agreement' as const, record })),
      ...hotels.map((record) => ({ kind: 'hotel' as const, record })),
      ...(institution ? [{ kind: 'institution' as const, record: institution }] : []),
    ];
  }

  /**
   * Writes what `change` makes of a record as it stands (undefined: there is none, or it is to be
   * deleted), in the queue of its document, so that a merge never writes over a change made while it
   * was worked out. The record given back must be one of its kind (the caller checks it). A partner or an
   * agreement deleted goes to the directory's trash, whence the officer can bring it back; one written
   * leaves the trash. The institution is never deleted.
   */
  async update(
    kind: SharedRecord['kind'],
    id: string,
    change: (current: JsonObject | undefined) => JsonObject | undefined,
    /** `change` when the officer makes it (settling a conflict), refused to an office reader. */
    task: 'office' | 'change' = 'office',
  ): Promise<void> {
    const json = (record: object | undefined) =>
      record === undefined ? undefined : (asJson(record) as JsonObject);
    if (kind === 'hotel' || kind === 'institution') {
      await this.queue.shared(
        () =>
          this.shared.update((doc) => {
            if (kind === 'institution') {
              const next = change(json(doc.institution ?? undefined)) as Institution | undefined;
              return { doc: next ? { ...doc, institution: next } : doc, result: undefined };
            }
            const next = change(json(doc.hotels.find((h) => h.id === id))) as Hotel | undefined;
            return { doc: { ...doc, hotels: put(doc.hotels, id, next) }, result: undefined };
          }),
        task,
      );
      return;
    }
    const moved = <T extends { id: string }>(live: readonly T[], trash: readonly T[]) => {
      const current = live.find((r) => r.id === id);
      const next = change(json(current)) as T | undefined;
      // Deleted: into the trash (one there already stays there); written: out of it.
      if (next === undefined) {
        const kept = current ? [current, ...put(trash, id, undefined)] : [...trash];
        return { live: put(live, id, undefined), trash: kept };
      }
      return { live: put(live, id, next), trash: put(trash, id, undefined) };
    };
    const partners = () =>
      this.partners.update((doc) => {
        if (kind === 'partner') {
          const { live, trash } = moved(doc.partners, doc.trash.partners);
          return {
            doc: { ...doc, partners: live, trash: { ...doc.trash, partners: trash } },
            result: undefined,
          };
        }
        const { live, trash } = moved(doc.agreements, doc.trash.agreements);
        return {
          doc: { ...doc, agreements: live, trash: { ...doc.trash, agreements: trash } },
          result: undefined,
        };
      });
    await this.queue.partners(partners, task);
  }

  /** Whether a signed copy's bytes are kept here. */
  async hasFile(sha256: string): Promise<boolean> {
    return this.partners.read(sha256).then(
      () => true,
      () => false,
    );
  }

  /** A signed copy's bytes (`notFound` when they are not kept here). */
  readFile(sha256: string): Promise<Buffer> {
    return this.partners.read(sha256);
  }

  /** Keeps a signed copy's bytes come from the office, in the partners' queue. */
  putFile(bytes: Uint8Array): Promise<string> {
    return this.queue.partners(() => this.partners.put(bytes), 'office');
  }
}
