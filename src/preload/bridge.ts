import { ipcChannel, METHOD_NAMES, type Bridge, type MethodName } from '../shared/contract';
import type { Result } from '../shared/errors';

/** Sends one message on one channel and resolves with the answer: `ipcRenderer.invoke` in the app. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * One function per contract method and nothing else: the page can reach only the channels the
 * contract names, never an arbitrary one. A call that fails on the way (no handler, a value that
 * cannot be cloned) still answers a Result, so the page has one kind of failure to handle.
 */
export function createBridge(invoke: Invoke): Bridge {
  const bridge: Partial<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const channel = ipcChannel(name);
    bridge[name] = async (input: unknown) => {
      try {
        return (await invoke(channel, input)) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', params: { method: name } } };
      }
    };
  }
  return Object.freeze(bridge) as Bridge;
}
