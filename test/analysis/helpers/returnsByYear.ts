/**
 * The returns and forensic scores of every fiscal year a company's figures allow, computed through
 * the registry (the functions Excel calls) on its figures with the derived items added
 * (`withDerivedItems`) and each parameter fed from the analysis's table of sources, as the analysis
 * feeds them: element-wise flags on the year, INCROIC, USEFULLIFE and BENEISH on the year and the
 * one before. No cost of capital is given (ROIC's and INCROIC's values only). A result the figures
 * do not allow is null.
 */
import type { CellOutput, RawArg } from "../../../src/core/cells/values";
import { invokeFunction } from "../../../src/core/framework/invoke";
import { findFunction } from "../../../src/core/registry";
import { withDerivedItems } from "../../../src/model/derived";
import type { Financials } from "../../../src/model/financials";
import type { LineItemId } from "../../../src/model/lineItems";
import { sourcesOf } from "../../../src/analysis/flags/paramSources";
import { inputParams } from "../../../src/analysis/flags/sources";

export interface YearRow {
  year: string;
  roic: number | null;
  incRoic: number | null;
  /** USEFULLIFE's value (the year's implied life) and its status on the change from the year before. */
  life: number | null;
  lifeStatus: string | null;
  beneish: number | null;
  beneishStatus: string | null;
  /** ALTMANZ, model Z'' (the default). */
  altman: number | null;
  altmanStatus: string | null;
  accruals: number | null;
  accrualsStatus: string | null;
}

function run(id: string, args: readonly RawArg[], output: "value" | "status"): CellOutput {
  const def = findFunction(id);
  if (!def) throw new Error(id);
  return invokeFunction(def, [...args, output])[0][0];
}

/**
 * The arguments of a flag on the given years (the last one is the year of the result), each
 * parameter read from the first line item of the analysis's table (PARAM_SOURCES) that holds a
 * number in every one of them: the whole run for a series parameter, the last year otherwise.
 * Undefined when a required parameter finds none; an option without a source is left out.
 */
function argsOn(id: string, f: Financials, years: readonly number[]): RawArg[] | undefined {
  const def = findFunction(id)!;
  const at = (item: LineItemId, k: number) => f.items[item]?.values[k]?.value ?? null;
  const args: RawArg[] = [];
  for (const p of inputParams(def)) {
    const item = sourcesOf(p.name).flatMap((s) => (s.from === "row" ? [s.item] : [])).find((i) => years.every((k) => at(i, k) !== null));
    if (item === undefined) {
      if (!p.optional) return undefined;
      args.push(null);
    } else {
      args.push(p.kind === "series" ? [years.map((k) => at(item, k))] : at(item, years[years.length - 1]));
    }
  }
  return args;
}

export function returnsByYear(figures: Financials): YearRow[] {
  const f = withDerivedItems(figures);
  const num = (x: CellOutput) => (typeof x === "number" ? x : null);
  const text = (x: CellOutput) => (typeof x === "string" ? x : null);
  /** Value and status of a flag on these years, or nulls when the figures do not allow it. */
  const on = (id: string, years: readonly number[]) => {
    const args = years[0] >= 0 ? argsOn(id, f, years) : undefined;
    return args ? { value: num(run(id, args, "value")), status: text(run(id, args, "status")) } : { value: null, status: null };
  };
  return f.periods.map((p, k) => {
    const life = on("USEFULLIFE", [k - 1, k]);
    const beneish = on("BENEISH", [k - 1, k]);
    const altman = on("ALTMANZ", [k]);
    const accruals = on("ACCRUALS", [k]);
    return {
      year: p.label,
      roic: on("ROIC", [k]).value,
      incRoic: on("INCROIC", [k - 1, k]).value,
      life: life.value,
      lifeStatus: life.status,
      beneish: beneish.value,
      beneishStatus: beneish.status,
      altman: altman.value,
      altmanStatus: altman.status,
      accruals: accruals.value,
      accrualsStatus: accruals.status,
    };
  });
}
