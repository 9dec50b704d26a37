import { execFile, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { browserFigures } from './browser-bench';
import { initialJs } from './bundle-bench';
import { BUSY_WEEK, generateDataset, SIZES, writeDataset, type SizeName } from './generator';
import { met, table, type Figure } from './table';

/**
 * `npm run bench [-- --quick]`: generates data at one, five and ten years (`--quick`: one year only),
 * measures the core, letters, the renderer in Chromium and memory, prints the table and writes it to
 * docs/benchmarks.md with the machine it ran on. Data and builds go to a temp folder, never the repo.
 */

const ROOT = resolve(__dirname, '..');
const WORK = process.env.QONAQ_BENCH_DIR ?? '/tmp/qonaq-bench';
const SEED = 20261129;
const NODE_ARGS = ['--require', join(ROOT, 'scripts/node20-polyfills.cjs'), '--import', 'tsx'];

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Runs a bench script in a process of its own and reads the JSON line it prints. */
function child<T>(script: string, args: string[]): Promise<T> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [...NODE_ARGS, join(__dirname, script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`${script} exited with ${code}`));
      try {
        done(JSON.parse(last) as T);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function buildRenderer(outDir: string): Promise<string> {
  log(`building the renderer into ${outDir}`);
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return join(outDir, 'renderer');
}

interface Plan {
  size: SizeName;
  /** Repetitions of the core's timings. */
  runs: number;
  /** Guests whose letters are issued in three languages (100 gives the 300 of the target). */
  letterGuests: number;
  browserRuns: number;
}

async function measureSize(plan: Plan, rendererDir: string): Promise<Figure[]> {
  const { size } = plan;
  const dir = join(WORK, `data-${size}`);
  log(`${size}: generating ${SIZES[size].visits} visits`);
  const bytes = await writeDataset(dir, generateDataset({ size, seed: SEED }));
  log(`${size}: ${(bytes / 1e6).toFixed(1)} MB written; letters`);
  const figures: Figure[] = [];
  // Letters first: the core's run puts a 2 MB logo into the institution at its end.
  figures.push(
    ...(await child<Figure[]>('letters-bench.ts', [
      '--data',
      dir,
      '--size',
      size,
      '--out',
      join(WORK, `letters-${size}`),
      '--letters',
      String(plan.letterGuests),
    ])),
  );
  log(`${size}: itineraries`);
  figures.push(
    ...(await child<Figure[]>('itinerary-bench.ts', [
      '--data',
      dir,
      '--size',
      size,
      '--out',
      join(WORK, `itineraries-${size}`),
    ])),
  );
  log(`${size}: guest list preview`);
  figures.push(...(await child<Figure[]>('guest-import-bench.ts', ['--data', dir, '--size', size])));
  figures.push(...(await child<Figure[]>('reports-bench.ts', ['--data', dir, '--size', size])));
  log(`${size}: core`);
  figures.push(
    ...(await child<Figure[]>('core-bench.ts', ['--data', dir, '--size', size, '--runs', String(plan.runs)])),
  );
  log(`${size}: peak memory`);
  const memory = await child<{ peak: number; register: number; letters: number }>('memory-bench.ts', [
    '--data',
    dir,
  ]);
  figures.push({
    id: `memory-${size}`,
    label: `Peak memory (VmHWM) of a fresh core process: store opened, the list, a visit, the busy week and day, the whole register (${memory.register} letters) and ${memory.letters} letters issued`,
    size,
    value: memory.peak,
    unit: 'MB',
    target: size === '10y' ? { under: 300 } : undefined,
  });
  log(`${size}: office sharing`);
  figures.push(...(await child<Figure[]>('sync-bench.ts', ['--data', dir, '--size', size])));
  if (plan.browserRuns > 0) {
    log(`${size}: Chromium`);
    // A fresh copy: the core's run left a 2 MB logo and letters in it, which the renderer does not read.
    const data = generateDataset({ size, seed: SEED });
    await writeDataset(dir, data);
    // The copy's hundred megabytes are flushed to disk now, not by the kernel during the figures.
    await promisify(execFile)('sync');
    const open = data.visits.find((v) => v.arrivalDate >= BUSY_WEEK);
    if (!open) throw new Error('no visit in the busy week');
    process.env.QONAQ_RENDERER_DIR = rendererDir;
    figures.push(...(await browserFigures(dir, size, plan.browserRuns, open.id)));
  }
  return figures;
}

function machine(): string {
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(totalmem() / 2 ** 30).toFixed(0)} GB RAM`,
    `Node ${process.version}`,
    `${process.platform} ${process.arch}`,
  ].join(', ');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Puts the table between the markers of docs/benchmarks.md; the notes around it are kept as written. */
async function writeResults(text: string): Promise<void> {
  const path = join(ROOT, 'docs/benchmarks.md');
  const current = await readFile(path, 'utf8').catch(() => `# Benchmarks\n\n${START}\n${END}\n`);
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const block = `${START}\n${text}\n${END}`;
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}`
      : `${current}\n${block}\n`;
  await writeFile(path, next);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  await mkdir(WORK, { recursive: true });
  const rendererDir = await buildRenderer(join(WORK, 'out'));
  const plans: Plan[] = values.quick
    ? [{ size: '1y', runs: 5, letterGuests: 100, browserRuns: 3 }]
    : [
        { size: '1y', runs: 10, letterGuests: 100, browserRuns: 7 },
        { size: '5y', runs: 5, letterGuests: 100, browserRuns: 0 },
        { size: '10y', runs: 5, letterGuests: 100, browserRuns: 7 },
      ];
  const figures: Figure[] = [];
  for (const plan of plans) figures.push(...(await measureSize(plan, rendererDir)));
  figures.push(...(await initialJs(rendererDir)).figures);

  const minutes = (performance.now() - started) / 60_000;
  const missed = figures.filter((f) => met(f) === false).map((f) => `${f.size} ${f.label}`);
  const text = [
    table(figures),
    '',
    `Machine: ${machine()}. Load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`,
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes.toFixed(1)} min${values.quick ? ' (--quick)' : ''}, seed ${SEED}.`,
    missed.length > 0
      ? `Targets missed: ${missed.length} (see the notes below the table in docs/benchmarks.md).`
      : 'Every target met.',
  ].join('\n');
  process.stdout.write(`${text}\n`);
  if (!values.quick) await writeResults(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
