/**
 * The Excel side of the custom-functions boundary: converts Excel's arguments into core
 * inputs and core results into values Excel shows. The generated wrappers are one line
 * each and call `excelCall`; no logic and no words live there.
 *
 * Excel's blocks are read where they are: numbers, texts, booleans and blanks (`null`) are core
 * inputs already, so a row is copied only when it holds something else (an error value, a rich
 * value); a result row is changed only where it holds an error. A million-cell call makes no
 * copy of its inputs or of its result (section 1 of the benchmark, docs/performance.md).
 */
import { CellError, isCellError, isReturnable, type ErrorCode } from "../core/cells/errors";
import type { CellInput, CellOutput, RawArg } from "../core/cells/values";
import { invokeFunction } from "../core/framework/invoke";
import { findFunction } from "../core/registry";
import { KNOWN_ERROR_CODES } from "./errorCodes";

type ExcelCell = number | string | CustomFunctions.Error;

/** Whether a cell is already a core input: a number, a text, a boolean or a blank. */
function isPlain(x: unknown): boolean {
  const t = typeof x;
  return t === "number" || t === "string" || t === "boolean" || x === null;
}

/** Anything else Excel hands in, as a core input: an error value, a rich value's plain value. */
function fromExcelCell(x: unknown): CellInput {
  if (isPlain(x)) return x as CellInput;
  if (x === undefined) return null;
  if (typeof x === "object" && x !== null && "code" in x) {
    // A CustomFunctions.Error (allowErrorForDataTypeAny: see scripts/functionsJson.js).
    const { code, message } = x as { code: unknown; message?: unknown };
    if (KNOWN_ERROR_CODES.has(String(code))) return new CellError(String(code) as ErrorCode, typeof message === "string" ? message : "");
  }
  // A rich value (a formatted number, an entity) carries its plain value as `basicValue`.
  if (typeof x === "object" && x !== null && "basicValue" in x) return fromExcelCell((x).basicValue);
  return "(a value AIFLAG cannot read)";
}

/** A row as core inputs: itself when every cell is plain, else a converted copy. */
function fromExcelRow(row: unknown): CellInput[] {
  // Excel always passes rows as arrays; anything else is read as a one-cell row, never a crash.
  if (!Array.isArray(row)) return [fromExcelCell(row)];
  for (let c = 0; c < row.length; c++) if (!isPlain(row[c])) return row.map(fromExcelCell);
  return row as CellInput[];
}

function fromExcel(arg: unknown): RawArg {
  if (!Array.isArray(arg)) return fromExcelCell(arg);
  let rows: CellInput[][] | undefined; // a copy of the outer array, made at the first row that changes
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    const read = fromExcelRow(row);
    if (read !== row && rows === undefined) rows = arg.slice(0, r) as CellInput[][];
    rows?.push(read);
  }
  return rows ?? (arg as CellInput[][]);
}

function toExcelError(x: CellError): CustomFunctions.Error {
  // Excel takes #REF! and #NAME? as inputs but not as results; the readers have already named
  // the cell (inputError), so this is a last guard.
  if (!isReturnable(x)) return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `an input holds ${x.code}`);
  // Excel shows a message only on #VALUE! and #N/A; the others pass through bare.
  const hasMessage = x.code === "#VALUE!" || x.code === "#N/A";
  const code = x.code as CustomFunctions.ErrorCode;
  return hasMessage ? new CustomFunctions.Error(code, x.message) : new CustomFunctions.Error(code);
}

/** The core's result as Excel values: numbers and texts stay, each error becomes a CustomFunctions.Error in place. */
function toExcel(result: CellOutput[][]): ExcelCell[][] {
  for (const row of result) toExcelRow(row);
  return result as unknown as ExcelCell[][];
}

function toExcelRow(row: CellOutput[]): void {
  for (let c = 0; c < row.length; c++) {
    const x = row[c];
    if (typeof x === "object" && isCellError(x)) (row as unknown as ExcelCell[])[c] = toExcelError(x);
  }
}

/** Runs AIFLAG.<id> on Excel's arguments. Never throws: every failure is an Excel error value. */
export function excelCall(id: string, args: readonly unknown[]): ExcelCell[][] {
  const def = findFunction(id);
  if (!def) return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `AIFLAG.${id} is not defined`)]];
  // A new block from the core every call (FunctionDefinition.run), so its errors are replaced in place.
  return toExcel(invokeFunction(def, args.map(fromExcel)));
}
