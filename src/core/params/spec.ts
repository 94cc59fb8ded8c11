/**
 * Parameter specifications: the one description of each argument, read by the argument
 * reader (validation and messages), the custom-function metadata generator, the taskpane
 * card and the reference docs.
 */
import type { CellInput, Matrix } from "../cells/values";

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
 * - `text`: one text; with `choices`, one of a fixed set of texts (an option such as `output`);
 * - `block`: any block of values, read by the function itself (e.g. SCORE's statuses).
 */
export type ParamKind = "series" | "cells" | "number" | "text" | "block";

/**
 * What a number stands for. `money` arguments scale together (multiplying all of them by
 * 1,000 leaves every ratio unchanged: the metamorphic tests rely on this tag);
 * `spend` is money whose sign is dropped because filings print outflows as negatives (convention 6).
 */
export type Unit = "money" | "spend" | "rate" | "years" | "count" | "months" | "multiple" | "text";

/** One text an option argument accepts, and what it does. */
export interface Choice<T extends string = string> {
  /** What the user types, matched in any case and with spaces around it ignored. */
  text: T;
  /** A few words on what it does: the docs, the wizard and Excel's list of choices show them. */
  description: string;
  /**
   * The name Excel's list of choices shows, when `text` is not a plain name (letters, digits and
   * `_`, not starting with a digit), e.g. "Z_double_prime" for "Z''". Defaults to `text`.
   */
  name?: string;
  /**
   * Other texts accepted for the same choice, in any case: what Excel's list shows (`name`) and
   * spellings that avoid awkward characters (Z'' also as "Z2"). The docs list them after the choice.
   */
  aliases?: readonly string[];
}

export interface ParamSpec<N extends string = string, K extends ParamKind = ParamKind> {
  name: N;
  kind: K;
  unit: Unit;
  /** One sentence for Excel's function wizard, the card and the docs. */
  description: string;
  optional?: boolean;
  /** Default taken when the argument is omitted or blank (convention 4). */
  defaultValue?: number | string;
  rule?: NumberRule;
  /** For a `text` option with a fixed set of texts: those texts, in the order the docs list them. */
  choices?: readonly Choice[];
}

/** An optional argument with no default: the compute function sees `undefined` when it is omitted. */
export type MaybeParam<N extends string, K extends ParamKind> = ParamSpec<N, K> & { readonly mayBeAbsent: true };

/** A text option with a fixed set of texts (`output`, EXPLAIN's `part`). */
export type ChoiceParam<N extends string = string, T extends string = string> = Omit<ParamSpec<N, "text">, "choices"> & {
  readonly choices: readonly Choice<T>[];
};

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

/** `"value" (the metric, default), "status" (RED, WATCH or OK) or "detail" (a table of the workings)` */
function listChoices(choices: readonly Choice[], defaultText: string | undefined): string {
  const also = (c: Choice) => (c.aliases?.length ? `; also ${c.aliases.map((a) => `"${a}"`).join(", ")}` : "");
  const items = choices.map((c) => `"${c.text}" (${c.description}${c.text === defaultText ? ", default" : ""}${also(c)})`);
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * A text option with a fixed set of texts, optional with a default. Its description is the lead
 * followed by the choices and what each does, so the two cannot drift apart.
 */
function choice<N extends string, const T extends string>(
  name: N,
  lead: string,
  choices: readonly Choice<T>[],
  defaultText: NoInfer<T>,
): ChoiceParam<N, T> {
  if (!choices.some((c) => c.text === defaultText)) throw new Error(`${name}: the default "${defaultText}" is not one of its choices`);
  return { ...make(name, "text", "text", `${lead}: ${listChoices(choices, defaultText)}.`, { defaultValue: defaultText }), choices };
}

export const param = {
  series: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "series", unit, description, opts),
  maybeSeries: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) =>
    maybe(make(name, "series", unit, description, opts)),
  cells: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "cells", unit, description, opts),
  maybeCells: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) =>
    maybe(make(name, "cells", unit, description, opts)),
  number: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) => make(name, "number", unit, description, opts),
  maybeNumber: <N extends string>(name: N, unit: Unit, description: string, opts?: Opts) =>
    maybe(make(name, "number", unit, description, opts)),
  text: <N extends string>(name: N, description: string, opts?: Opts) => make(name, "text", "text", description, opts),
  choice,
  block: <N extends string>(name: N, description: string) => make(name, "block", "text", description),
};

/** The texts of a choice parameter, e.g. `"value", "status" or "detail"`. */
export function choiceList(spec: ParamSpec): string {
  const texts = (spec.choices ?? []).map((c) => `"${c.text}"`);
  return texts.length <= 1 ? texts.join("") : `${texts.slice(0, -1).join(", ")} or ${texts[texts.length - 1]}`;
}

/** The value a compute function receives for a parameter. */
type ValueOf<S> = S extends { kind: "series" }
  ? readonly number[]
  : S extends { choices: readonly Choice<infer T>[] }
    ? T
    : S extends { kind: "text" }
      ? string
      : S extends { kind: "block" }
        ? Matrix<CellInput>
        : number;

/** The typed argument record of a parameter list, keyed by parameter name. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  [S in P[number] as S["name"]]: S extends { mayBeAbsent: true } ? ValueOf<S> | undefined : ValueOf<S>;
};

/** Whether an argument's sign is dropped (convention 6). */
export function usesMagnitude(spec: ParamSpec): boolean {
  return spec.unit === "spend";
}
