import type { CellError } from "../cells/errors";
import type { ValueKind } from "../format/valueKind";
import type { Status } from "./status";

/** One intermediate figure of a detail table. */
export interface Figure {
  label: string;
  value: number | string | CellError;
  /**
   * What kind of number it is, for the views that format it. `"amount"` marks money: a figure
   * that scales with the money arguments (the metamorphic tests read this).
   */
  kind?: ValueKind;
}

/**
 * Why the status is what it is, one sentence per status: a table, or a function of the status
 * (and of the value, a finite number whenever there is a status). A flag without statuses gives
 * one sentence. When the value is an error, the framework shows the error's message instead.
 */
export type Reasons = Readonly<Record<Status, string>> | ((status: Status, value: number) => string) | string;

/** The working behind one result: its figures, and the reasons its status may have. */
export interface Explanation {
  figures: Figure[];
  reasons: Reasons;
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
  /**
   * The maths. Build the result in one object literal at one `return` (a `value` that is a number
   * or an `#N/A`, and the figures the detail shows): the value and status outputs read only
   * `value`, and V8 then keeps the object off the heap; two `return { ... }` sites make each of a
   * million elements allocate it (docs/performance.md, section 1).
   */
  measure(a: A): M;
  /**
   * RED, WATCH or OK, called only when `m.value` is a finite number. A flag without it (a lever
   * such as BONUSDEP, not a warning sign) has no status: `output = "status"` is `#N/A` saying so.
   */
  classify?(m: M & { value: number }, a: A): Status;
  /**
   * An optional parameter without a default that the status is measured against (ROIC's cost of
   * capital): left out, the value is still computed, and `output = "status"` is `#N/A` with this
   * message instead of RED, WATCH or OK. The analyst gives it; no default is invented.
   */
  statusNeeds?: { param: string; message: string };
  explain(m: M, a: A): Explanation;
}
