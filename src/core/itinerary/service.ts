import type { Visit } from '../../shared/domain';
import { AppError, type Result } from '../../shared/errors';
import type { GuestItinerary, ItineraryFile } from '../../shared/itinerary';
import type { Language } from '../../shared/languages';
import type { Store } from '../store/store';
import { docxWorkers, type DocxWorkers } from '../docx-workers/pool';
import { guestItinerary, itineraryLanguage } from './itinerary';
import { itineraryDocx } from './itinerary-docx';

/** Guests' itineraries from the store: each in the language asked for, else the guest's letter language. */
export class ItineraryService {
  constructor(
    private readonly store: Store,
    private readonly workers: DocxWorkers = docxWorkers,
  ) {}

  private visit(visitId: string): Visit {
    const visit = this.store.getVisit(visitId);
    if (!visit) throw new AppError('notFound');
    return visit;
  }

  private build(visit: Visit, guestId: string, language: Language | undefined): GuestItinerary {
    const guest = visit.guests.find((g) => g.id === guestId);
    if (!guest) throw new AppError('notFound');
    const chosen = language ?? itineraryLanguage(guest, this.store.settings.uiLanguage);
    const { hotels, institution } = this.store.sharedDoc;
    return guestItinerary(visit, guestId, hotels, institution, chosen);
  }

  get(visitId: string, guestId: string, language?: Language): GuestItinerary {
    return this.build(this.visit(visitId), guestId, language);
  }

  docx(visitId: string, guestId: string, language?: Language): Promise<ItineraryFile> {
    return itineraryDocx(this.get(visitId, guestId, language), this.store.sharedDoc.institution);
  }

  /**
   * Several guests' itineraries, each in its guest's language, one result per guest in the order
   * asked: a refused one (a text missing in its language, a guest gone) says why, the others are made.
   * Each guest's itinerary is read from the store here; the files are built on every core.
   */
  async many(visitId: string, guestIds: readonly string[]): Promise<Result<ItineraryFile>[]> {
    const visit = this.visit(visitId);
    const read = guestIds.map((guestId): Result<GuestItinerary> => {
      try {
        return { ok: true, value: this.build(visit, guestId, undefined) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { ok: false, error: error.toData() };
      }
    });
    const found = read.flatMap((r) => (r.ok ? [r.value] : []));
    const built = found.length ? await this.workers.itineraries(found, this.store.sharedDoc.institution) : [];
    let next = 0;
    return read.map((r) => (r.ok ? (built[next++] ?? { ok: false, error: { code: 'internal' } }) : r));
  }
}
