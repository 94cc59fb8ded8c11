import type { CellOutput, Matrix, RawArg } from "../cells/values";
import type { ParamSpec } from "../params/spec";
import type { Status } from "./status";
import type { ValueKind } from "../format/valueKind";

/** Taskpane groups, in display order. */
export const GROUPS = [
  { id: "redflags", title: "The four red flags" },
  { id: "depreciation", title: "Depreciation" },
  { id: "cash", title: "Cash and returns" },
  { id: "returns", title: "Returns" },
  { id: "forensic", title: "Forensic scores" },
  { id: "signals", title: "Signals" },
  { id: "policy", title: "Policy" },
  { id: "utilities", title: "Utilities" },
] as const;

export type GroupId = (typeof GROUPS)[number]["id"];

/** Everything a person reads about a function. Written once, here; every view derives from it. */
export interface Words {
  title: string;
  /** One plain-language sentence: what the number says. */
  summary: string;
  /** Why it matters, from the analysis. */
  why: string;
  /** What to watch: how to read the number, what moves it. */
  watch: string;
  /** The case for optimism: what would make a worrying number benign. */
  optimism?: string;
  /** How it is computed, in plain maths. */
  method: string;
  /** The thresholds and the reasoning behind them (derived from the threshold constants). */
  thresholds: string;
  /** What the main result is, e.g. "FCF conversion (FCF / net income)". */
  valueLabel: string;
}

/** An example argument as a user would type it in a formula. */
export type ExampleArg = number | string | readonly number[] | null;

export interface Example {
  args: readonly ExampleArg[];
  /** The top-left cell of the result, as the core computes it (tests check it). */
  expected: number | string;
  /** The status the same arguments give with `output = "status"`, for flags. */
  status?: Status;
  /** What the example shows, in a few words. */
  note: string;
}

export type FunctionKind = "series" | "elementwise" | "utility";

/** One row of a flag's detail table: its label, the kind of its numbers, one cell per element. */
export interface DetailRow {
  label: string;
  /** How its numbers are shown; `"amount"` is money (it scales with the money arguments). */
  kind?: ValueKind;
  cells: CellOutput[];
}

export interface FunctionDefinition {
  /** Upper-case id; Excel shows it as `AIFLAG.<id>`. */
  id: string;
  group: GroupId;
  kind: FunctionKind;
  /** What kind of number the value is (flags): how the pane, the CLI and the templates show it. */
  valueKind?: ValueKind;
  words: Words;
  params: readonly ParamSpec[];
  /** Whether `output = "status"` gives RED / WATCH / OK (derived: a flag that classifies). */
  hasStatus: boolean;
  /**
   * The optional parameter the status is measured against (ROIC's `wacc`), when there is one:
   * left out, the value is computed and the status is `#N/A` saying what to give.
   */
  statusNeeds?: string;
  /** Why the flag means something on fiscal years only (its maths assume a year of flows), when it does; see FlagSpec. */
  yearsOnly?: string;
  examples: readonly Example[];
  /**
   * Runs the function on arguments as Excel passes them and returns a new block, every cell a
   * finite number, a text or an error: the builders (`defineFlag.ts`, `defineElementwiseFlag.ts`,
   * `defineUtility.ts`) check each cell where they make it. May throw `CellErrorSignal`; callers
   * go through `invokeFunction`, which never throws.
   */
  run(args: readonly RawArg[]): Matrix<CellOutput>;
  /**
   * Flags only: the detail table of these arguments (`output` is ignored), each row with the
   * kind of its numbers. `run` with `output = "detail"` spills the same rows. May throw as `run`.
   */
  detail?(args: readonly RawArg[]): DetailRow[];
}
