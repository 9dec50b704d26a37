import { parentPort } from 'node:worker_threads';
import { readGrid, UnreadableFile } from './read-file';

/** The worker thread's side of `readInWorker`: reads each file it is sent, one at a time, and answers. */
parentPort?.on('message', (request: { id: number; bytes: Uint8Array; fileName: string }) => {
  readGrid(request.bytes, request.fileName).then(
    (grid) => parentPort?.postMessage({ id: request.id, ok: true, grid }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        reason: error instanceof UnreadableFile ? error.reason : 'damaged',
      }),
  );
});
