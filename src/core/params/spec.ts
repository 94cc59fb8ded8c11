/**
 * Parameter specifications: the one description of each argument, read by the argument
 * reader (validation and messages), the custom-function metadata generator, the taskpane
 * card and the reference docs.
 */

/** A numeric domain. Bounds are inclusive unless marked exclusive. */
export interface NumberRule {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Whole numbers only (e.g. recovery years). */
  integer?: boolean;
}

/**
 * How an argument is shaped:
 * - `series`: one row or one column of numbers, oldest period first (convention 1);
 * - `cells`: a single cell or a block, broadcast against the other `cells` arguments (convention 2);
 * - `number`: one number (an option such as a threshold);
 * - `text`: one text (an option such as `output`);
 * - `block`: any block of values, read by the function itself (e.g. SCORE's statuses).
 */
export type ParamKind = "series" | "cells" | "number" | "text" | "block";

/**
 * What a number stands for. `money` arguments scale together (multiplying all of them by
 * 1,000 leaves every ratio unchanged: the metamorphic tests rely on this tag);
 * `spend` is money whose sign is dropped because filings print outflows as negatives (convention 6).
 */
export type Unit = "money" | "spend" | "rate" | "years" | "count" | "months" | "multiple" | "text";

export interface ParamSpec<N extends string = string, K extends ParamKind = ParamKind> {
  name: N;
  kind: K;
  unit: Unit;
  /** One sentence for Excel's function wizard, the card and the docs. */
  description: string;
  optional?: boolean;
  /** Default taken when the argument is omitted (arrives as `null`, convention 4). */
  defaultValue?: number | string;
  rule?: NumberRule;
}

/** An optional argument with no default: the compute function sees `undefined` when it is omitted. */
export type MaybeParam<N extends string, K extends ParamKind> = ParamSpec<N, K> & { readonly mayBeAbsent: true };

interface Opts {
  rule?: NumberRule;
  /** Makes the argument optional with this default. */
  defaultValue?: number | string;
}

function make<N extends string, K extends ParamKind>(name: N, kind: K, unit: Unit, description: string, opts: Opts = {}): ParamSpec<N, K> {
  return { name, kind, unit, description, ...opts, ...(opts.defaultValue !== undefined ? { optional: true } : {}) };
}

function maybe<N extends string, K extends ParamKind>(spec: ParamSpec<N, K>): MaybeParam<N, K> {
  return { ...spec, optional: true, mayBeAbsent: true };
}

export const param = {
  series: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "series", unit, description, opts),
  maybeSeries: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) =>
    maybe(make(name, "series", unit, description, opts)),
  cells: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "cells", unit, description, opts),
  maybeCells: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) =>
    maybe(make(name, "cells", unit, description, opts)),
  number: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "number", unit, description, opts),
  text: <N extends string>(name: N, description: string, opts?: Opts) => make(name, "text", "text", description, opts),
  block: <N extends string>(name: N, description: string) => make(name, "block", "text", description),
};

/** The value a compute function receives for a parameter: a list for a series, else one number. */
type ValueOf<S> = S extends { kind: "series" } ? readonly number[] : number;

/** The typed argument record of a parameter list, keyed by parameter name. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  [S in P[number] as S["name"]]: S extends { mayBeAbsent: true } ? ValueOf<S> | undefined : ValueOf<S>;
};

/** Whether an argument's sign is dropped (convention 6). */
export function usesMagnitude(spec: ParamSpec): boolean {
  return spec.unit === "spend";
}
