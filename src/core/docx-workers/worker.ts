import { parentPort } from 'node:worker_threads';
import { buildItineraries } from '../itinerary/bulk-build';
import { buildLetters } from '../letters/build';
import type { Result } from '../../shared/errors';
import type { ItineraryFile } from '../../shared/itinerary';
import type { DocxAnswer, DocxRequest, DocxTask } from './pool';

/** The worker thread's side of `DocxWorkers`: builds each share it is sent, one at a time, and answers. */

function build(task: DocxTask): Promise<Result<ItineraryFile>[] | Uint8Array[]> {
  if (task.kind === 'itineraries') return buildItineraries(task.itineraries, task.institution);
  return buildLetters(task.letters);
}

parentPort?.on('message', ({ id, task }: DocxRequest) => {
  build(task).then(
    (results) => parentPort?.postMessage({ id, ok: true, results } satisfies DocxAnswer),
    (error: unknown) =>
      parentPort?.postMessage({ id, ok: false, reason: String(error) } satisfies DocxAnswer),
  );
});
