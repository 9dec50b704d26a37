import { AppError, type Result } from '../../shared/errors';
import type { Institution } from '../../shared/institution';
import type { GuestItinerary, ItineraryFile } from '../../shared/itinerary';
import { DayTablesCache, itineraryDocx } from './itinerary-docx';

/**
 * Several guests' itineraries made into files, one result per itinerary in the order given: a
 * refused one (a text missing in its language) says why, the others are made. Pure (no store, no
 * disk), so that a worker thread runs it as the main thread does; the days that read the same for
 * several guests are built once for all of them. A fault (not an `AppError`) fails the whole call.
 */
export async function buildItineraries(
  itineraries: readonly GuestItinerary[],
  institution: Institution | null,
): Promise<Result<ItineraryFile>[]> {
  const days = new DayTablesCache();
  const results: Result<ItineraryFile>[] = [];
  for (const itinerary of itineraries) {
    try {
      results.push({ ok: true, value: await itineraryDocx(itinerary, institution, days) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ ok: false, error: error.toData() });
    }
  }
  return results;
}
