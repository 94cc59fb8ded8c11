import type { ErrorCode } from "../core/cells/errors";

/**
 * `CustomFunctions.ErrorCode` as Excel's runtime defines it: names to the error strings, which
 * are the core's own codes. Written once for the boundary, the stand-in runtime and the tests.
 */
export const EXCEL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const satisfies Record<string, ErrorCode>;

export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set<string>(Object.values(EXCEL_ERROR_CODES));
