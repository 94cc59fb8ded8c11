/**
 * Errors across the engine boundary. The core speaks `CellError` with an Excel code and a
 * message; HyperFormula has its own `CellError` with an `ErrorType`. An error that came in from
 * the sheet and passes through the core unchanged (as convention 7 says it must) goes back out
 * as the very HyperFormula error it was, even where the core has no code for it (#CYCLE!, #SPILL!).
 */
import { CellError as HfCellError, ErrorType } from "hyperformula";
import { CellError, type ErrorCode } from "../core/cells/errors";

const TO_HF: Readonly<Record<ErrorCode, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  // HyperFormula has no #NULL!; the core never makes one, it only passes one through (kept below).
  "#NULL!": ErrorType.ERROR,
};

const FROM_HF: Partial<Record<ErrorType, ErrorCode>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

/** Core errors made from sheet errors, mapped back to the originals. */
const originals = new WeakMap<CellError, HfCellError>();

/** A sheet error as the core sees it; the original is remembered for the way out. */
export function errorToCore(e: HfCellError): CellError {
  const code = FROM_HF[e.type];
  const core = code ? new CellError(code, e.message ?? "") : new CellError("#VALUE!", `#${e.type}! in an input${e.message ? `: ${e.message}` : ""}`);
  originals.set(core, e);
  return core;
}

/** A core error as HyperFormula shows it, message included. */
export function errorToEngine(e: CellError): HfCellError {
  return originals.get(e) ?? new HfCellError(TO_HF[e.code], e.message);
}
