/**
 * Timing helpers. Every comparison in the suite is a ratio of two variants measured in the same
 * process, interleaved: repetition r runs A then B (or B then A, alternating), so a slow moment
 * of a shared machine (another process, a CPU frequency change) hits both sides of the same pair.
 * The figure reported is the median of the per-repetition ratios: robust to outliers in either
 * direction, where a mean is dragged by the one repetition a garbage collection landed in.
 */
import { performance } from "node:perf_hooks";

/** `global.gc` when node runs with --expose-gc (npm run bench does): a full collection before each timed run. */
const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full collection, then 20 ms of sleep so that the collector's background
 * threads (concurrent sweeping) finish before the next timed run instead of competing with it.
 */
export function collectGarbage(): void {
  if (!gc) return;
  gc();
  Atomics.wait(pause, 0, 0, 20);
}

export const gcExposed = (): boolean => gc !== undefined;

/** Results are kept here so that no variant's work can be optimised away. */
let sink: unknown;
export const keep = (x: unknown): void => {
  sink = x;
};
export const kept = (): unknown => sink;

export interface Variant {
  name: string;
  run: () => unknown;
  /**
   * Runs per sample (default 1): a run of a few milliseconds is repeated and the sample is the
   * mean, so that one scheduler hiccup does not make the sample (and its pair's ratio).
   */
  inner?: number;
}

export interface InterleaveOptions {
  reps: number;
  /** Untimed rounds first, so that every variant runs optimised code when timing starts. */
  warmup: number;
}

/** Milliseconds of one run of each variant per repetition, by variant name, in repetition order. */
export function interleave(variants: readonly Variant[], { reps, warmup }: InterleaveOptions): Record<string, number[]> {
  const samples: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, [] as number[]]));
  for (let r = -warmup; r < reps; r++) {
    // Rotate the starting variant each repetition: no variant always runs first (or after the same one).
    const start = ((r % variants.length) + variants.length) % variants.length;
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(start + i) % variants.length];
      const inner = v.inner ?? 1;
      collectGarbage();
      const t0 = performance.now();
      for (let j = 0; j < inner; j++) keep(v.run());
      const ms = (performance.now() - t0) / inner;
      if (r >= 0) samples[v.name].push(ms);
    }
  }
  return samples;
}

/** Async version for variants that wait (a browser load): same rotation and garbage collection. */
export async function interleaveAsync(
  variants: ReadonlyArray<{ name: string; run: () => Promise<number> }>,
  { reps, warmup }: InterleaveOptions,
): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, [] as number[]]));
  for (let r = -warmup; r < reps; r++) {
    const start = ((r % variants.length) + variants.length) % variants.length;
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(start + i) % variants.length];
      const ms = await v.run();
      if (r >= 0) samples[v.name].push(ms);
    }
  }
  return samples;
}

/**
 * Calls per second of `call` over `inputs` (cycled): runs for at least `minMs`, reps times
 * (interleaved with the other rates of the same group by the caller), and returns one rate per rep.
 */
export function callsPerSecond(call: (i: number) => unknown, count: number, minMs: number): number {
  let calls = 0;
  collectGarbage();
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < count; i++) keep(call(i));
    calls += count;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return (calls / elapsed) * 1000;
}
