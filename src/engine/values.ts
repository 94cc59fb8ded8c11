/**
 * Values across the engine boundary: HyperFormula's argument values into the core's `RawArg`
 * (blocks stay blocks), and core results back into cell values.
 */
import { CellError as HfCellError, EmptyValue, SimpleRangeValue } from "hyperformula";
import { isCellError, valueError } from "../core/cells/errors";
import type { CellInput, CellOutput, RawArg } from "../core/cells/values";
import { errorToCore, errorToEngine } from "./errors";

/** One cell as the core sees it. Blank is null, as Excel on the web passes it. */
export function cellToCore(x: unknown): CellInput {
  if (x === EmptyValue || x === null || x === undefined) return null;
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  if (x instanceof HfCellError) return errorToCore(x);
  // Typed numbers (percent, date, currency) are HyperFormula objects holding the number in `val`.
  if (typeof x === "object" && "val" in x && typeof x.val === "number") return x.val;
  return valueError("this cell holds a value AIFLAG cannot read");
}

/** An argument: a range or an array constant becomes a block, anything else one value. */
export function argToCore(x: unknown): RawArg {
  if (x === undefined) return undefined;
  if (x instanceof SimpleRangeValue) return x.rawData().map((row) => row.map(cellToCore));
  return cellToCore(x);
}

export type EngineCell = number | string | HfCellError;

export function cellToEngine(x: CellOutput): EngineCell {
  return isCellError(x) ? errorToEngine(x) : x;
}
