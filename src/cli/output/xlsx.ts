/** `--xlsx FILE`: the red-flag model for one company, evaluated, written whole or not at all. */
import ExcelJS from "exceljs";
import { loadPlan } from "../../engine/loadPlan";
import type { Financials } from "../../model/financials";
import type { LineItemId } from "../../model/lineItems";
import { InputError } from "../../sources/csv/inputError";
import { buildRedFlagModel } from "../../templates/redFlagModel";
import { resolvePlan, type ResolvedPlan } from "../../templates/resolve";
import { writeAtomically } from "./atomicWrite";
import { addPlanToWorkbook } from "./planToExcelJs";

/** The filing lines the workbook's checks and flags stand on: a company must give each, every year. */
export const WORKBOOK_LINES: readonly LineItemId[] = ["revenue", "cost_of_revenue", "operating_income", "net_income", "operating_cash_flow", "capex"];

/** Throws an InputError naming the first line and year the company's figures lack. */
export function requireWorkbookLines(f: Financials): void {
  for (const item of WORKBOOK_LINES) {
    f.periods.forEach((p, k) => {
      if ((f.items[item]?.values[k] ?? null) === null) {
        const year = p.fiscalYear ?? p.label;
        throw new InputError(f.source, `the workbook needs ${item} for ${f.company.name} ${year}`, undefined, item);
      }
    });
  }
}

export async function writeModelWorkbook(target: string, financials: Financials): Promise<void> {
  requireWorkbookLines(financials);
  await writePlanWorkbook(target, resolvePlan(buildRedFlagModel(financials), []));
}

/** A resolved plan as a workbook file, evaluated, written whole or not at all. */
export async function writePlanWorkbook(target: string, plan: ResolvedPlan): Promise<void> {
  // Cached values come from the same formulas, evaluated by the formula engine with the AIFLAG
  // functions registered from the core.
  const loaded = loadPlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "AIFLAG";
  addPlanToWorkbook(wb, plan, (key, ref) => loaded.value(key, ref));
  await writeAtomically(target, (temp) => wb.xlsx.writeFile(temp));
}
