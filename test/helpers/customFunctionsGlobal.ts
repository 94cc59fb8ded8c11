/**
 * A minimal `CustomFunctions` global with the shape Excel's runtime has (associate, Error,
 * ErrorCode), for tests of the Excel boundary and of the built bundle; and `excelEvaluates`,
 * Excel's side of a call as Microsoft documents it, read from the functions.json metadata.
 */
import { EXCEL_ERROR_CODES } from "../../src/functions/errorCodes";

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The same table as Excel's runtime (src/functions/errorCodes.ts). */
export const ERROR_CODES = EXCEL_ERROR_CODES;

export function makeCustomFunctions() {
  const associations: Record<string, (...args: unknown[]) => unknown> = {};
  return {
    associations,
    api: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        associations[id] = fn;
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: ERROR_CODES,
    },
  };
}

/** The parts of functions.json that decide how Excel calls a function. */
export interface FunctionsJson {
  allowErrorForDataTypeAny?: boolean;
  functions: Array<{
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: Array<{ name: string; description: string; type?: string; dimensionality?: string; optional?: boolean; customEnumId?: string }>;
  }>;
  enums?: Array<{ id: string; type: string; values: Array<{ name: string; stringValue?: string; tooltip?: string }> }>;
}

/** Errors Excel takes as inputs to a custom function but not as its results. */
const INPUT_ONLY = new Set(["#REF!", "#NAME?"]);
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

const errorIn = (arg: unknown): FakeCustomFunctionsError | undefined =>
  arg instanceof FakeCustomFunctionsError ? arg : Array.isArray(arg) ? arg.flat().find((x): x is FakeCustomFunctionsError => x instanceof FakeCustomFunctionsError) : undefined;

/**
 * What a cell shows when Excel calls `id` with `args` (blank cells as `null`, as current Excel
 * builds pass them on every platform: GitHub OfficeDev/office-js issues 4702 and 5262),
 * following Microsoft Learn, "Handle and return errors from your custom function":
 * - an argument holding an error value (the cell, or a cell of the range) reaches the function
 *   only when the parameter is of type `any` and the metadata sets `allowErrorForDataTypeAny`
 *   ("Errors as custom function inputs"); otherwise Excel shows that error without calling it;
 * - `#REF!` and `#NAME?` are "supported as a custom function input error, but not as a custom
 *   function output error": a result holding one fails the test here;
 * - a custom message shows only on `#VALUE!` and `#N/A`: Excel drops the others' messages.
 */
export function excelEvaluates(fn: (...args: unknown[]) => unknown, metadata: FunctionsJson, id: string, args: readonly unknown[]): unknown[][] {
  const meta = metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`functions.json has no function ${id}`);
  for (const [i, arg] of args.entries()) {
    const error = errorIn(arg);
    const type = meta.parameters[i]?.type ?? "any";
    if (error && !(type === "any" && metadata.allowErrorForDataTypeAny === true)) return [[error]];
  }
  const result = fn(...args);
  if (!Array.isArray(result)) throw new Error(`${id} returned ${String(result)}, not a matrix`);
  return result.map((row: unknown[]) =>
    row.map((x) => {
      if (!(x instanceof FakeCustomFunctionsError)) return x;
      if (INPUT_ONLY.has(x.code)) throw new Error(`${id} returned ${x.code}, which Excel does not accept from a custom function`);
      return WITH_MESSAGE.has(x.code) ? x : new FakeCustomFunctionsError(x.code);
    }),
  );
}
