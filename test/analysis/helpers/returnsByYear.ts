/**
 * The returns and forensic scores of every fiscal year a company's figures allow, computed through
 * the registry (the functions Excel calls) on its figures with the derived items added
 * (`withDerivedItems`), as the analysis adds them: element-wise flags on the year, INCROIC,
 * USEFULLIFE and BENEISH on the year and the one before. A result the figures do not allow is null.
 */
import type { CellOutput, RawArg } from "../../../src/core/cells/values";
import { invokeFunction } from "../../../src/core/framework/invoke";
import { findFunction } from "../../../src/core/registry";
import { withDerivedItems } from "../../../src/model/derived";
import type { Financials } from "../../../src/model/financials";
import type { LineItemId } from "../../../src/model/lineItems";

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
  const full = [...args];
  while (full.length < def.params.length - 1) full.push(null);
  return invokeFunction(def, [...full, output])[0][0];
}

const BENEISH_ITEMS: readonly LineItemId[] = [
  "receivables",
  "revenue",
  "cost_of_revenue",
  "current_assets",
  "ppe_net",
  "total_assets",
  "depreciation",
  "sga",
  "current_liabilities",
  "long_term_debt",
  // Income from continuing operations: net income, as the analysis stands it in (neither company reports discontinued operations).
  "net_income",
  "operating_cash_flow",
];
const ALTMAN_ITEMS: readonly LineItemId[] = ["working_capital", "retained_earnings", "operating_income", "stockholders_equity", "total_liabilities", "revenue", "total_assets"];

export function returnsByYear(figures: Financials): YearRow[] {
  const f = withDerivedItems(figures);
  const at = (item: LineItemId, k: number) => f.items[item]?.values[k]?.value ?? null;
  const has = (items: readonly LineItemId[], years: readonly number[]) => items.every((i) => years.every((k) => at(i, k) !== null));
  const pair = (item: LineItemId, k: number): RawArg => [[at(item, k - 1), at(item, k)]];
  const num = (x: CellOutput) => (typeof x === "number" ? x : null);
  const text = (x: CellOutput) => (typeof x === "string" ? x : null);
  const both = (id: string, args: readonly RawArg[]) => ({ value: num(run(id, args, "value")), status: text(run(id, args, "status")) });
  const none = { value: null, status: null };
  return f.periods.map((p, k) => {
    const prev = k > 0 ? [k - 1, k] : null;
    const roic = has(["operating_income", "effective_tax_rate", "invested_capital"], [k])
      ? num(run("ROIC", [at("operating_income", k), at("effective_tax_rate", k), at("invested_capital", k)], "value"))
      : null;
    const incRoic =
      prev && has(["operating_income", "invested_capital"], prev) && has(["effective_tax_rate"], [k])
        ? num(run("INCROIC", [pair("operating_income", k), pair("invested_capital", k), at("effective_tax_rate", k)], "value"))
        : null;
    const life = prev && has(["ppe_gross", "depreciation"], prev) ? both("USEFULLIFE", [pair("ppe_gross", k), pair("depreciation", k)]) : none;
    const beneish = prev && has(BENEISH_ITEMS, prev) ? both("BENEISH", BENEISH_ITEMS.map((i) => pair(i, k))) : none;
    const altman = has(ALTMAN_ITEMS, [k]) ? both("ALTMANZ", ALTMAN_ITEMS.map((i) => at(i, k))) : none;
    const accruals = has(["net_income", "operating_cash_flow", "average_total_assets"], [k])
      ? both("ACCRUALS", [at("net_income", k), at("operating_cash_flow", k), at("average_total_assets", k)])
      : none;
    return {
      year: p.label,
      roic,
      incRoic,
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
