/** The three answers of every red flag. A flag is a question to ask, not a verdict. */
export type Status = "RED" | "WATCH" | "OK";

export const STATUSES: readonly Status[] = ["RED", "WATCH", "OK"];

type Fmt = (x: number) => string;

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
    classify: (x) => (x >= red ? "RED" : x >= watch ? "WATCH" : "OK"),
    describe: (fmt) => `RED at ${fmt(red)} or more; WATCH at ${fmt(watch)} or more; OK below ${fmt(watch)}.`,
  };
}

/** RED when x < red, WATCH when x < watch, OK otherwise. */
export function lowerIsWorse(red: number, watch: number): Bands {
  return {
    red,
    watch,
    classify: (x) => (x < red ? "RED" : x < watch ? "WATCH" : "OK"),
    describe: (fmt) => `RED below ${fmt(red)}; WATCH below ${fmt(watch)}; OK at ${fmt(watch)} or more.`,
  };
}
