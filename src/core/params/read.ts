import { fail, inputError, isCellError, valueError } from "../cells/errors";
import { asMatrix, describeShape, shapeOf, type CellInput, type Matrix, type RawArg, type Shape } from "../cells/values";
import { describeRule, percentHint, satisfiesRule } from "./rules";
import { choiceList, usesMagnitude, type ChoiceParam, type ParamSpec } from "./spec";

/**
 * Reading Excel arguments into numbers, with the messages of conventions 1-6.
 * Every failure abandons the call with `fail(...)`; `invokeFunction` turns that into the
 * `#VALUE!` (or the incoming error) that Excel shows.
 */

/**
 * True when an argument was left out or points at a blank cell: Excel passes `null` for both
 * (convention 4). Some hosts pass it as a 1 x 1 block holding a blank.
 */
export function isOmitted(raw: RawArg): boolean {
  if (raw === null || raw === undefined) return true;
  return Array.isArray(raw) && raw.length === 1 && raw[0].length === 1 && raw[0][0] === null;
}

function describeInput(x: CellInput): string {
  if (x === null) return "a blank cell is not a number";
  if (typeof x === "boolean") return `${x ? "TRUE" : "FALSE"} is not a number`;
  if (typeof x === "string") return x.trim() === "" ? "empty text is not a number" : `"${x}" is not a number`;
  return `${String(x)} is not a finite number`;
}

/** One cell into a validated number. `where` is "", ", period 3" or ", row 2, column 4". */
export function readNumberCell(spec: ParamSpec, x: CellInput, where: string): number {
  if (isCellError(x)) fail(inputError(x, `${spec.name}${where}`)); // passes through, as in Excel
  if (typeof x !== "number" || !Number.isFinite(x)) fail(valueError(`${spec.name}${where}: ${describeInput(x)}`));
  const n = usesMagnitude(spec) ? Math.abs(x) : x;
  if (spec.rule && !satisfiesRule(n, spec.rule)) {
    fail(valueError(`${spec.name}${where}: ${String(x)} must be ${describeRule(spec.rule)}${percentHint(n, spec.rule)}`));
  }
  return n;
}

function blockOf(spec: ParamSpec, raw: RawArg) {
  const m = asMatrix(raw);
  const shape = shapeOf(m);
  if (shape.rows === 0 || shape.cols === 0) fail(valueError(`${spec.name} is empty`));
  for (const row of m) if (row.length !== shape.cols) fail(valueError(`${spec.name} is not a rectangular range`));
  return { m, shape };
}

/** Position words for the k-th cell (0-based, row-major) of a block of this shape. */
export function positionOf(k: number, shape: Shape, unit = "period"): string {
  if (shape.rows === 1 && shape.cols === 1) return "";
  if (shape.rows === 1 || shape.cols === 1) return `, ${unit} ${k + 1}`;
  return `, row ${Math.floor(k / shape.cols) + 1}, column ${(k % shape.cols) + 1}`;
}

/**
 * `readNumberCell` for the k-th cell of a block, on the path every element takes: a finite
 * number within the rule is returned at once; only a cell that fails goes through
 * `readNumberCell`, which builds the position words and the message. Same results, same
 * messages, without a string per cell (section 1 of the benchmark, docs/performance.md).
 */
function readNumberAt(spec: ParamSpec, x: CellInput, k: number, shape: Shape, magnitude: boolean): number {
  if (typeof x === "number" && Number.isFinite(x)) {
    const n = magnitude ? Math.abs(x) : x;
    if (spec.rule === undefined || satisfiesRule(n, spec.rule)) return n;
  }
  return readNumberCell(spec, x, positionOf(k, shape));
}

/** Convention 1: one row or one column, oldest first. Returns the numbers in order. */
export function readSeries(spec: ParamSpec, raw: RawArg): number[] {
  if (isOmitted(raw) && !Array.isArray(raw)) fail(valueError(`${spec.name} is required`));
  const { m, shape } = blockOf(spec, raw);
  if (shape.rows > 1 && shape.cols > 1) {
    fail(valueError(`${spec.name} must be one row or one column of periods, not a block of ${describeShape(shape)}`));
  }
  const flat = shape.rows === 1 ? m[0] : m.map((row) => row[0]);
  const magnitude = usesMagnitude(spec);
  return flat.map((x, k) => readNumberAt(spec, x, k, shape, magnitude));
}

/**
 * Convention 2: a cell or a block with its shape, for broadcasting. The block is the one passed
 * in, every cell of it checked by `readCells` (a finite number within the rule). No copy: a
 * block of a million cells is read where it is (section 1 of the benchmark, docs/performance.md).
 */
export interface CellsArg {
  block: Matrix<CellInput>;
  shape: Shape;
  /** Whether the sign is dropped (convention 6): a cell's value is then |x|. */
  magnitude: boolean;
}

