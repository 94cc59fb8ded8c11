import type { CellError } from "../cells/errors";
import type { Status } from "./status";

/** One intermediate figure of a detail table. */
export interface Figure {
  label: string;
  value: number | string | CellError;
}

/** The working behind one result: figures and one sentence that says why the status is what it is. */
export interface Explanation {
  figures: Figure[];
  reason: string;
}

/** What every flag computes before any output is chosen; `value` may be an `#N/A` (convention 7). */
export interface Measured {
  value: number | CellError;
}

/**
 * The three steps of a flag, kept apart so that `output = "value"` never pays for the words:
 * measure (the maths), classify (the thresholds) and explain (the detail table).
 */
export interface FlagLogic<A, M extends Measured> {
  measure(a: A): M;
  /** Called only when `m.value` is a number. */
  classify(m: M & { value: number }, a: A): Status | CellError;
  explain(m: M, a: A, status: Status | CellError): Explanation;
}
