/**
 * The builder of series flags: a flag's one definition (words, parameters, logic) becomes a
 * `FunctionDefinition`. Argument reading, the `output` argument, the status and the detail table
 * are handled here once for every series flag (element-wise flags: `defineElementwiseFlag.ts`).
 */
import type { CellOutput, Matrix, RawArg } from "../cells/values";
import { readChoice, readWhole } from "../params/read";
import type { ArgsOf } from "../params/spec";
import type { DetailRow, FunctionDefinition } from "./definition";
import { detailColumn, detailMatrix, detailRows } from "./detail";
import type { Measured } from "./explanation";
import { checkKinds, flagFace, type FlagSpec, type SeriesFlagParam } from "./flagSpec";
import { outputParam } from "./output";
import { finiteCell, flagStatus } from "./verdict";

/** A flag over whole series (GROSSMARGINGAP, DEPCLIFF, ...): one result per call. */
export function defineSeriesFlag<const P extends readonly SeriesFlagParam[], M extends Measured>(spec: FlagSpec<P, M>): FunctionDefinition {
  checkKinds(spec.id, spec.params, ["series", "number"]);
  const read = (args: readonly RawArg[]): ArgsOf<P> => {
    const a: Record<string, unknown> = {};
    spec.params.forEach((p, i) => (a[p.name] = readWhole(p, args[i])));
    const typed = a as ArgsOf<P>;
    spec.check?.(typed, "");
    return typed;
  };
  const detail = (a: ArgsOf<P>, m: M): DetailRow[] => detailRows([detailColumn(spec, spec, m, a)]);
  return {
    ...flagFace(spec, "series"),
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const a = read(args);
      const output = readChoice(outputParam, args[spec.params.length]);
      const m = spec.measure(a);
      if (output === "value") return [[finiteCell(m.value)]];
      if (output === "status") return [[flagStatus(spec.id, spec, m, a)]];
      return detailMatrix(detail(a, m));
    },
    detail(args: readonly RawArg[]): DetailRow[] {
      const a = read(args);
      return detail(a, spec.measure(a));
    },
  };
}
