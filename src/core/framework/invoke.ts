import { CellErrorSignal, naError, notFiniteError, valueError } from "../cells/errors";
import type { CellOutput, Matrix, RawArg } from "../cells/values";
import type { FunctionDefinition } from "./definition";

/**
 * The one boundary where exceptions become Excel errors (convention 8). Every host (the
 * custom functions, the preview's formula engine, the CLI) calls functions through here.
 * The result is always a rectangular block of finite numbers, texts and errors.
 */
export function invokeFunction(def: FunctionDefinition, args: readonly RawArg[]): Matrix<CellOutput> {
  try {
    const result = def.run(args);
    return result.length === 0 ? [[naError(`${def.id} has nothing to return`)]] : result.map((row) => row.map(finiteOrError));
  } catch (e) {
    if (e instanceof CellErrorSignal) return [[e.error]];
    // A bug, not a user error: still an Excel error value, never a crash.
    const why = e instanceof Error ? e.message : String(e);
    return [[valueError(`${def.id} could not compute this (${why})`)]];
  }
}

/** NaN or Infinity never reaches a cell: they become `#N/A` with a reason. */
function finiteOrError(x: CellOutput): CellOutput {
  if (typeof x === "number" && !Number.isFinite(x)) return notFiniteError();
  // A hole in a ragged table would show as 0 in Excel: show it blank instead.
  return x === undefined || x === null ? "" : x;
}