/** Checks every cell of the argument (the first failure abandons the call with its message). */
export function readCells(spec: ParamSpec, raw: RawArg): CellsArg {
  const { m, shape } = blockOf(spec, raw);
  const magnitude = usesMagnitude(spec);
  for (let r = 0; r < shape.rows; r++) checkRow(spec, m[r], r, shape, magnitude);
  return { block: m, shape, magnitude };
}

/** One row of `readCells`: a function per row, compiled once for all rows (as `spillRow` in defineElementwiseFlag.ts). */
function checkRow(spec: ParamSpec, row: readonly CellInput[], r: number, shape: Shape, magnitude: boolean): void {
  for (let c = 0, k = r * shape.cols; c < shape.cols; c++, k++) readNumberAt(spec, row[c], k, shape, magnitude);
}

/** A single number (an option). A 1 x 1 block is accepted; a larger block is not. */
export function readScalar(spec: ParamSpec, raw: RawArg): number {
  const { m, shape } = blockOf(spec, raw);
  if (shape.rows !== 1 || shape.cols !== 1) fail(valueError(`${spec.name} must be a single number, not a range of ${describeShape(shape)}`));
  return readNumberCell(spec, m[0][0], "");
}

/** A single text (EXPLAIN's `flag`). A required text left out says what to give. */
export function readText(spec: ParamSpec, raw: RawArg): string {
  if (isOmitted(raw)) fail(valueError(`${spec.name} is required: ${spec.description}`));
  const x = singleCell(spec, raw, "text");
  if (typeof x !== "string") fail(valueError(`${spec.name}: expected text, got ${String(x)}`));
  return x;
}

/** The one cell of a single-value argument; an error in it passes through (`inputError`). */
function singleCell(spec: ParamSpec, raw: RawArg, what: string): CellInput {
  const { m, shape } = blockOf(spec, raw);
  if (shape.rows !== 1 || shape.cols !== 1) fail(valueError(`${spec.name} must be a single ${what}, not a range of ${describeShape(shape)}`));
  const x = m[0][0];
  if (isCellError(x)) fail(inputError(x, spec.name));
  return x;
}

/**
 * One of a choice parameter's texts (or one of its aliases), matched in any case and with spaces
 * around it ignored; the choice's own text is returned.
 * Left out, blank or empty text is the default (convention 4); anything else is `#VALUE!`
 * listing the choices, e.g. `output must be "value", "status" or "detail", not "verdict"`.
 */
export function readChoice<T extends string>(spec: ChoiceParam<string, T>, raw: RawArg): T {
  const x = isOmitted(raw) ? null : singleCell(spec, raw, "text");
  const text = typeof x === "string" ? x.trim().toLowerCase() : x;
  if (text === null || text === "") {
    const fallback = spec.choices.find((c) => c.text === spec.defaultValue);
    if (fallback) return fallback.text;
    fail(valueError(`${spec.name} is required: give ${choiceList(spec)}`));
  }
  const found = spec.choices.find((c) => c.text.toLowerCase() === text || (c.aliases ?? []).some((a) => a.toLowerCase() === text));
  if (!found) fail(valueError(`${spec.name} must be ${choiceList(spec)}, not ${typeof x === "string" ? `"${x}"` : String(x)}`));
  return found.text;
}

/** Whether a parameter is a choice parameter (a text with a fixed set of texts). */
export function isChoice(spec: ParamSpec): spec is ChoiceParam {
  return spec.kind === "text" && spec.choices !== undefined;
}

/**
 * An argument whose value does not depend on the element (everything but `cells`), read by its
 * spec: the default (or `undefined`) when an optional one is left out, else the reader of its kind.
 */
export function readWhole(spec: ParamSpec, raw: RawArg): number | string | readonly number[] | Matrix<CellInput> | undefined {
  if (isChoice(spec)) return readChoice(spec, raw);
  if (spec.optional && isOmitted(raw)) return spec.defaultValue;
  switch (spec.kind) {
    case "series":
      return readSeries(spec, raw);
    case "text":
      return readText(spec, raw);
    case "block":
      return asMatrix(raw);
    default:
      return readScalar(spec, raw);
  }
}

/**
 * Convention 2: the common shape of the element-wise arguments. Single cells broadcast;
 * any two blocks larger than one cell must match exactly (a row is not a column).
 */
export function broadcastShape(args: ReadonlyArray<{ spec: ParamSpec; arg: CellsArg }>): Shape {
  let target: { spec: ParamSpec; shape: Shape } | undefined;
  for (const { spec, arg } of args) {
    const { shape } = arg;
    if (shape.rows === 1 && shape.cols === 1) continue;
    if (!target) {
      target = { spec, shape };
    } else if (target.shape.rows !== shape.rows || target.shape.cols !== shape.cols) {
      fail(
        valueError(
          `${target.spec.name} is ${describeShape(target.shape)} but ${spec.name} is ${describeShape(shape)}: ` +
            "give ranges of the same shape, or single cells",
        ),
      );
    }
  }
  return target ? target.shape : { rows: 1, cols: 1 };
}
