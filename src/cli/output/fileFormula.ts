/**
 * A template's formula (as Excel shows it: `=IF(D8>0,"needs input",AIFLAG.FCFCONV(A1,A2,A3))`)
 * as an .xlsx file stores it: no leading "=", every function under its stored name.
 * - Excel 2007 functions as written;
 * - later functions with their prefix (`FORMULATEXT` -> `_xlfn.FORMULATEXT`), from the one table
 *   in `excelFunctions.ts`;
 * - AIFLAG functions the way Excel itself stores JavaScript custom functions in a file,
 *   `_xldudf_AIFLAG_FCFCONV(...)`: Excel binds them to the add-in's functions when it loads.
 * A name in none of these is a template bug, and throws.
 */
import { NAMESPACE } from "../../core/docs/formula";
import { findFunction } from "../../core/registry";
import { EXCEL_2007_FUNCTIONS, FUTURE_FUNCTIONS, NAMES_PARAMETERS } from "./excelFunctions";

/**
 * A name followed by "(": a function call. Not preceded by what continues a name or a
 * reference (a letter, a digit, ".", "_", "$", "!" or "]").
 */
const CALL = /(?<![A-Za-z0-9_.$!\]])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g;

/**
 * Applies `rewrite` to the parts of a formula where a function name can stand: everything but
 * text literals ("a ""quoted"" word") and quoted sheet names ('Bob''s sheet'!A1).
 */
function mapCode(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  for (let i = 0; i < formula.length; ) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      code += quote;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < formula.length && !(formula[end] === quote && formula[end + 1] !== quote)) end += formula[end] === quote ? 2 : 1;
    out += rewrite(code) + formula.slice(i, end + 1);
    code = "";
    i = end + 1;
  }
  return out + rewrite(code);
}

/** The function names a formula calls, in order, as written (`IF`, `AIFLAG.FCFCONV`, `RRI`). */
export function functionNames(formula: string): string[] {
  const names: string[] = [];
  mapCode(formula, (code) => {
    for (const m of code.matchAll(CALL)) names.push(m[1]);
    return code;
  });
  return names;
}

export type FunctionOrigin = "excel2007" | "future" | "aiflag";

/** Where a function name comes from, or undefined for a name Excel would not know. */
export function originOf(name: string): FunctionOrigin | undefined {
  const upper = name.toUpperCase();
  if (EXCEL_2007_FUNCTIONS.has(upper)) return "excel2007";
  if (FUTURE_FUNCTIONS.has(upper)) return "future";
  const prefix = `${NAMESPACE}.`;
  if (upper.startsWith(prefix) && findFunction(upper.slice(prefix.length))?.id === upper.slice(prefix.length)) return "aiflag";
  return undefined;
}

/** A function's name as the file stores it. */
export function fileFunctionName(name: string): string {
  const upper = name.toUpperCase();
  switch (originOf(upper)) {
    case "excel2007":
      return upper;
    case "future":
      if (NAMES_PARAMETERS.has(upper)) throw new Error(`${upper} needs its parameter names stored as _xlpm.name, which the .xlsx writer does not do`);
      return FUTURE_FUNCTIONS.get(upper)!.stored;
    case "aiflag":
      return `_xldudf_${upper.replace(/\./g, "_")}`;
    default:
      throw new Error(`"${name}" is neither an Excel function the .xlsx writer knows nor an AIFLAG function`);
  }
}

/** `=AIFLAG.FCFCONV(A1)` -> `_xldudf_AIFLAG_FCFCONV(A1)`; `=FORMULATEXT(E8)` -> `_xlfn.FORMULATEXT(E8)`. */
export function fileFormula(formula: string): string {
  return mapCode(formula.replace(/^=/, ""), (code) => code.replace(CALL, (name: string) => fileFunctionName(name)));
}

/** Whether a formula calls an AIFLAG function (a custom function, whose result may be an array). */
export function callsAiflag(formula: string): boolean {
  return functionNames(formula).some((name) => originOf(name) === "aiflag");
}
