import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract';
import { createBridge } from '../../../src/preload/bridge';
import { electronFake, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

beforeEach(() => resetElectronFake());

describe('createBridge', () => {
  it('holds one function per contract method and nothing else', () => {
    const bridge = createBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it("sends each call on its method's own channel with the input untouched", async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'answer' }));
    const bridge = createBridge(invoke);
    const input = { id: 'visit_1' };
    await expect(bridge['visits.get'](input)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith(ipcChannel('visits.get'), input);
  });

  it('answers a Result even when the call fails on the way', async () => {
    const bridge = createBridge(vi.fn(async () => Promise.reject(new Error('No handler registered'))));
    await expect(bridge['app.status']({})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', params: { method: 'app.status' } },
    });
  });
});

describe('the preload script', () => {
  it("exposes only `qonaq`, whose functions reach ipcRenderer.invoke on the contract's channels", async () => {
    await import('../../../src/preload/index');
    const expose = electronFake.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, exposed] = expose.mock.calls[0] ?? [];
    expect(key).toBe('qonaq');
    expect(Object.keys(exposed as object).sort()).toEqual([...METHOD_NAMES].sort());
    expect(exposed).not.toHaveProperty('invoke');
    expect(exposed).not.toHaveProperty('ipcRenderer');

    electronFake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    const bridge = exposed as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(bridge['visits.list']?.({ text: 'Ankara' })).resolves.toEqual({ ok: true, value: [] });
    expect(electronFake.ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannel('visits.list'), {
      text: 'Ankara',
    });
  });
});
