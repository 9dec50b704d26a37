import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readJson } from '../support/store-files';
import { tempDirs } from '../support/temp-dir';

const ROOT = resolve(__dirname, '../..');
const dirs = tempDirs();
afterEach(() => dirs.removeAll());

interface Run {
  child: ReturnType<typeof spawn>;
  /** Resolves with what the host printed once it printed `until` or ended. */
  output(until?: string): Promise<{ stdout: string; stderr: string; code: number | null }>;
}

function runCli(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/cli.ts', ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  const ended = new Promise<void>((done) => child.once('exit', (c) => ((code = c), done())));
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    child,
    output: async (until) => {
      for (;;) {
        if (until !== undefined && stdout.includes(until)) break;
        if (await Promise.race([ended.then(() => true), new Promise((d) => setTimeout(() => d(false), 50))]))
          break;
      }
      return { stdout, stderr, code };
    },
  };
}

/** A data folder held by a live process elsewhere, touched a moment ago. */
async function heldFolder(): Promise<string> {
  const dataDir = await dirs.make();
  const since = new Date(2026, 10, 24, 9, 5).toISOString();
  await writeFile(
    join(dataDir, '.lock'),
    JSON.stringify({ pid: process.ppid, host: 'reception-pc', nonce: 'theirs', since }),
  );
  const now = new Date();
  await utimes(join(dataDir, '.lock'), now, now);
  return dataDir;
}

describe('the browser host on a data folder another Qonaq holds', () => {
  it('says who holds it and since when, how to take it over, and ends without touching the lock', async () => {
    const dataDir = await heldFolder();
    const lock = await readFile(join(dataDir, '.lock'), 'utf8');

    const { stderr, code } = await runCli(['--data', dataDir, '--renderer', await dirs.make()]).output();

    expect(code).toBe(1);
    expect(stderr).toContain(
      'The data folder is in use by Qonaq on the computer “reception-pc” since 24.11.2026, 09:05.',
    );
    expect(stderr).toContain('To take the folder over, start again with --take-over.');
    expect(await readFile(join(dataDir, '.lock'), 'utf8')).toBe(lock);
  }, 60_000);

  it('takes it over with --take-over, and lets go of it when stopped', async () => {
    const dataDir = await heldFolder();

    const run = runCli(['--data', dataDir, '--renderer', await dirs.make(), '--take-over']);
    const { stdout } = await run.output('Qonaq browser host: http://127.0.0.1:');
    expect(stdout).toContain('Qonaq browser host: http://127.0.0.1:');
    expect(await readJson(join(dataDir, '.lock'))).toMatchObject({ pid: run.child.pid });
    run.child.kill('SIGTERM');
    const { code } = await run.output();

    expect(code).toBe(0);
    expect(await readdir(dataDir)).not.toContain('.lock');
  }, 60_000);
});
