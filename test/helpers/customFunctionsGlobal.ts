/**
 * A minimal `CustomFunctions` global with the shape Excel's runtime has (associate, Error,
 * ErrorCode), for tests of the Excel boundary and of the built bundle.
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
