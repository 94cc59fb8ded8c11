/** The three answers of every red flag. A flag is a question to ask, not a verdict. */
export type Status = "RED" | "WATCH" | "OK";

export const STATUSES: readonly Status[] = ["RED", "WATCH", "OK"];

type Fmt = (x: number) => string;

/**
 * Thresholds are compared at twelve digits: a figure within 1e-12 of a threshold (relative to
 * it, absolute below 1) is a tie and counts as equal, so binary rounding never decides a status.
 * 0.4 - 0.3 is 0.10000000000000003 in floating point, yet it is not "above 10%"; a share that
 * is exactly 50% in decimal arithmetic is "50% or more" whatever the units of its inputs.
 */
const TIE = 1e-12;

function ties(x: number, threshold: number): boolean {
  return Math.abs(x - threshold) <= TIE * Math.max(1, Math.abs(threshold));
}

/** x >= threshold, a tie counting as equal. */
export function atLeast(x: number, threshold: number): boolean {
  return x >= threshold || ties(x, threshold);
}

/** x > threshold, a tie counting as equal (so not above). */
export function above(x: number, threshold: number): boolean {
  return x > threshold && !ties(x, threshold);
}

/**
 * x - y, or 0 when the two agree to twelve digits (relative to the larger of them): a difference
 * of two sums that rounding alone made non-zero is zero, so its sign cannot decide a status (and
 * the same figures in thousands or in millions give the same answer).
 */
export function difference(x: number, y: number): number {
  const d = x - y;
  return Math.abs(d) <= TIE * Math.max(Math.abs(x), Math.abs(y)) ? 0 : d;
}

/**
 * Monotone thresholds, written once: the same object classifies and describes itself,
 * so the words on the card can never drift from the rule in the code.
 */
export interface Bands {
  red: number;
  watch: number;
  classify(x: number): Status;
  describe(fmt: Fmt): string;
}

/** RED when x >= red, WATCH when x >= watch, OK otherwise. */
export function higherIsWorse(red: number, watch: number): Bands {
  return {
    red,
    watch,
    classify: (x) => (atLeast(x, red) ? "RED" : atLeast(x, watch) ? "WATCH" : "OK"),
    describe: (fmt) => `RED at ${fmt(red)} or more; WATCH at ${fmt(watch)} or more; OK below ${fmt(watch)}.`,
  };
}

/** RED when x < red, WATCH when x < watch, OK otherwise. */
export function lowerIsWorse(red: number, watch: number): Bands {
  return {
    red,
    watch,
    classify: (x) => (!atLeast(x, red) ? "RED" : !atLeast(x, watch) ? "WATCH" : "OK"),
    describe: (fmt) => `RED below ${fmt(red)}; WATCH below ${fmt(watch)}; OK at ${fmt(watch)} or more.`,
  };
}
