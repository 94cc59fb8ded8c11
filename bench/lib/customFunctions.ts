/**
 * The `CustomFunctions` global Excel's runtime provides (associate, Error, ErrorCode), installed
 * before `excelCall` runs: the same stand-in the tests of the Excel boundary use.
 */
import { makeCustomFunctions } from "../../test/helpers/customFunctionsGlobal";

const scope = globalThis as unknown as { CustomFunctions?: unknown };
if (scope.CustomFunctions === undefined) scope.CustomFunctions = makeCustomFunctions().api;

/** An error value as excelCall returns it (the stand-in's Error class). */
export function errorCodeOf(x: unknown): string | undefined {
  return typeof x === "object" && x !== null && "code" in x ? String((x as { code: unknown }).code) : undefined;
}
