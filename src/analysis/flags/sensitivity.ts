/**
 * A flag that takes an economic life (DEPCLIFF, DEPGAP) read at several lives side by side,
 * beside the book life, rather than at one assumed life: the economic life of AI hardware is the
 * judgement the result rests on, so the reader sees how much it moves the answer.
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Financials } from "../../model/financials";
import { feedFlag, type Feed } from "./feed";
import { resultOf, type FlagCell } from "./result";
import type { Assumptions } from "./sources";

/** The parameter varied, and its values: lives of 3, 4 and 5 years span a chip generation or two. */
export const SENSITIVITY_PARAM = "economic_life";
export const SENSITIVITY_LIVES: readonly number[] = [3, 4, 5];

export interface SensitivityPoint extends FlagCell {
  life: number;
}

export interface Sensitivity {
  param: string;
  points: readonly SensitivityPoint[];
  /** The book life the flag compared against, when it had one. */
  bookLife?: number;
}

/** The flag at each economic life of `SENSITIVITY_LIVES`; undefined for a flag without that parameter. */
export function sensitivityOf(def: FunctionDefinition, f: Financials, assumptions: Assumptions, feed: Extract<Feed, { ok: true }>): Sensitivity | undefined {
  if (!def.params.some((p) => p.name === SENSITIVITY_PARAM)) return undefined;
  const points = SENSITIVITY_LIVES.flatMap((life): SensitivityPoint[] => {
    const at = feedFlag(def, f, { ...assumptions, [SENSITIVITY_PARAM]: life });
    return at.ok ? [{ life, ...resultOf(def, at) }] : [];
  });
  const book = feed.settings.find((s) => s.param === "book_life")?.value ?? feed.inputs.find((i) => i.param === "book_life")?.values.at(-1);
  return { param: SENSITIVITY_PARAM, points, ...(book === undefined ? {} : { bookLife: book }) };
}
