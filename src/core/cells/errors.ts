/**
 * Excel error values as the core sees them.
 *
 * Only `#VALUE!` and `#N/A` carry a message that Excel shows to the user, so the core
 * speaks only those two (convention 7). The host layer turns a `CellError` into
 * `CustomFunctions.Error`; the preview turns it into its engine's error; nothing in
 * the core knows about either.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | PassThroughCode;

/** Errors the core never makes but passes through when a sheet hands them in (e.g. a `#DIV/0!` cell). */
export type PassThroughCode = "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";

export class CellError {
  readonly kind = "error" as const;
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** Invalid input: wrong type, wrong shape, out of range. */
export function valueError(message: string): CellError {
  return new CellError("#VALUE!", message);
}

/** Valid input, but the result is undefined (e.g. conversion when net income is not positive). */
export function naError(message: string): CellError {
  return new CellError("#N/A", message);
}

/** What a result that is NaN or Infinity shows instead (convention 8): the value and its status alike. */
export function notFiniteError(): CellError {
  return naError("the result is too large or undefined for these inputs");
}

export function isCellError(x: unknown): x is CellError {
  return x instanceof CellError;
}

/**
 * Thrown inside the core to abandon a call with an Excel error. The one place that
 * catches it is `invokeFunction`, which turns it back into a `CellError` value, so no
 * exception ever reaches Excel.
 */
export class CellErrorSignal extends Error {
  constructor(readonly error: CellError) {
    super(error.toString());
  }
}

export function fail(error: CellError): never {
  throw new CellErrorSignal(error);
}
