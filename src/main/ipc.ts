import { ipcMain, type IpcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { dispatch } from '../core/dispatch';
import { ipcChannel, METHOD_NAMES, type Handlers } from '../shared/contract';
import type { Result } from '../shared/errors';
import { isAppUrl } from './url-policy';

/** Decides whether an IPC call comes from a page allowed to use the contract. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden' } };

/**
 * Only the top frame of our own window, showing our own page, may call the core. An iframe, a
 * page the window was somehow navigated to, or another window is refused even though the
 * preload runs there too.
 */
export function trustedSender(getContents: () => WebContents | undefined, appUrl: string): SenderCheck {
  return (event) => {
    const contents = getContents();
    const frame = event.senderFrame;
    if (!contents || event.sender !== contents || frame === null) return false;
    return frame.parent === null && isAppUrl(frame.url, appUrl);
  };
}

/**
 * Binds every contract method to its channel: the sender is checked, then `dispatch` parses the
 * input and answers a Result. Nothing is thrown across IPC, where Electron would turn an error
 * into an English message with a stack. Returns a function that unbinds them all.
 */
export function bindContract(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
): () => void {
  for (const name of METHOD_NAMES) {
    ipc.handle(
      ipcChannel(name),
      async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
        if (!isTrustedSender(event)) return FORBIDDEN;
        return dispatch(handlers, name, input);
      },
    );
  }
  return () => {
    for (const name of METHOD_NAMES) ipc.removeHandler(ipcChannel(name));
  };
}

/** The app's one use of `ipcMain`. */
export function bindContractToIpcMain(handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  return bindContract(ipcMain, handlers, isTrustedSender);
}
