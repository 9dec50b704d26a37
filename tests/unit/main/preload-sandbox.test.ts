import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract';

/**
 * A sandboxed preload is not Node: its `require` knows only Electron's own modules. A preload that
 * pulls `zod` from node_modules builds fine and then fails in the window, with the page left
 * without `window.qonaq`. So the preload is built here with the project's own config and run
 * where `require` answers nothing but `electron`.
 */

let outDir = '';
let code = '';
const savedEnv = {
  NODE_ENV: process.env.NODE_ENV,
  NODE_ENV_ELECTRON_VITE: process.env.NODE_ENV_ELECTRON_VITE,
};

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'qonaq-preload-'));
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const resolved = await resolveConfig({ build: { outDir }, logLevel: 'silent' }, 'build', 'production');
  const preload = resolved.config?.preload;
  if (!preload) throw new Error('electron.vite.config.ts has no preload build');
  await build(preload as InlineConfig);
  code = await readFile(join(outDir, 'preload', 'index.js'), 'utf8');
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(outDir, { recursive: true, force: true });
});

describe('the built preload', () => {
  it('loads where only `electron` can be required, and exposes the contract', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));
    const required: string[] = [];
    const sandboxRequire = (id: string): unknown => {
      required.push(id);
      if (id === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } };
      throw new Error(`module not found: ${id}`);
    };
    const module = { exports: {} };

    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });

    expect(required).toEqual(['electron']);
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, exposed] = exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('qonaq');
    expect(Object.keys(exposed as object).sort()).toEqual([...METHOD_NAMES].sort());
    const bridge = exposed as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(bridge['app.status']?.({})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith(ipcChannel('app.status'), {});
  });
});
