import { parentPort } from 'node:worker_threads';
import { buildItineraries } from './bulk-build';
import type { ItineraryRequest } from './build-in-workers';

/** The worker thread's side of `ItineraryWorkers`: builds the itineraries it is sent and answers. */
parentPort?.on('message', (request: ItineraryRequest) => {
  buildItineraries(request.itineraries, request.institution).then(
    (results) => parentPort?.postMessage({ id: request.id, ok: true, results }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, ok: false, reason: String(error) }),
  );
});
