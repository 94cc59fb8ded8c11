import { CellErrorSignal, naError, valueError } from "../cells/errors";
import type { CellOutput, Matrix, RawArg } from "../cells/values";
import type { FunctionDefinition } from "./definition";

/**
 * The one boundary where exceptions become Excel errors (convention 8). Every host (the
 * custom functions, the preview's formula engine, the CLI) calls functions through here.
 * The result is always a rectangular block of finite numbers, texts and errors: the builders
 * check each cell where they make it (`finiteCell`), so the result is returned as it is, not
 * copied again here.
 */
export function invokeFunction(def: FunctionDefinition, args: readonly RawArg[]): Matrix<CellOutput> {
  try {
    const result = def.run(args);
    return result.length === 0 ? [[naError(`${def.id} has nothing to return`)]] : result;
  } catch (e) {
    if (e instanceof CellErrorSignal) return [[e.error]];
    // A bug, not a user error: still an Excel error value, never a crash.
    const why = e instanceof Error ? e.message : String(e);
    return [[valueError(`${def.id} could not compute this (${why})`)]];
  }
}
