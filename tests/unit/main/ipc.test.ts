import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES, type Handlers } from '../../../src/shared/contract';
import { bindContract, bindContractToIpcMain, trustedSender } from '../../../src/main/ipc';
import { electronFake, type FakeFrame, FakeWebContents, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const APP_URL = 'qonaq://app/index.html';
const ipc = electronFake.ipcMain;

function fakeHandlers(): Handlers {
  const entries = METHOD_NAMES.map((name) => [
    name,
    vi.fn(async (input: unknown) => ({ handled: name, input })),
  ]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

function setup() {
  const window = new FakeWebContents();
  window.mainFrame.url = APP_URL;
  const handlers = fakeHandlers();
  const unbind = bindContract(
    ipc as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
    handlers,
    trustedSender(() => window as unknown as WebContents, APP_URL),
  );
  const fromWindow = (frame: FakeFrame | null = window.mainFrame) => ({ sender: window, senderFrame: frame });
  return { window, handlers, unbind, fromWindow };
}

beforeEach(() => resetElectronFake());

describe('the contract over IPC', () => {
  it('answers exactly one channel per contract method', () => {
    setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it('passes a valid call from the app page to its handler and answers its value', async () => {
    const { handlers, fromWindow } = setup();
    const answer = await ipc.invoke(ipcChannel('visits.get'), fromWindow(), { id: 'visit_1' });
    expect(handlers['visits.get']).toHaveBeenCalledWith({ id: 'visit_1' });
    expect(answer).toEqual({ ok: true, value: { handled: 'visits.get', input: { id: 'visit_1' } } });
  });

  it('answers a validation error for bad input and never calls the handler', async () => {
    const { handlers, fromWindow } = setup();
    const answer = await ipc.invoke(ipcChannel('visits.get'), fromWindow(), { id: '../../etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation', fields: [{ path: 'id' }] } });
    const extra = await ipc.invoke(ipcChannel('app.status'), fromWindow(), { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(handlers['visits.get']).not.toHaveBeenCalled();
    expect(handlers['app.status']).not.toHaveBeenCalled();
  });

  it.each([
    ['a page the window was navigated to', { url: 'https://evil.example/', parent: null }],
    ['a local file', { url: 'file:///home/user/Downloads/evil.html', parent: null }],
    ['the built page opened as a file', { url: 'file:///opt/qonaq/out/renderer/index.html', parent: null }],
    ['another host on the app scheme', { url: 'qonaq://evil/index.html', parent: null }],
    ['an iframe inside the app page', { url: APP_URL, parent: { url: APP_URL, parent: null } }],
  ])('refuses %s as forbidden', async (_label, frame: FakeFrame) => {
    const { handlers, fromWindow } = setup();
    const answer = await ipc.invoke(ipcChannel('visits.delete'), fromWindow(frame), { id: 'visit_1' });
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['visits.delete']).not.toHaveBeenCalled();
  });

  it('refuses another window showing the app page, and a frame already gone', async () => {
    const { handlers, fromWindow } = setup();
    const other = new FakeWebContents();
    other.mainFrame.url = APP_URL;
    const fromOther = await ipc.invoke(
      ipcChannel('app.status'),
      { sender: other, senderFrame: other.mainFrame },
      {},
    );
    const fromGone = await ipc.invoke(ipcChannel('app.status'), fromWindow(null), {});
    expect(fromOther).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(fromGone).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['app.status']).not.toHaveBeenCalled();
  });

  it('refuses everything once the window is gone', async () => {
    const handlers = fakeHandlers();
    bindContract(
      ipc as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
      handlers,
      trustedSender(() => undefined, APP_URL),
    );
    const stray = new FakeWebContents();
    const answer = await ipc.invoke(
      ipcChannel('app.status'),
      { sender: stray, senderFrame: { url: APP_URL, parent: null } },
      {},
    );
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a failing handler with an error code instead of throwing across IPC', async () => {
    const { handlers, fromWindow } = setup();
    vi.mocked(handlers['backups.create']).mockRejectedValueOnce(new Error('EIO: disk on fire at /home/user'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const answer = await ipc.invoke(ipcChannel('backups.create'), fromWindow(), {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('unbinds every channel', () => {
    const { unbind } = setup();
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('binds to the real ipcMain through its one entry point', () => {
    bindContractToIpcMain(fakeHandlers(), () => true);
    expect(ipc.handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });
});
