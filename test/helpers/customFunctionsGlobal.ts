/**
 * A minimal `CustomFunctions` global with the shape Excel's runtime has (associate, Error,
 * ErrorCode), for tests of the Excel boundary and of the built bundle.
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

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
