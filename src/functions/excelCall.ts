/**
 * The Excel side of the custom-functions boundary: converts Excel's arguments into core
 * inputs and core results into values Excel shows. The generated wrappers are one line
 * each and call `excelCall`; no logic and no words live there.
 */
import { CellError, type ErrorCode } from "../core/cells/errors";
import type { CellInput, CellOutput, RawArg } from "../core/cells/values";
import { KNOWN_ERROR_CODES } from "./errorCodes";
import { invokeFunction } from "../core/framework/invoke";
import { findFunction } from "../core/registry";

/** An error value Excel handed in (a `CustomFunctions.Error`-like object) as a core error. */
function fromExcelCell(x: unknown): CellInput {
  if (x === undefined || x === null) return null;
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  if (typeof x === "object" && "code" in x) {
    const { code, message } = x as { code: unknown; message?: unknown };
    if (KNOWN_ERROR_CODES.has(String(code))) return new CellError(String(code) as ErrorCode, typeof message === "string" ? message : "");
  }
  // A rich value (a formatted number, an entity) carries its plain value as `basicValue`.
  if (typeof x === "object" && "basicValue" in x) return fromExcelCell((x as { basicValue: unknown }).basicValue);
  return "(a value AIFLAG cannot read)";
}

function fromExcel(arg: unknown): RawArg {
  // Excel always passes rows as arrays; anything else is read as a one-cell row, never a crash.
  if (Array.isArray(arg)) return arg.map((row: unknown) => (Array.isArray(row) ? row.map(fromExcelCell) : [fromExcelCell(row)]));
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
