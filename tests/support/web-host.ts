import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** The built renderer; QONAQ_RENDERER_DIR lets parallel work use its own build. */
export function rendererDir(): string {
  return process.env.QONAQ_RENDERER_DIR ?? join(ROOT, 'out/renderer');
}

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** The host's process id (the benchmark waits for it to be idle). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the browser host as its own process (as a developer would), on a data folder, and waits
 * for the line that gives its address. `stop` ends it gracefully so the store lets go of the folder.
 */
export async function startHost(dataDir: string, extraArgs: readonly string[] = []): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'src/web/cli.ts'),
      '--data',
      dataDir,
      '--renderer',
      rendererDir(),
      ...extraArgs,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`browser host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Qonaq browser host: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    dataDir,
    pid: child.pid,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export async function makeDataDir(prefix = 'qonaq-e2e-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
