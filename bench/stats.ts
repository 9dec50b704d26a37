import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Milliseconds `task` takes, run `runs` times after `warmup` unmeasured runs; the median of them. */
export async function timeMedian(
  task: (run: number) => Promise<unknown> | unknown,
  runs: number,
  warmup = 1,
): Promise<{ median: number; samples: number[] }> {
  for (let i = 0; i < warmup; i++) await task(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    samples.push(performance.now() - start);
  }
  return { median: median(samples), samples };
}

/**
 * Times the same task and its limit one after the other, run by run, so that a slow spell of the
 * machine (two cores shared with other work) falls on both rather than on one.
 */
export async function timePair(
  task: (run: number) => Promise<unknown> | unknown,
  limit: (run: number) => Promise<unknown> | unknown,
  runs: number,
  warmup = 1,
): Promise<{ task: number; limit: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    let start = performance.now();
    await limit(i);
    const l = performance.now() - start;
    start = performance.now();
    await task(i);
    const t = performance.now() - start;
    if (i >= 0) {
      a.push(t);
      b.push(l);
    }
  }
  return { task: median(a), limit: median(b) };
}
