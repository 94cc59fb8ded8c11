/** Small statistics for the benchmark: medians and spreads of repeated measurements. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function min(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY);
}

export function max(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);
}

/** Element-wise a[i] / b[i]: ratios of measurements taken side by side in the same repetition. */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`pairRatios: ${a.length} samples against ${b.length}`);
  return a.map((x, i) => x / b[i]);
}

/** A deterministic generator (mulberry32): the same data on every run and every machine. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "1,234,567" */
export function grouped(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

/** A number with `digits` significant figures, without exponent for everyday magnitudes. */
export function sig(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return magnitude >= digits ? grouped(x) : x.toFixed(decimals);
}

/** `x` rounded to `digits` significant figures, as a number (for results.json). */
export function round(x: number, digits = 3): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(digits)) : x;
}
