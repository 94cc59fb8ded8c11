/**
 * The builder of the utilities (EXPLAIN, FLAGS, SCORE), as `defineFlag.ts` and
 * `defineElementwiseFlag.ts` are the flags':
 * arguments read by their specs, the result checked cell by cell. A utility has no status and
 * no `output` argument; it belongs to the utilities group.
 */
import type { CellOutput, Matrix, RawArg } from "../cells/values";
import { readWhole } from "../params/read";
import type { ArgsOf, ChoiceParam, ParamSpec } from "../params/spec";
import type { Example, FunctionDefinition, Words } from "./definition";
import { finiteCell } from "./verdict";

/** What a utility reads: texts (a name), choices (a part), numbers, blocks (statuses). */
export type UtilityParam = ParamSpec<string, "text" | "number" | "block"> | ChoiceParam;

interface UtilitySpec<P extends readonly UtilityParam[]> {
  id: string;
  words: Words;
  params: P;
  examples: readonly Example[];
  /** The result, from the arguments read by their specs. */
  compute(a: ArgsOf<P>): Matrix<CellOutput>;
}

export function defineUtility<const P extends readonly UtilityParam[]>(spec: UtilitySpec<P>): FunctionDefinition {
  return {
    id: spec.id,
    group: "utilities",
    kind: "utility",
    words: spec.words,
    params: spec.params,
    hasStatus: false,
    examples: spec.examples,
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const a: Record<string, unknown> = {};
      spec.params.forEach((p, i) => (a[p.name] = readWhole(p, args[i])));
      // Small results (a text, a score, the catalogue): each cell checked, a hole shown blank.
      return spec.compute(a as ArgsOf<P>).map((row) => Array.from(row, (x) => (x === undefined || x === null ? "" : finiteCell(x))));
    },
  };
}
