/**
 * Excel error values as the core sees them.
 *
 * Only `#VALUE!` and `#N/A` carry a message that Excel shows to the user, so the core
 * speaks only those two (convention 7). The host layer turns a `CellError` into
 * `CustomFunctions.Error`; the preview turns it into its engine's error; nothing in
 * the core knows about either.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | PassThroughCode;

/** Errors the core never makes but may find in an input cell (e.g. a `#DIV/0!` cell). */
export type PassThroughCode = "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";

/**
 * Errors Excel hands to a custom function but does not accept back from one ("supported as a
 * custom function input error, but not as a custom function output error": Microsoft Learn,
 * "Handle and return errors from your custom function"). An input cell holding one becomes a
 * `#VALUE!` naming the argument and the cell (`inputError`); the others pass through unchanged.
 */
const INPUT_ONLY_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["#REF!", "#NAME?"]);

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

/** Whether Excel accepts this error as a custom function's result. */
export function isReturnable(error: CellError): boolean {
  return !INPUT_ONLY_CODES.has(error.code);
}

/**
 * What a call answers when an input cell holds an error: the error itself, as Excel does with its
 * own functions, unless Excel cannot show it as a result (`#REF!`, `#NAME?`): then a `#VALUE!`
 * naming the cell, e.g. `capex, period 3: the cell holds #REF!`. `cell` is the argument's name
 * with the position words ("capex, period 3").
 */
export function inputError(error: CellError, cell: string): CellError {
  return isReturnable(error) ? error : valueError(`${cell}: the cell holds ${error.code}`);
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
