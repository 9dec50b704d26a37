import * as nodeFs from 'node:fs/promises';
import type { DurableFs } from '../../src/core/store/durable-write';
import { fsError } from './store-files';

/** The calls of the write path a fault can be put into. Only temp files are hit: the target is never opened. */
export type FaultPoint = 'openTemp' | 'writeTemp' | 'syncTemp' | 'rename';

/** Decides, call by call, whether a point fails and with which errno (undefined: let it through). */
export type FaultPlan = (point: FaultPoint) => string | undefined;

const isTemp = (path: unknown) => String(path).endsWith('.tmp');

/**
 * The real file system with faults put in where `plan` says. A failing write of a temp file writes
 * its first half before failing, as a disk that fills up mid-write does. `injected` counts faults.
 */
export class FaultyFs {
  injected = 0;
  plan: FaultPlan = () => undefined;

  private fault(point: FaultPoint): string | undefined {
    const code = this.plan(point);
    if (code !== undefined) this.injected += 1;
    return code;
  }

  readonly fs: DurableFs = {
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const [path] = args;
      if (isTemp(path)) {
        const code = this.fault('openTemp');
        if (code) throw fsError(code);
      }
      const handle = await nodeFs.open(...args);
      if (!isTemp(path)) return handle;
      const writeFile = handle.writeFile.bind(handle);
      const sync = handle.sync.bind(handle);
      handle.writeFile = async (data) => {
        const code = this.fault('writeTemp');
        if (!code) return writeFile(data);
        if (typeof data !== 'string' && !(data instanceof Uint8Array))
          throw new Error('faulty fs: only strings and bytes');
        const bytes = Buffer.from(data);
        await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw fsError(code);
      };
      handle.sync = async () => {
        const code = this.fault('syncTemp');
        if (code) throw fsError(code);
        return sync();
      };
      return handle;
    },
    rename: async (from, to) => {
      const code = this.fault('rename');
      if (code) throw fsError(code);
      return nodeFs.rename(from, to);
    },
    unlink: nodeFs.unlink,
  };

  /** Fails `point` with `code` for the next `times` calls (Infinity: until `heal()`). */
  failNext(point: FaultPoint, code: string, times = Infinity): void {
    let left = times;
    this.plan = (p) => {
      if (p !== point || left <= 0) return undefined;
      left -= 1;
      return code;
    };
  }

  heal(): void {
    this.plan = () => undefined;
  }
}
