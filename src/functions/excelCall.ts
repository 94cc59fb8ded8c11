/**
 * The Excel side of the custom-functions boundary: converts Excel's arguments into core
 * inputs and core results into values Excel shows. The generated wrappers are one line
 * each and call `excelCall`; no logic and no words live there.
 */
import { CellError, type ErrorCode } from "../core/cells/errors";
import type { CellInput, CellOutput, RawArg } from "../core/cells/values";
import { invokeFunction } from "../core/framework/invoke";
import { findFunction } from "../core/registry";

/**
 * Excel's error codes are the same strings as the core's ("#VALUE!", "#N/A", ...):
 * `CustomFunctions.ErrorCode` is a string enum of exactly these.
 */
const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"]);

/** An error value Excel handed in (a `CustomFunctions.Error`-like object) as a core error. */
function fromExcelCell(x: unknown): CellInput {
  if (x === undefined) return null;
  if (typeof x === "object" && x !== null && "code" in x) {
    const { code, message } = x as { code: unknown; message?: unknown };
    if (KNOWN_CODES.has(String(code))) return new CellError(String(code) as ErrorCode, typeof message === "string" ? message : "");
  }
  return x as CellInput;
}

function fromExcel(arg: unknown): RawArg {
  if (Array.isArray(arg)) return arg.map((row: unknown[]) => row.map(fromExcelCell));
  return fromExcelCell(arg);
}

function toExcel(x: CellOutput): number | string | CustomFunctions.Error {
  if (!(x instanceof CellError)) return x;
  // Excel shows a message only on #VALUE! and #N/A; the others pass through bare.
  const hasMessage = x.code === "#VALUE!" || x.code === "#N/A";
  const code = x.code as CustomFunctions.ErrorCode;
  return hasMessage ? new CustomFunctions.Error(code, x.message) : new CustomFunctions.Error(code);
}

/** Runs AIFLAG.<id> on Excel's arguments. Never throws: every failure is an Excel error value. */
export function excelCall(id: string, args: readonly unknown[]): Array<Array<number | string | CustomFunctions.Error>> {
  const def = findFunction(id);
  if (!def) return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `AIFLAG.${id} is not defined`)]];
  return invokeFunction(def, args.map(fromExcel)).map((row) => row.map(toExcel));
}
